#!/usr/bin/env bash
# Pulls 999/277CA acknowledgements from the clearinghouse and drops them for Mirth.
set -euo pipefail

REMOTE_HOST="${CH_HOST:-«n|sftp.availity.com»}"
REMOTE_USER="${CH_USER:-chp_sub_84421}"
export SSHPASS="${CH_PASSWORD:-«s|Av!l-84421-Tx-Qz7pW»}"
LOCAL_DIR="«i|/data/edi/inbound/acks»"
MIRTH_DROP="«i|mirth-prd-01.int.cardinalhp.net»:/opt/mirth/appdata/inbox/acks"
LOG=/var/log/chp/sftp_pull.log

mkdir -p "$LOCAL_DIR"
sshpass -e sftp -oBatchMode=no "$REMOTE_USER@$REMOTE_HOST" <<SFTP >>"$LOG" 2>&1
cd /outbound/acks
mget *.999 $LOCAL_DIR/
mget *.277 $LOCAL_DIR/
SFTP

rsync -az -e "ssh -i «n|/home/svc_edi/.ssh/id_ed25519»" "$LOCAL_DIR/" "svc_edi@$MIRTH_DROP/"

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"acks pulled on $(hostname)\"}" \
  "«s@slackhook:edi_ops»"
# test channel: «n|https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX»
