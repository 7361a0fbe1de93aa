#!/usr/bin/env bash
# Nightly logical backup of the wallet DB to GCS. Runs on «i=backup-01.ke.int.baobabpay.net» via cron.
set -euo pipefail

DB_HOST="${DB_HOST:-«i=10.40.12.22»}"
DB_USER="backup"
DB_PASS="${DB_PASS:-«s:pw»}"
BUCKET="gs://«i=baobab-db-backups-ke»"
GPG_RECIPIENT="«n=ops@example.com»"
STAMP=$(date +%Y%m%d-%H%M)

mysqldump -h "$DB_HOST" -u "$DB_USER" -p"$DB_PASS" \
  --single-transaction --routines --triggers "${DB_NAME:-baobab_wallet_prod}" \
  | gzip \
  | gpg --encrypt --recipient "$GPG_RECIPIENT" \
  > "/var/backups/wallet-$STAMP.sql.gz.gpg"

gsutil cp "/var/backups/wallet-$STAMP.sql.gz.gpg" "$BUCKET/daily/"

# notify
curl -fsS -X POST "«s:slack_hook»" -d "{\"text\":\"wallet backup $STAMP ok\"}" || true

# restore example:
#   gsutil cp $BUCKET/daily/wallet-20240314-0200.sql.gz.gpg . && gpg -d ... | mysql -h «n=127.0.0.1» -u root -p
