#!/usr/bin/env bash
# Nightly logical backup of the ledger DB, encrypted with GPG and shipped to S3.
# Запускается cron'ом на pg-ledger-ro.fra1 (см. roles/postgres).
set -euo pipefail

DEST="${1:-s3://vl-pg-backups-fra1}"
export PGHOST="⟦I:10.40.5.33⟧"
export PGPORT=6432
export PGUSER=backup
export PGPASSWORD="${PGPASSWORD:-⟦S@pw|22⟧}"

export AWS_ACCESS_KEY_ID="⟦S@aws_akid⟧"
export AWS_SECRET_ACCESS_KEY="⟦S@aws_secret⟧"
export AWS_DEFAULT_REGION=eu-central-1

GPG_RECIPIENT="⟦I:backup-fra1@vl-corp.lan⟧"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

pg_dump --format=custom --no-owner ledger_prod \
  | gpg --batch --yes --encrypt --recipient "$GPG_RECIPIENT" \
  | aws s3 cp - "${DEST}/ledger_prod/${STAMP}.dump.gpg" --storage-class STANDARD_IA

curl -fsS -X POST "⟦S@slack_hook⟧" \
  -H 'Content-Type: application/json' \
  -d "{\"text\":\"pg backup ${STAMP} ok\"}" || true
