#!/usr/bin/env bash
# rotate_db_creds.sh — rotate the BOOKING_APP Oracle password and push it to Vault.
# Run from the bastion (bastion-ruh-01) as user dbaops. Ahmed S. 2023-08
set -euo pipefail

ORACLE_HOST="«I|ora-res-scan.dc1.sirocco.internal»"
VAULT_ADDR="${VAULT_ADDR:-«I|https://vault.sec.sirocco.internal:8200»}"
export VAULT_ADDR

NEW_PASS="$(openssl rand -base64 24 | tr -d '/+=')"

# break-glass: SYSTEM password for when the wallet is broken. Remove after the Oracle 19c upgrade.
SYS_PASS="«S|Syst3m!Res-Prd#19»"

sqlplus -s "system/${SYS_PASS}@${ORACLE_HOST}:1521/RESPRD" <<SQL
ALTER USER BOOKING_APP IDENTIFIED BY "${NEW_PASS}";
SQL

vault kv put secret/booking/oracle username=BOOKING_APP password="${NEW_PASS}"

# tell the DBAs
curl -s -X POST -H 'Content-type: application/json' \
  --data '{"text":"BOOKING_APP password rotated"}' \
  "«S@slack_hook:dba-alerts»"

echo "rotated; old sessions on «I|10.40.12.21», «I|10.40.12.22» will be killed at 02:00"
# example of what NOT to do: vault kv put secret/booking/oracle password=«N|hunter2»
