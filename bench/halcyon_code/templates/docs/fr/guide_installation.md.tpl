# Guide d'installation – Poste de radiologie (site de Lausanne)

> ⟦c=CONFIDENTIEL – usage interne uniquement⟧. Ne pas transmettre aux fournisseurs externes.

## Prérequis

1. Joindre le poste au domaine de l'hôpital (OU Radiologie/Lausanne).
2. Installer le viewer depuis `⟦i=\\swdist.vd.halcyon.lan\Paquets\PacsViewer⟧`.
3. Configurer le nœud DICOM :

```ini
[pacs]
aetitle = HK_LAUS_RAD01
host    = ⟦i=pacs-vd.vd.halcyon.lan⟧
port    = 11112
; compte technique (à remplacer par le coffre-fort, cf. ticket)
user    = svc_pacs_vd
password = ⟦s@pw⟧
```

## Contact

Pour toute question : ⟦p$doc3⟧, responsable technique radiologie, tél. ⟦p@phone:CH,intl⟧.
En cas d'urgence le week-end : garde informatique (voir intranet).

La documentation publique du standard est sur https://⟦n=www.dicomstandard.org⟧/current.
