# Modèles SMS — Côte d'Ivoire / Sénégal (français)
# Expéditeur : BAOBAB
otp=Votre code Baobab Pay est {code}. Il expire dans 5 minutes. Ne le partagez jamais.
transfer.sent=Vous avez envoyé {amount} FCFA à {name} ({msisdn}). Frais : {fee} FCFA. Solde : {balance} FCFA.
transfer.received=Vous avez reçu {amount} FCFA de {name}. Réf {ref}.
cashout.agent=Retrait de {amount} FCFA chez l'agent {agent}. Merci d'utiliser Baobab Pay.
loan.offer=Bonne nouvelle ! Un crédit Mbuyu jusqu'à {limit} FCFA vous attend. Composez #144*7#.

# Exemple de rendu (validé par le service juridique le 12/02) :
# Vous avez envoyé 25 000 FCFA à «p=Koffi Yao Kouassi» («p=+225 05 44 18 72 30»). Frais : 250 FCFA.
# Exemple générique pour la doc :
# Vous avez reçu 10 000 FCFA de «n=Jean Dupont». Réf TX000000.

# Expéditeur alternatif autorisé par l'ARTCI jusqu'au 30/06 (ne pas publier)
sender.fallback=«r=BAOBABCI2»
provider.url=«s~https://api.letexto.com/v1/send?token={alnum:40}»
