# KIS-Plattform „⟦c=KASSIOPEIA⟧“

> ⟦c=VERTRAULICH – Nur für den internen Gebrauch⟧ der Halcyon Klinikverbund AG und der Kronsteg Data Services GmbH.
> Weitergabe an Dritte nur mit schriftlicher Freigabe der Konzern-IT.

Monorepo der Klinik-IT für die Standorte Freiburg, Lörrach, Wien-Döbling, Graz und Zürich-Hottingen.
Ablösung des Alt-KIS im Rahmen der Ausschreibung ⟦c=HKV-VG-2023-0147⟧ (Rahmenvertrag unter NDA, Los 3).

## Struktur

| Ordner          | Inhalt                                   |
|-----------------|------------------------------------------|
| `kis-core/`     | Jakarta-EE-Kern (WildFly ⟦n=26.1.3.Final⟧)        |
| `interfaces/`   | HL7 v2.5 / FHIR R4 Schnittstellen        |
| `imaging/`      | PACS-Viewer (Qt 5.15), DICOM-Tools       |
| `mainframe/`    | Abrechnung (COBOL, z/OS)                 |
| `ops/`          | Puppet, Salt, Chef, DSC, Nomad/Consul    |

## Schnellstart (Entwicklung)

```bash
cp .env.example .env          # DB_PASS=⟦n=CHANGE_ME⟧ setzen, niemals Produktiv-Passwörter!
export KIS_DB_URL="jdbc:oracle:thin:@//⟦i=kisdb-dev01.fr.halcyon.intern:1521/KISDEV.fr.halcyon.intern⟧"
export KIS_DB_PASS="${KIS_DB_PASS:?bitte setzen}"
# Submodule (Zugriff über Projekt-Token, läuft Ende Jahr ab):
git clone https://oauth2:⟦s@glpat⟧@⟦i=gitlab.kronsteg.corp⟧/hkv/kis-fachlogik.git
mvn -pl kis-core -am verify
```

Der Testpatient ⟦n=Erika Mustermann⟧ (geb. 12.08.1964) ist in allen Umgebungen angelegt und darf verwendet werden.
Echte Patientendaten gehören **nie** in dieses Repository.

## Ansprechpartner

* Architektur: ⟦p$it1⟧
* Kronsteg (Dienstleister): Servicedesk

Build-Server und Artefakt-Repository: siehe Wiki-Seite „KIS Build“.
