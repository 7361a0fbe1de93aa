from core import S, P, I, X, N, fill, split
from fakes import *  # noqa


def files(W):
    out = {}
    e, c = W.emp, W.cust

    out["ops/scripts/backup_db.sh"] = fill('''#!/usr/bin/env bash
# Nightly logical backup of freight_core -> S3 (Glacier IR after 30d)
# Respaldo nocturno. Si falla, avisar a @@oncall@@ por Slack.
set -euo pipefail

PGHOST="${PGHOST:-@@pghost@@}"
PGUSER=backup_ro
export PGPASSWORD='@@pgpw@@'
DB=@@db@@
BUCKET="s3://@@bucket@@/pg/$(date +%F)"
aws s3 ls "$BUCKET/" >/dev/null

pg_dump -h "$PGHOST" -U "$PGUSER" -Fc "$DB" \\
  | gpg --batch --passphrase "@@gpgpass@@" --symmetric \\
  | aws s3 cp - "$BUCKET/$DB.dump.gpg"

curl -fsS -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"backup $DB ok\\"}" \\
  "@@slack@@"

echo "done: $(date -Is) on $(hostname)"
''', oncall=P(e[2].name), pghost=I(W.pg_replica), pgpw=S(password()), db=I(W.pg_db),
        bucket=I("ferrovia-db-backups-prod"), 
        gpgpass=S(password("long")), slack=S(slack_webhook()))

    out["ops/scripts/bootstrap_jump.sh"] = fill('''#!/bin/bash
# Prepares a fresh bastion. Usage: ./bootstrap_jump.sh <hostname>
set -e
HOST=${1:-@@jump@@}

ssh-keyscan "$HOST" >> ~/.ssh/known_hosts

cat > ~/.ssh/config <<EOF
Host bastion
    HostName @@jump2@@
    User @@juser@@
    IdentityFile ~/.ssh/ferrovia_ops_ed25519
Host 10.40.* 10.50.* *.ferrovia.intra
    ProxyJump bastion
EOF

# Deploy key for the infra repo (read-only)
cat > ~/.ssh/ferrovia_deploy <<'KEY'
@@sshkey@@
KEY
chmod 600 ~/.ssh/ferrovia_deploy

cat > /etc/openvpn/client/ferrovia.conf <<EOF
client
remote @@vpn@@ 1194 udp
route @@route@@ 255.255.0.0
auth-user-pass /etc/openvpn/client/creds.txt
EOF
printf '%s\\n%s\\n' "vpn-bastion" "@@vpnpw@@" > /etc/openvpn/client/creds.txt

apt-get install -y htop jq
curl -fsSL https://get.docker.com | sh
echo "bootstrap finished"
''', jump=I(W.jump), jump2=I(W.jump), juser=P(e[3].username), sshkey=S(openssh_key()), vpn=I("vpn-gw-fra.ferrovia.intra"),
        route=I("10.40.0.0"), vpnpw=S(password("human")))

    out["services/dispatch-api/Dockerfile"] = fill('''# syntax=docker/dockerfile:1.6
FROM python:3.11-slim@@@digest@@ AS base

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_INDEX_URL=https://pypi-proxy:@@pipw@@@@@pipproxy@@/simple \\
    PIP_EXTRA_INDEX_URL=@@pypi@@

WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM base AS runtime
ARG SENTRY_AUTH_TOKEN=@@sentrytok@@
ARG GIT_SHA=@@sha@@
ENV DD_API_KEY=@@ddkey@@ \\
    DD_AGENT_HOST=@@ddhost@@ \\
    APP_ENV=production
COPY app ./app
LABEL maintainer="@@maint@@"
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
''', digest=N("sha256:" + hexs(64)), pipw=S(password()), pipproxy=I("devpi.build.ferrovia.intra"),
        pypi=N("https://pypi.org/simple"), sentrytok=S("sntrys_" + b64bytes(120, urlsafe=True)), sha=N(git_sha()),
        ddkey=S(datadog_api()), ddhost=I("172.17.0.1"), maint=P(e[1].email))

    out["docker-compose.yml"] = fill('''version: "3.9"

x-common-env: &common-env
  TZ: Europe/Berlin
  LOG_LEVEL: debug
  DATABASE_URL: postgresql://dispatch:@@pw1@@@postgres:5432/dispatch
  REDIS_URL: redis://redis:6379/0

services:
  postgres:
    image: postgres:16.2
    environment:
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: @@pw2@@
      POSTGRES_DB: dispatch
    ports: ["127.0.0.1:5432:5432"]

  redis:
    image: redis:7.2-alpine

  dispatch-api:
    build: ./services/dispatch-api
    environment:
      <<: *common-env
      STRIPE_API_KEY: @@stripeenv@@
      JWT_SECRET: "@@jwt@@"
    depends_on: [postgres, redis]
    ports: ["8000:8000"]

  notify-gateway:
    build: ./services/notify-gateway
    environment:
      <<: *common-env
      SENDGRID_API_KEY: @@sgph@@
      TWILIO_AUTH_TOKEN: "@@twtok@@"

  minio:
    image: minio/minio:RELEASE.2024-03-15T01-07-19Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: ferrovia
      MINIO_ROOT_PASSWORD: @@minioenv@@

networks:
  default:
    ipam:
      config:
        - subnet: @@subnet@@
''', stripeenv=N("${STRIPE_API_KEY}"), minioenv=N("${MINIO_ROOT_PASSWORD:?required}"), pw1="dispatch_local_dev", pw2="dispatch_local_dev", jwt=S(hexs(64)), sgph=N("${SENDGRID_API_KEY:-}"),
        twtok=S(twilio_token()), subnet=I("172.28.0.0/16"))

    out["deploy/helm/dispatch-api/values.yaml"] = fill('''replicaCount: 3

image:
  repository: @@ecr@@/dispatch-api
  tag: "4.12.0"
  pullPolicy: IfNotPresent

imagePullSecrets:
  - name: ecr-pull

env:
  APP_ENV: production
  DATABASE_HOST: @@pghost@@
  DATABASE_PASSWORD: "@@dbpwtpl@@"
  S3_BUCKET: @@bucket@@
  CELERY_BROKER_URL: "{{ .Values.celery.brokerUrl }}"

secrets:
  databasePassword: @@ph@@
  stripeKey: @@ph2@@

ingress:
  enabled: true
  className: nginx-internal
  hosts:
    - host: @@ing@@
      paths: ["/"]
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: "@@cidr1@@"

serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: "@@irsa@@"

podAnnotations:
  owner: "@@team@@"
''', ecr=I(f"{W.aws_acct_prod}.dkr.ecr.eu-central-1.amazonaws.com"), pghost=I(W.pg_host), 
        bucket=I(W.bucket_manifests),         ph=N("{{ .Values.global.dbPassword }}"), ph2=N("vault:secret/data/dispatch#stripe"),
        ing=I("dispatch.apps.prod.ferrovia-internal.net"), cidr1=I("10.0.0.0/8"), 
        team=X("team-stellwerk"), dbpwtpl=N("{{ .Values.secrets.databasePassword }}"), irsa=N("{{ .Values.irsaRoleArn }}"))

    sg = sendgrid()
    tw = twilio_token()
    pgpw = password()
    out["deploy/k8s/secrets/notify-gateway-secret.yaml"] = fill('''# Generated by kubectl create secret --dry-run -o yaml (FIXME: use SealedSecrets)
apiVersion: v1
kind: Secret
metadata:
  name: notify-gateway
  namespace: notify
type: Opaque
data:
  SENDGRID_API_KEY: @@sg@@
  TWILIO_AUTH_TOKEN: @@tw@@
  PG_HOST: @@pghost@@
stringData:
  SLACK_WEBHOOK_URL: "@@slack@@"
---
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: notify
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@dcj@@
''', sg=S(b64(sg)), tw=S(b64(tw)), pghost=b64("pg-notify.ferrovia.intra"), slack=S(slack_webhook()),
        dcj=S(b64('{"auths":{"nexus.build.ferrovia.intra":{"auth":"' + b64("ci-deploy:" + password()) + '"}}}')))

    out["deploy/k8s/yard-tracker-deployment.yaml"] = fill('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: yard-tracker
  namespace: yard
  labels:
    app: yard-tracker
    team: @@team@@
spec:
  replicas: 2
  selector:
    matchLabels:
      app: yard-tracker
  template:
    metadata:
      labels:
        app: yard-tracker
    spec:
      containers:
        - name: tracker
          image: "{{IMAGE}}"
          env:
            - name: YARD_DSN
              valueFrom:
                secretKeyRef:
                  name: yard-tracker-db
                  key: dsn
            - name: KAFKA_BROKERS
              value: "@@kafka@@:9092"
            - name: RFID_GATEWAY
              value: "rfid-gw:5020"
            - name: RUN_ID
              value: "@@runid@@"
          resources:
            limits: {cpu: "500m", memory: 256Mi}
      nodeSelector:
        topology.kubernetes.io/zone: eu-central-1a
''', team=X("gleisvorfeld"), 
        kafka=I(W.kafka), runid=N(uid()))

    out["infra/terraform/main.tf"] = fill('''terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "⟦i:ferrovia-terraform-state-prod⟧"
    key            = "prod/core.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "ferrovia-tf-locks"
  }
}

provider "aws" {
  region     = "eu-central-1"
  allowed_account_ids = ["@@acct@@"]
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.5.2"

  name            = "ferrovia-prod"
  cidr            = "@@vpccidr@@"
  private_subnets = var.private_subnets
  public_subnets  = ["⟦i:10.20.101.0/24⟧"]
}

resource "aws_db_instance" "freight" {
  identifier          = "⟦i:freight-core-prod⟧"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.r6g.xlarge"
  username            = "ferrovia_admin"
  password            = var.db_password
  skip_final_snapshot = false
}

resource "aws_s3_bucket" "manifests" {
  bucket = "@@bucket@@"
}

resource "aws_route53_zone" "internal" {
  name = "@@zone@@"
  vpc { vpc_id = module.vpc.vpc_id }
}

resource "aws_security_group_rule" "office_ssh" {
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["@@office@@"]   # Büro Hamburg
  security_group_id = aws_security_group.bastion.id
}

resource "aws_security_group_rule" "docs_example" {
  type        = "ingress"
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["@@docnet@@"]   # placeholder from the module README
  security_group_id = aws_security_group.bastion.id
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "@@ph@@"
}
''', acct=I(W.aws_acct_prod),
        vpccidr=I("10.20.0.0/16"), 
        bucket=I(W.bucket_manifests), zone=I("prod.ferrovia-internal.net"), office=I("85.214.33.120/29"),
        docnet=N("203.0.113.0/24"), ph=N("REPLACE_ME"))

    out["infra/terraform/terraform.tfvars"] = fill('''# prod.tfvars -- wird von Atlantis gelesen
environment        = "prod"
db_password        = "@@dbpw@@"
datadog_api_key    = "@@ddapi@@"
datadog_app_key    = "@@ddapp@@"
gcp_project        = "@@gcp@@"
staging_account_id = "@@stg@@"
alert_email        = "@@alert@@"
github_token       = "@@gh@@"
gitlab_mirror_token = "@@gl@@"
''', dbpw=S(password("long")), ddapi=S(datadog_api()), ddapp=S(datadog_app()), 
        gcp=I(W.gcp_project), stg=I(W.aws_acct_stg), alert=P(e[4].email), gh=S(github_fine_pat()), gl=S(gitlab_pat()))

    out["infra/ansible/inventory/production.ini"] = fill('''[bastion]
@@jump@@

[db]
pg-primary ansible_host=@@pg1@@

[edi]
⟦i:edi01.ferrovia.lan⟧ ansible_host=@@edi@@ ansible_user=root ansible_ssh_pass=@@edipw@@

[yard_gateways]
⟦i:rfid-gw-01.yard-hh.ferrovia.lan⟧

[all:vars]
ansible_user=@@user@@
ansible_python_interpreter=/usr/bin/python3
ansible_ssh_common_args='-o ProxyJump=bastion'
''', jump=I(W.jump), pg1=I("10.40.3.21"), edi=I("192.168.30.40"),
        edipw=S(password()), user=P(e[0].username))

    out["infra/ansible/group_vars/all.yml"] = fill('''---
# Gemeinsame Variablen für alle Hosts
ntp_servers:
  - ntp1
  - 0.de.pool.ntp.org

dns_search: "⟦i:ferrovia.intra⟧ ⟦i:ferrovia.lan⟧"
dns_servers: ["@@dns1@@"]

admins:
  - name: @@a1name@@
    user: @@a1user@@
    email: @@a1mail@@

vault_addr: "https://@@vault@@:8200"
vault_token: "@@vaulttok@@"

node_exporter_version: "1.7.0"
grafana_admin_password: "@@graftpl@@"
pg_replication_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@ansvault@@

smtp_relay: "@@smtp@@"

# Airflow workers
airflow_fernet_key: "@@fernet@@"
''', dns1=I("10.40.0.2"), 
        a1name=P(e[0].name), a1user=P(e[0].username), a1mail=P(e[0].email),
        vault=I("vault.internal"), vaulttok=S("hvs." + r(ALNUM, 24)),
        ansvault=N(hexs(64)), graftpl=N("{{ vault_grafana_admin_password }}"), smtp=I("smtp-relay.ferrovia.corp"), fernet=S(fernet_key()))

    out[".github/workflows/deploy.yml"] = fill('''name: deploy

on:
  push:
    branches: [main]
  workflow_dispatch:

env:
  AWS_REGION: eu-central-1
  ECR_REGISTRY: ${{ vars.ECR_REGISTRY }}
  NPM_TOKEN: @@npmsec@@

jobs:
  build:
    runs-on: [self-hosted, linux, ferrovia-ci]
    steps:
      - uses: actions/checkout@@@sha@@  # v4.1.1
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::@@acct@@:role/github-deploy
          aws-region: ${{ env.AWS_REGION }}
      - name: Build & push
        run: |
          docker build -t $ECR_REGISTRY/dispatch-api:${{ github.sha }} services/dispatch-api
          docker push $ECR_REGISTRY/dispatch-api:${{ github.sha }}
      - name: Notify
        if: always()
        run: |
          curl -X POST -H "Authorization: Bearer @@slacktok@@" \\
            -d channel=C04DEPLOYS -d text="deploy ${{ job.status }}" https://slack.com/api/chat.postMessage
      - name: Smoke test
        run: |
          curl -fsS -u "smoke:${{ secrets.SMOKE_PASSWORD }}" https://@@stg@@/healthz
      # - name: Comment on PR (old approach, token now in secrets)
      #   run: gh pr comment ${{ github.event.number }} --body "deployed"
      #   env:
      #     GH_TOKEN: @@ghs@@
      - name: Publish npm package
        run: npm publish --registry https://registry.npmjs.org/
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_PUBLISH_TOKEN }}
''', ghs=S(github_app_token()), npmsec=N("${{ secrets.NPM_TOKEN }}"), sha=N(git_sha()), acct=I(W.aws_acct_prod),
        slacktok=S(slack_bot()), stg=I("api.staging.ferrovia.intra"))

    out["infra/nginx/nginx.conf"] = fill('''user  nginx;
worker_processes  auto;

events { worker_connections 4096; }

http {
    log_format main '$remote_addr - $remote_user [$time_local] "$request" $status';

    upstream dispatch_api {
        server @@up1@@:8000 max_fails=3;
    }

    upstream grafana {
        server @@grafana@@:3000;
    }

    geo $internal {
        default 0;
        @@cidr@@ 1;
        192.168.0.0/16 1;
    }

    server {
        listen 443 ssl http2;
        server_name api.ferrovia-logistics.com;

        ssl_certificate     /etc/nginx/tls/ferrovia.crt;
        ssl_certificate_key /etc/nginx/tls/ferrovia.key;

        location / {
            proxy_pass http://dispatch_api;
            proxy_set_header X-Internal-Auth "@@intauth@@";
        }

        location /grafana/ {
            if ($internal = 0) { return 403; }
            proxy_pass http://grafana;
            proxy_set_header Authorization "Basic @@basic@@";
        }

        # Test entry from the nginx docs, harmless
        # allow @@docip@@;
        location /status { stub_status; allow @@lo@@; deny all; }
    }
}
''', up1=I("10.40.5.11"), grafana=I("grafana.ops.ferrovia.intra"), cidr=I("10.40.0.0/16"),
        intauth=S(api_key(48)), basic=S(b64("admin:" + password())), docip=N("198.51.100.23"), lo=N("127.0.0.1"))

    out["tools/release/.pypirc"] = fill('''[distutils]
index-servers =
    pypi
    ferrovia

[pypi]
repository = @@pypiurl@@
username = __token__
password = @@pypitok@@

[ferrovia]
repository = https://@@devpi@@/ferrovia/prod/
username = release-bot
password = @@devpipw@@
''', pypiurl=N("https://upload.pypi.org/legacy/"), pypitok=S(pypi_token()), devpi=I("devpi.build.ferrovia.intra"),
        devpipw=S(password()))

    return out
