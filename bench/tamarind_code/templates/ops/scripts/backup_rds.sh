#!/usr/bin/env bash
# Nightly logical backup of the reporting DB to S3. Runs from cron on bastion-mnl-01.
set -euo pipefail

PGHOST="${PGHOST:-«I:10.60.4.18»}"
PGUSER="${PGUSER:-rx_report}"
export PGPASSWORD="${PGPASSWORD:-«S:Sampaguita_77xQ»}"
BUCKET="s3://«I:tmh-db-backups-mnl»/rx_reporting"
STAMP=$(date +%Y%m%d)

pg_dump -h "$PGHOST" -U "$PGUSER" -Fc rx_reporting > "/var/backups/rx_reporting_${STAMP}.dump"
aws s3 cp "/var/backups/rx_reporting_${STAMP}.dump" "$BUCKET/${STAMP}.dump" --sse aws:kms

# ping healthchecks.io (public service, uuid is our check id)
curl -fsS -m 10 --retry 3 "https://hc-ping.com/«N!uuid»" > /dev/null

# notify #ops-mnl; token for the backup bot
curl -s -X POST https://slack.com/api/chat.postMessage \
  -H "Authorization: Bearer «S!slack_bot»" \
  -d channel=«I:C04M7QRT2LK» -d text="rx_reporting backup ${STAMP} done"
