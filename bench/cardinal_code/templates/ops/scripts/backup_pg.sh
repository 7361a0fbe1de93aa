#!/bin/bash
# respaldo nocturno / nightly logical backup of the recon DB (the RDS snapshot does not cover the on-prem replica)
PGHOST=«i|10.52.16.44»
PGPORT=5432
PGUSER=recon_backup
PGPASSWORD='«s|Bkp!Recon_2024#x»'
export PGHOST PGPORT PGUSER PGPASSWORD

DEST=«i|s3://chp-db-backups-prd/recon»/$(date +%F)
pg_dump -Fc recon | aws s3 cp - "$DEST/recon.dump" --sse aws:kms --sse-kms-key-id "$KMS_KEY"

# restore into a local sandbox:
#   PGPASSWORD=postgres pg_restore -h localhost -d recon_sandbox recon.dump
# old host, retired: «i|pg-recon-old.cardinalhp.local» (password was «s|recon123!Old»)
echo "backup done $(date)" | mail -s "recon backup" «p|tomas.beltran@cardinalhp.com»
