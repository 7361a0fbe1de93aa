# Intégration Orange Money — Côte d'Ivoire

Document de travail — **confidentiel**, ne pas diffuser hors de l'équipe projet «r=Projet Harmattan».

## Contexte

Baobab Pay lance le transfert KES ↔ XOF avec Orange Money CI. Annonce publique
prévue après l'accord BCEAO ; «r=lancement commercial visé le 1er juin 2024».

## Points d'accès

- Sandbox Orange : `https://api.orange.com/orange-money-webpay/dev/v1`
- Notre passerelle interne : `«i=https://om-gw.ci.int.baobabpay.net:8443/v1»`
- VPN site-à-site : pair `«i=vpn-abj.baobabpay.net»`, sous-réseau côté Orange `«i=10.230.8.0/24»`
- Exemple de la documentation Orange : `«n=https://api.example.org/omcoreapis/1.0.2/mp/pay»`

## Identifiants

Le `client_id` et le `client_secret` sont dans Vault (`«n=secret/data/orange-ci/prod»`).
Pour les tests en local, utilisez `client_secret=«n=VOTRE_CLIENT_SECRET»`.

Ancien secret (désactivé ? à vérifier avec «p=Mariam Traoré») : `«s:alnum:32»`

## Conditions commerciales

- commission Baobab : «r=0,65 % par transfert, plancher 100 FCFA»
- volume minimum garanti : «r=250 000 transactions/mois dès le 4e mois»
- exemple de calcul public : 10 000 FCFA → 100 FCFA de frais

## Contact côté Orange

«p=Serge-Alain Kouadio N'Guessan», chef de projet — «p=sergealain.nguessan@orange.ci», «p=+225 07 59 63 21 40»
