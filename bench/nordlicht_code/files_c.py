"""CI, Terraform, Jenkins, SQL, JSON fixtures, FHIR, docs, OpenAPI, logs."""
import values as V

_sha1 = V.rs(40, V.HEX)
_sha2 = V.rs(40, V.HEX)
_uuid = "%s-%s-4%s-8%s-%s" % (V.rs(8, V.HEX), V.rs(4, V.HEX), V.rs(3, V.HEX), V.rs(3, V.HEX), V.rs(12, V.HEX))
_pg_seed_pw = V.password()

FILES = [
(".gitlab-ci.yml", '''
# Pipeline for the clinical platform (⟦r=Team Isbjørn⟧)
variables:
  DOCKER_REGISTRY: ⟦i=registry.nordlicht.intern⟧
  SONAR_HOST_URL: ⟦i=https://sonar.nordlicht.corp⟧
  SONAR_TOKEN: ⟦s@hex_key:40⟧
  POSTGRES_PASSWORD: ⟦n=$CI_POSTGRES_PASSWORD⟧

stages: [test, build, deploy]

test:
  image: ⟦n=python:3.11⟧
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_prod:
  stage: deploy
  script:
    - ssh deploy@⟦i=jump02.osl.nordlicht.corp⟧ "helm upgrade triage ./deploy/helm/triage"
    - curl -X POST -H "PRIVATE-TOKEN: ⟦s@gitlab_pat⟧" "⟦i=https://gitlab.nordlicht.corp/api/v4/projects/42/pipeline⟧"
  only: [main]

# runner registered with: gitlab-runner register --token ⟦s@gitlab_runner⟧
'''),

("infra/terraform/main.tf", '''
terraform {
  backend "s3" {
    bucket = "⟦i=nlh-terraform-state-prod⟧"
    key    = "clinical/terraform.tfstate"
    region = "eu-north-1"
  }
}

provider "aws" {
  region     = "⟦n=eu-north-1⟧"
  access_key = "⟦s@aws_key_id⟧"
  secret_key = "⟦s@aws_secret⟧"
}

provider "google" {
  project = "⟦i=nordlicht-prod-ehr-4471⟧"
}

resource "aws_db_instance" "clinical" {
  identifier = "nlh-clinical-prod"
  username   = "nlh_admin"
  password   = var.db_password
  db_subnet_group_name = "⟦i=nlh-private-db-subnets⟧"
}

resource "aws_security_group_rule" "office_vpn" {
  type        = "ingress"
  cidr_blocks = ["⟦i=10.8.0.0/20⟧", "⟦n=198.51.100.0/24⟧"]
}

resource "aws_sqs_queue" "lab_results" {
  name = "⟦i=nlh-lab-results-inbound⟧"
}

# Konto: ⟦i=731045829966⟧ (prod), ⟦i=208813447120⟧ (staging)
'''),

("Jenkinsfile", '''
// Legacy Jenkins pipeline for the Android build (migrating to GitLab, see ADR-0012)
pipeline {
  agent { label '⟦i=build-agent-03.ams.nordlicht.corp⟧' }
  environment {
    KEYSTORE_PASS = credentials('⟦n=android-keystore-pass⟧')
    SLACK_HOOK    = '⟦s@slack_webhook⟧'
  }
  stages {
    stage('Build') {
      steps {
        sh './gradlew assembleRelease -Pstore.password=⟦s@password⟧'
      }
    }
    stage('Publish') {
      steps {
        sh 'curl -u ci-bot:⟦s@password⟧ -T app-release.aab ⟦i=https://nexus.nordlicht.corp/repository/android/⟧'
      }
    }
  }
  post {
    failure { mail to: '⟦p=ruben.mulder@nordlicht-health.nl⟧', subject: "Build failed" }
  }
}
'''),

("db/schema.sql", '''
-- ⟦r=KONFIDENTIELLT – får ej spridas utanför Nordlicht Health AB⟧
-- Schema for ⟦i=nlh_clinical_prod⟧ on ⟦i=pg-primary.prod.nordlicht-internal.net⟧

CREATE SCHEMA clinical;

CREATE TABLE clinical.patient_master (
    id            bigserial PRIMARY KEY,
    mrn           varchar(24) UNIQUE NOT NULL,
    national_id   varchar(32) NOT NULL,
    full_name     text NOT NULL,
    email         text,
    ⟦n=password_hash⟧ text
);

CREATE ROLE reporting LOGIN PASSWORD '⟦s@password⟧';
CREATE ROLE app_rw LOGIN PASSWORD '⟦n=md5placeholder⟧' VALID UNTIL '2025-01-01';
GRANT SELECT ON ALL TABLES IN SCHEMA clinical TO reporting;

-- foreign server for the NL lab system
CREATE SERVER lab_nl FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '⟦i=lab-db.utrecht.nordlicht.lan⟧', dbname '⟦i=labsys_prod⟧');
CREATE USER MAPPING FOR app_rw SERVER lab_nl OPTIONS (user 'fdw', password '⟦s:pw⟧');
''', {"pw": _pg_seed_pw}),

("db/seed_demo.sql", '''
-- Demo seed (exported from staging, Bram: please anonymise before committing!!)
INSERT INTO clinical.patient_master (mrn, national_id, full_name, email) VALUES
 ('⟦p@mrn⟧', '⟦p@personnummer⟧', '⟦p=Astrid Lindqvist⟧', '⟦p=astrid.lindqvist@telia.se⟧'),
 ('⟦p@mrn⟧', '⟦p@fodselsnummer⟧', '⟦p=Øystein Bakke⟧', '⟦p=oystein.bakke@online.no⟧'),
 ('⟦p@mrn⟧', '⟦p@bsn⟧', '⟦p=Noor Bakker⟧', '⟦p=n.bakker@kpnmail.nl⟧'),
 ('⟦p@mrn⟧', '⟦p:nir⟧', '⟦p=Camille Rousseau⟧', '⟦p=camille.rousseau@orange.fr⟧'),
 ('DEMO-0001', '⟦n=19000101-0000⟧', 'Demo Patient', '⟦n=demo@example.com⟧');

INSERT INTO billing.payment_method (patient_id, iban, card_pan) VALUES
 (4, '⟦p@iban:FR⟧', NULL),
 (3, NULL, '⟦p@card:5⟧');
''', {"nir": V.nir(False)}),

("fixtures/consultations.json", '''
[
  {
    "id": "⟦n:u⟧",
    "patient": {"name": "⟦p=Henrik Själander⟧", "dob": "⟦p=1958-05-09⟧", "phone": "⟦p=070-318 44 92⟧"},
    "clinician": "⟦p=dr.claire.fontaine⟧",
    "notes": "Patient reports chest pain, referred to ⟦i=akut-triage.clinical.svc.cluster.local⟧",
    "client_ip": "⟦p@user_ip⟧"
  },
  {
    "id": "c-2",
    "patient": {"name": "⟦p=Amélie Girard⟧", "dob": "⟦p=2001-12-03⟧", "phone": "⟦p=+33 7 81 44 20 16⟧"},
    "address": "⟦p=8 avenue Jean Jaurès, 69007 Lyon⟧",
    "client_ip": "⟦n=127.0.0.1⟧"
  }
]
''', {"u": _uuid}),

("fixtures/fhir/patient-bundle.json", '''
{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "urn:oid:1.2.752.129.2.1.3.1", "value": "⟦p@personnummer:nosep⟧"},
          {"system": "⟦i=https://mpi.nordlicht.intern/mrn⟧", "value": "⟦p@mrn⟧"}
        ],
        "name": [{"family": "⟦p=Ekström⟧", "given": ["Johan"]}],
        "telecom": [{"system": "phone", "value": "⟦p=+46 8 551 093 27⟧"}],
        "birthDate": "⟦p=1966-09-18⟧",
        "address": [{"line": ["⟦p=Sveavägen 44⟧"], "city": "Stockholm", "postalCode": "111 34"}]
      }
    },
    {
      "resource": {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.1", "value": "⟦p@fodselsnummer⟧"}],
        "name": [{"family": "Hansen", "given": ["Test"]}],
        "birthDate": "1990-01-01",
        "meta": {"versionId": "⟦n:sha⟧"}
      }
    }
  ]
}
''', {"sha": _sha1}),

("fixtures/hl7/adt_a01_sample.hl7", '''
MSH|^~\\&|NLH-EHR|⟦i=ehr-hl7.ams.nordlicht.corp⟧|LABSYS|UMCU|20240611083000||ADT^A01|MSG00042|P|2.5
PID|1||⟦p@mrn⟧^^^NLH||⟦p=Jansen^Femke⟧||⟦p=19850412⟧|F|||⟦p=Biltstraat 91^^Utrecht^^3572 AM^NL⟧||⟦p=+31 30 271 5590⟧
PV1|1|O|TELE^^^NLH||||⟦p=Hendriks^Bram⟧
'''),

("docs/runbooks/db-failover.md", '''
# Runbook: Postgres failover (Oslo)

> ⟦r=STRENGT FORTROLIG – kun for intern bruk⟧

On-call: ⟦r=Team Isbjørn⟧ — primary contact ⟦p=Jonas Vik⟧ (⟦p=+47 404 18 552⟧).

1. SSH to the jump host: `ssh ⟦p=jvik⟧@⟦i=jump01.osl.nordlicht.corp⟧`
2. Check replication on `⟦i=pg-replica-2.osl.nordlicht.corp⟧`:
   ```
   psql "postgresql://repl_monitor:⟦s@password⟧@⟦i=10.42.17.6⟧:5432/postgres" -c "select * from pg_stat_replication"
   ```
3. Promote with `patronictl -c /etc/patroni.yml failover`.
4. Post in #ops-incidents (Slack), tag @clinical-platform-oncall.

Example output from the docs uses `⟦n=192.0.2.10⟧` and `⟦n=db.example.org⟧`; ignore those.
'''),

("docs/adr/0015-triage-model-halo.md", '''
# ADR-0015 : Modèle de triage ⟦r=HALO-T3⟧

⟦r=CONFIDENTIEL – Propriété de Nordlicht Health SAS, ne pas diffuser⟧

Auteur : ⟦p=Océane Marchand⟧

## Décision
Le score d'urgence combine :

    ⟦r=urgency = 0.42 * spo2_deficit + 1.7 * log1p(crp) + 0.083 * age - 2.31⟧

Le modèle successeur, ⟦r=HALO-T4 « Aurora »⟧, sera entraîné sur `⟦i=gs://nordlicht-ml-training-eu/halo-t4/⟧`.
Version actuelle de la librairie : ⟦n=scikit-learn 1.4.2⟧.
'''),

("docs/openapi/triage.yaml", '''
openapi: 3.0.3
info:
  title: Nordlicht Triage API
  version: ⟦n=1.14.2⟧
  description: |
    Internal API. ⟦r=VERTROUWELIJK: niet verspreiden buiten Nordlicht Health B.V.⟧
servers:
  - url: https://api.nordlicht.health/v2
  - url: ⟦i=https://triage.staging.nordlicht.intern/v2⟧
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
  schemas:
    Patient:
      type: object
      properties:
        email:
          type: string
          example: ⟦n=anna.svensson@example.com⟧
        phone:
          type: string
          example: "+46 70 123 45 67"
paths:
  /triage:
    post:
      summary: Submit symptoms
      parameters:
        - in: header
          name: Authorization
          example: "Bearer ⟦s@jwt:docs-example-leaked⟧"
'''),

("logs/triage-api-2024-06-11.log", '''
2024-06-11T08:14:02.118Z INFO  request_id=⟦n:u⟧ POST /v2/triage 201 ua="⟦n=Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)⟧" user=⟦p=astrid.lindqvist⟧ ip=⟦p@user_ip⟧
2024-06-11T08:14:03.551Z WARN  slow query on ⟦i=pg-primary.prod.nordlicht-internal.net⟧ (1832 ms)
2024-06-11T08:14:09.007Z ERROR auth failed for ⟦p=kristoffer.lie@gmail.com⟧ from ⟦i=10.42.7.19⟧
2024-06-11T08:15:44.210Z DEBUG outgoing headers {"Authorization": "Bearer ⟦s@jwt:patient-app⟧"}
2024-06-11T08:16:00.000Z INFO  connected to ⟦i=amqp://rabbitmq.messaging.svc.cluster.local:5672/clinical⟧
2024-06-11T08:16:12.771Z ERROR payment declined pan=⟦p@card:4⟧ patient=⟦p=Sanne de Vries⟧
2024-06-11T08:17:30.004Z INFO  health check from ⟦n=10.0.0.1⟧ ok
''', {"u": "%s-%s-4%s-a%s-%s" % (V.rs(8, V.HEX), V.rs(4, V.HEX), V.rs(3, V.HEX), V.rs(3, V.HEX), V.rs(12, V.HEX))}),

("docker-compose.yml", '''
version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ⟦n=example⟧
      POSTGRES_DB: nordlicht
  api:
    build: ./backend
    environment:
      DATABASE_URL: postgres://postgres:example@db:5432/nordlicht
      STRIPE_SECRET_KEY: ⟦n=${STRIPE_SECRET_KEY:-}⟧
      SENDGRID_API_KEY: ⟦s@sendgrid⟧
    extra_hosts:
      - "⟦i=fhir-gw.internal⟧:⟦i=10.42.3.30⟧"
'''),

("README.md", '''
# nordlicht-platform

Monorepo for the Nordlicht Health telemedicine platform (SE · NO · NL · FR).

## Getting started
```bash
cp .env.example .env
docker compose up
```
Internal wiki: ⟦i=https://wiki.nordlicht.intern/display/PLAT⟧
Install deps from ⟦n=https://pypi.org/simple⟧ and npm.

## Contact
Platform: ⟦r=Clinical Platform Tribe⟧ — ⟦p=Mikael Holm⟧ (⟦p=mikael.holm@nordlicht-health.se⟧).
Security issues: security@nordlicht.health

_Kommentar (Tove, 2024-05-02): glöm inte att byta GitHub-token ⟦s@github_fine⟧ innan vi öppnar repot för konsulterna._
'''),

("scripts/rotate_keys.sh", '''
#!/usr/bin/env bash
# Rotate service keys.  Usage: ./rotate_keys.sh <env>
set -euo pipefail
ENV="⟦n=${1:-staging}⟧"
VAULT_ADDR="⟦i=https://vault.nordlicht.intern:8200⟧"
export VAULT_TOKEN="hvs.⟦s@rs:24⟧"
# export VAULT_TOKEN="⟦n=hvs.xxxxxxxxxxxxxxxxxxxxxxxx⟧"
vault kv put secret/$ENV/twilio api_key="⟦s@twilio_api_key⟧"
vault kv get -field=password secret/$ENV/db   # reads ⟦n=secret/$ENV/db⟧
curl -s -u "admin:⟦s@password⟧" "⟦i=http://10.42.5.17:9200/_cluster/health⟧"
'''),

("config/feature_flags.json", '''
{
  "_comment": "⟦r=Nordlicht Health Proprietary and Confidential⟧",
  "flags": {
    "⟦r=polarnatt_sleep_clinic⟧": {"enabled": false, "owner": "⟦r=Team Isbjørn⟧"},
    "⟦r=tulpenveld_nl_gp_network⟧": {"enabled": true, "rollout": 0.25},
    "⟦n=dark_mode⟧": {"enabled": true}
  },
  "build": {"version": "⟦n=4.12.0-rc.3⟧", "commit": "⟦n:sha⟧"}
}
''', {"sha": V.rs(40, V.HEX)}),
]
