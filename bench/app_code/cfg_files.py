from helpers import F
F("scripts/backup.sh", '''#!/usr/bin/env bash
# Nightly DB backup. Maintainer: Rafael Oliveira <rafael.oliveira@acmecorp.com.br>
set -euo pipefail

export PGPASSWORD='@@PW:sh1@@'
DB_HOST=pg-main.prod.internal
BACKUP_BUCKET=s3://acme-db-backups-prod/nightly

pg_dump -h "$DB_HOST" -U backup -d customers_prod | gzip > /tmp/customers.sql.gz
aws s3 cp /tmp/customers.sql.gz "$BACKUP_BUCKET/$(date +%F).sql.gz"

# notify the monitoring box
curl -fsS -u monitor:@@PW:sh2@@ http://10.1.50.3:9091/metrics/job/backup --data-binary @/tmp/metrics
curl -fsS -H "Authorization: Bearer ${MONITOR_TOKEN}" https://status.example.com/ping
''', [
 ("Rafael Oliveira", "pii"), ("rafael.oliveira@acmecorp.com.br", "pii"), ("@@PW:sh1@@", "secret"),
 ("pg-main.prod.internal", "infra"), ("acme-db-backups-prod", "infra"), ("customers_prod", "infra"),
 ("@@PW:sh2@@", "secret"), ("10.1.50.3", "infra"), ("${MONITOR_TOKEN}", "none"),
])

F("scripts/bootstrap.sh", '''#!/bin/sh
# Developer bootstrap -- run once.
export GITHUB_TOKEN=@@GHP:sh@@
export NPM_TOKEN="${NPM_TOKEN:-}"
export DATADOG_API_KEY=@@DDKEY:sh@@
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:?set me}"
export SLACK_TOKEN="xoxb-your-token-here"

git clone https://${GITHUB_TOKEN}@github.com/acme/monorepo.git
echo "machine artifactory.corp.example.com login ci password @@PW:netrc@@" >> ~/.netrc
docker login registry.corp.example.com -u ci-bot -p '@@PW:dlogin@@'
''', [
 ("@@GHP:sh@@", "secret"), ("${NPM_TOKEN:-}", "none"), ("@@DDKEY:sh@@", "secret"),
 ("xoxb-your-token-here", "none"), ("artifactory.corp.example.com", "infra"),
 ("@@PW:netrc@@", "secret"), ("registry.corp.example.com", "infra"), ("@@PW:dlogin@@", "secret"),
])

F("Dockerfile", '''FROM registry.corp.example.com/base/python:3.12-slim

ARG PIP_INDEX_URL=https://ci:@@PW:docker@@@pypi.corp.example.com/simple
ENV APP_ENV=production \\
    SENTRY_DSN=https://@@HEX32:dsn2@@@sentry.corp.example.com/12 \\
    API_KEY=${API_KEY} \\
    STRIPE_KEY=@@RKLIVE:docker@@

LABEL maintainer="Ines Carvalho <ines.carvalho@acmecorp.io>"
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:wsgi"]
''', [
 ("registry.corp.example.com", "infra"), ("@@PW:docker@@", "secret"), ("pypi.corp.example.com", "infra"),
 ("@@HEX32:dsn2@@", "secret"), ("${API_KEY}", "none"), ("@@RKLIVE:docker@@", "secret"),
 ("Ines Carvalho", "pii"), ("ines.carvalho@acmecorp.io", "pii"), ("python:3.12-slim", "none"),
])

F("deploy/docker-compose.yml", '''version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: @@PW:compose@@
      POSTGRES_DB: orders
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@PW:redis@@"]
  api:
    build: .
    environment:
      DATABASE_URL: postgres://app:@@PW:compose@@@db:5432/orders
      JWT_SECRET: ${JWT_SECRET}
      ADMIN_PASSWORD: changeme
      SENDGRID_API_KEY: "@@SG:compose@@"
      INTERNAL_API: http://inventory.acme.internal:8080
    ports:
      - "8000:8000"
''', [
 ("@@PW:compose@@", "secret"), ("@@PW:redis@@", "secret"), ("${JWT_SECRET}", "none"),
 ("changeme", "none"), ("@@SG:compose@@", "secret"), ("inventory.acme.internal", "infra"),
 ("postgres:16", "none"),
])

F("k8s/payments-deployment.yaml", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
  namespace: payments
  annotations:
    owner: "team-falcon"
    contact: "li.na@acmecorp.io"
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments-api:1.42.0
          env:
            - name: LEDGER_URL
              value: http://ledger.treasury.svc.cluster.local:7000
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: payments-db, key: password}
            - name: STRIPE_SECRET_KEY
              value: "@@SKLIVE99:k8s@@"
            - name: FEATURE_CODENAME
              value: "nightjar"
            - name: TRACE_ID
              value: "@@UUID:k8s@@"
''', [
 ("li.na@acmecorp.io", "pii"), ("123456789012.dkr.ecr.eu-west-1.amazonaws.com", "infra"),
 ("ledger.treasury.svc.cluster.local", "infra"), ("@@SKLIVE99:k8s@@", "secret"),
 ("nightjar", "proprietary"), ("@@UUID:k8s@@", "none"),
])

F("k8s/secrets.yaml", '''apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: payments
type: Opaque
data:
  username: @@PW:k8suser__B@@
  password: @@PW:k8spw__B@@
stringData:
  api-token: "@@HEX40:k8stok@@"
  tls.key: |
    @@PEMEC:k8s__I4@@
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: payments-config
data:
  LOG_LEVEL: info
  REDIS_HOST: redis-master.payments.svc.cluster.local
  PASSWORD_MIN_LENGTH: "12"
''', [
 ("@@PW:k8spw__B@@", "secret"), ("@@HEX40:k8stok@@", "secret"), ("@@PEMEC:k8s__L1@@", "secret"),
 ("redis-master.payments.svc.cluster.local", "infra"), ("12", "none"), ("info", "none"),
])

F("infra/main.tf", '''terraform {
  backend "s3" {
    bucket = "acme-terraform-state-prod"
    key    = "payments/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "@@AKIA:tf@@"
  secret_key = "@@AWSSEC:tf@@"
}

resource "aws_db_instance" "payments" {
  identifier        = "payments-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  username          = "payments_admin"
  password          = "@@PW:tf@@"
  db_name           = "payments_prod"
  vpc_security_group_ids = [aws_security_group.db.id]
}

resource "aws_subnet" "private_a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.20.1.0/24"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = var.db_password_override
}

# Reviewed by Samuel Okafor; see https://registry.terraform.io/providers/hashicorp/aws/latest/docs
''', [
 ("acme-terraform-state-prod", "infra"), ("@@AKIA:tf@@", "secret"), ("@@AWSSEC:tf@@", "secret"),
 ("@@PW:tf@@", "secret"), ("payments_prod", "infra"), ("10.20.1.0/24", "infra"),
 ("Samuel Okafor", "pii"), ("https://registry.terraform.io/providers/hashicorp/aws/latest/docs", "none"),
])

F("infra/prod.tfvars", '''environment     = "prod"
vpn_gateway_ip  = "10.255.0.1"
bastion_host    = "bastion.prod.acme.internal"
datadog_api_key = "@@DDKEY:tfvars@@"
datadog_app_key = "@@HEX40:ddapp@@"
pagerduty_token = "u+@@B64_32:pdtok@@"
admin_cidrs     = ["192.168.100.0/24", "172.16.8.0/22"]
''', [
 ("10.255.0.1", "infra"), ("bastion.prod.acme.internal", "infra"), ("@@DDKEY:tfvars@@", "secret"),
 ("@@HEX40:ddapp@@", "secret"), ("u+@@B64_32:pdtok@@", "secret"),
 ("192.168.100.0/24", "infra"), ("172.16.8.0/22", "infra"),
])

F(".env", '''# local overrides -- DO NOT COMMIT
APP_NAME=storefront
NODE_ENV=production
DATABASE_URL=postgresql://store:@@PW:env1@@@db.stg.acme.internal:5432/store_stg
REDIS_URL=redis://default:@@PW:env2@@@10.30.0.8:6379
STRIPE_SECRET_KEY=@@SKLIVE:env@@
GITHUB_TOKEN=@@GHO:env@@
GOOGLE_MAPS_API_KEY=@@AIZA:env@@
JWT_SECRET=@@B64_48:envjwt@@
SESSION_SECRET="@@HEX64:envsess@@"
ADMIN_EMAIL=thomas.berger@acmecorp.at
ADMIN_PHONE=+43 664 1234567
SMTP_PASSWORD=
LOG_LEVEL=debug
PUBLIC_URL=https://shop.example.com
''', [
 ("@@PW:env1@@", "secret"), ("db.stg.acme.internal", "infra"), ("store_stg", "infra"),
 ("@@PW:env2@@", "secret"), ("10.30.0.8", "infra"), ("@@SKLIVE:env@@", "secret"),
 ("@@GHO:env@@", "secret"), ("@@AIZA:env@@", "secret"), ("@@B64_48:envjwt@@", "secret"),
 ("@@HEX64:envsess@@", "secret"), ("thomas.berger@acmecorp.at", "pii"), ("+43 664 1234567", "pii"),
 ("https://shop.example.com", "none"), ("storefront", "none"), ("debug", "none"),
])

F(".env.example", '''# Copy to .env and fill in
DATABASE_URL=postgresql://user:password@localhost:5432/dbname
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
GITHUB_TOKEN=<your-github-token>
GOOGLE_MAPS_API_KEY=your-api-key
JWT_SECRET=change-me-to-a-long-random-string
SESSION_SECRET=${SESSION_SECRET}
ADMIN_EMAIL=admin@example.com
''', [
 ("password", "none"), ("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "none"), ("<your-github-token>", "none"),
 ("your-api-key", "none"), ("change-me-to-a-long-random-string", "none"), ("${SESSION_SECRET}", "none"),
 ("admin@example.com", "none"),
])

F("config/gcp-service-account.json", '''{
  "type": "service_account",
  "project_id": "acme-analytics-prod",
  "private_key_id": "@@HEX40:gcpkid@@",
  "private_key": "@@PEMPK:gcp__J@@\\n",
  "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",
  "client_id": "104857392018374652910",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"
}
''', [
 ("@@HEX40:gcpkid@@", "secret"), ("@@PEMPK:gcp__L1@@", "secret"),
 ("bq-loader@acme-analytics-prod.iam.gserviceaccount.com", "infra"),
 ("https://accounts.google.com/o/oauth2/auth", "none"), ("https://oauth2.googleapis.com/token", "none"),
])

F("pyproject.toml", '''[tool.poetry]
name = "acme-billing"
version = "4.12.0"
description = "Billing service (internal)"
authors = ["Priya Raman <priya.raman@acmecorp.io>"]

[tool.poetry.dependencies]
python = "^3.11"
django = "5.0.6"

[[tool.poetry.source]]
name = "acme-internal"
url = "https://deploy-bot:@@PW:poetry@@@nexus.corp.example.com/repository/pypi/simple"
priority = "supplemental"

[tool.acme.secrets]
sentry_auth_token = "sntrys_@@B64_48:sntry@@"
''', [
 ("Priya Raman", "pii"), ("priya.raman@acmecorp.io", "pii"), ("4.12.0", "none"),
 ("@@PW:poetry@@", "secret"), ("nexus.corp.example.com", "infra"), ("sntrys_@@B64_48:sntry@@", "secret"),
])

F("deploy/.pypirc", '''[distutils]
index-servers =
    pypi
    acme

[pypi]
username = __token__
password = @@PYPI:rc@@

[acme]
repository = https://pypi.corp.example.com/
username = release-bot
password = @@PW:pypirc@@
''', [
 ("@@PYPI:rc@@", "secret"), ("pypi.corp.example.com", "infra"), ("@@PW:pypirc@@", "secret"),
])

F("deploy/app.ini", '''[server]
host = 0.0.0.0
port = 8080

[database]
url = mysql://inv:@@PW:ini@@@mysql-inv.corp.example.com:3306/inventory
pool_size = 10

[ldap]
server = ldaps://dc01.ad.acme.local:636
bind_dn = CN=svc_inventory,OU=Service Accounts,DC=ad,DC=acme,DC=local
bind_password = @@PW:ldap@@

[api]
client_id = 7f3c2a10-inventory
client_secret = @@B64_32:ini@@
placeholder_secret = REPLACE_ME
''', [
 ("@@PW:ini@@", "secret"), ("mysql-inv.corp.example.com", "infra"), ("dc01.ad.acme.local", "infra"),
 ("@@PW:ldap@@", "secret"), ("@@B64_32:ini@@", "secret"), ("REPLACE_ME", "none"), ("0.0.0.0", "none"),
])

F("payments/src/main/resources/application.properties", '''# Payments service -- prod profile
spring.application.name=payments
spring.datasource.url=jdbc:postgresql://pg-payments.prod.internal:5432/payments
spring.datasource.username=payments
spring.datasource.password=@@PW:props@@
spring.rabbitmq.addresses=amqp://pay:@@PW:amqp@@@172.22.5.10:5672
acme.hsm.pin=@@PW:hsm@@
acme.jwt.secret=${JWT_SECRET}
acme.support.email=payments-support@example.com
acme.oncall.phone=+1-212-555-0148
management.endpoints.web.exposure.include=health,info
''', [
 ("pg-payments.prod.internal", "infra"), ("@@PW:props@@", "secret"), ("@@PW:amqp@@", "secret"),
 ("172.22.5.10", "infra"), ("@@PW:hsm@@", "secret"), ("${JWT_SECRET}", "none"),
 ("payments-support@example.com", "none"), ("+1-212-555-0148", "pii"),
])

F("payments/src/main/resources/application-prod.yml", '''spring:
  datasource:
    url: jdbc:mysql://mysql-pay-prod.corp.example.com:3306/pay?useSSL=true
    username: pay_app
    password: '@@PW:yml@@'
  security:
    oauth2:
      client:
        registration:
          okta:
            client-id: 0oa@@HEX32:okta@@
            client-secret: @@B64_32:okta@@
            scope: openid,profile,email
acme:
  crypto:
    master-key: "@@HEX64:yml@@"
  placeholder-token: "${PLACEHOLDER_TOKEN:dummy}"
''', [
 ("mysql-pay-prod.corp.example.com", "infra"), ("@@PW:yml@@", "secret"),
 ("@@B64_32:okta@@", "secret"), ("@@HEX64:yml@@", "secret"), ("${PLACEHOLDER_TOKEN:dummy}", "none"),
])

F("db/migrations/0042_seed_support_staff.sql", '''-- Seed support staff accounts (prod). Requested by Marcus Lee, 2024-02-11.
CREATE USER support_ro WITH PASSWORD '@@PW:sql@@';
GRANT SELECT ON ALL TABLES IN SCHEMA crm TO support_ro;

INSERT INTO crm.customers (id, full_name, email, phone, ssn, dob, iban) VALUES
  (1001, 'Olivia Bennett', 'olivia.bennett@yahoo.com', '(617) 555-0112', '412-67-9935', '1990-02-28', '@@IBANGB:sql@@'),
  (1002, 'Mateo Fernández', 'mateo.fdz@hotmail.es', '+34 612 34 56 78', NULL, '1985-11-03', '@@IBANFR:sql@@');

INSERT INTO crm.cards (customer_id, pan, exp) VALUES (1001, '@@MCARD:sql@@', '2027-08');

-- dummy row for local dev
INSERT INTO crm.customers (id, full_name, email) VALUES (9999, 'Test Customer', 'test@example.com');
''', [
 ("Marcus Lee", "pii"), ("@@PW:sql@@", "secret"), ("Olivia Bennett", "pii"),
 ("olivia.bennett@yahoo.com", "pii"), ("(617) 555-0112", "pii"), ("412-67-9935", "pii"),
 ("1990-02-28", "pii"), ("@@IBANGB:sql@@", "pii"), ("Mateo Fernández", "pii"),
 ("mateo.fdz@hotmail.es", "pii"), ("+34 612 34 56 78", "pii"), ("1985-11-03", "pii"),
 ("@@IBANFR:sql@@", "pii"), ("@@MCARD:sql@@", "pii"), ("test@example.com", "none"),
])

F("Makefile", '''REGISTRY := registry.corp.example.com/acme
DEPLOY_HOST := deploy@10.0.40.2
DOCKER_PASSWORD ?= @@PW:make@@
VERSION := 1.8.0

.PHONY: build push deploy
build:
\tdocker build -t $(REGISTRY)/api:$(VERSION) .

push:
\techo "$(DOCKER_PASSWORD)" | docker login registry.corp.example.com -u ci --password-stdin
\tdocker push $(REGISTRY)/api:$(VERSION)

deploy:
\tssh $(DEPLOY_HOST) 'cd /srv/api && docker compose pull && docker compose up -d'
''', [
 ("registry.corp.example.com", "infra"), ("10.0.40.2", "infra"), ("@@PW:make@@", "secret"),
 ("1.8.0", "none"),
])

F("deploy/nginx/site.conf", '''upstream api_backend {
    server 10.0.12.5:8000;
    server 10.0.12.6:8000;
}
server {
    listen 443 ssl;
    server_name shop.acme.io;
    ssl_certificate_key /etc/ssl/private/shop.acme.io.key;
    location /admin {
        auth_basic "restricted";
        proxy_pass http://admin.corp.example.com:9000;
        proxy_set_header Authorization "Basic @@PW:nginx__B@@";
    }
}
''', [
 ("10.0.12.5", "infra"), ("10.0.12.6", "infra"), ("admin.corp.example.com", "infra"),
 ("@@PW:nginx__B@@", "secret"),
])

F("dotnet/Web.config", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Crm" connectionString="Data Source=sqlcrm01.corp.example.com;Initial Catalog=CRM;User Id=crm_app;Password=@@PW:xml@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PayPalClientSecret" value="@@B64_48:paypal@@" />
    <add key="ApiVersion" value="2.3.1" />
    <add key="SupportContact" value="nora.kim@acmecorp.io" />
  </appSettings>
</configuration>
''', [
 ("sqlcrm01.corp.example.com", "infra"), ("@@PW:xml@@", "secret"), ("@@B64_48:paypal@@", "secret"),
 ("2.3.1", "none"), ("nora.kim@acmecorp.io", "pii"),
])
