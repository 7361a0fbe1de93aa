#!/usr/bin/env bash
# Rotates the policy DB password and pushes it to Secrets Manager.
set -euo pipefail

DB_HOST="${DB_HOST:-«I=pg-policy-prod.cluster-c9xk2mf1aq.ap-south-1.rds.amazonaws.com»}"
SECRET_ID="mg/prod/policy-service/db"
NEW_PW="$(openssl rand -base64 24)"

export PGPASSWORD="${PGPASSWORD:-«S:pw#pgpolicy»}"   # old password, fallback for the first run

psql -h "$DB_HOST" -U mgadmin -d policy_core \
  -c "ALTER ROLE policy_svc WITH PASSWORD '${NEW_PW}';"

aws secretsmanager put-secret-value --secret-id "$SECRET_ID" --secret-string "$NEW_PW" \
  --profile «I=mg-prod-admin»

curl -s -X POST -H 'Content-type: application/json' --data '{"text":"policy db password rotated"}' \
  "«S:slack_hook»"
echo "rotated at $(date -u +%FT%TZ)"
