#!/usr/bin/env bash
# Backup nocturno de la base de Campo a GCS. Corre en batch01 por cron (02:15).
set -euo pipefail

PGHOST="«I:pg-campo-primary.int.pampasagro.com.ar»"
PGUSER=backup
export PGPASSWORD="${PGPASSWORD:-«S:=word_pw»}"
BUCKET="gs://«I:pampas-db-backups-prod»/campo"
STAMP=$(date +%F)

pg_dump -h "$PGHOST" -U "$PGUSER" -Fc «I:campo_prod» > "/var/backups/campo-$STAMP.dump"
gpg --batch --yes --passphrase "«S:=pw 24»" -c "/var/backups/campo-$STAMP.dump"
gsutil cp "/var/backups/campo-$STAMP.dump.gpg" "$BUCKET/"
find /var/backups -name 'campo-*.dump*' -mtime +7 -delete

# aviso a Slack
curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"backup campo $STAMP ok\"}" \
  "«S:=slackhook»"
