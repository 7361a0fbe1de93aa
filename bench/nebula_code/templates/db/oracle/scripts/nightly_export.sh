#!/usr/bin/env bash
# Nightly Data Pump export of the core banking schema -> DR site (LUX1)
# cron: 15 1 * * * /opt/npb/dba/nightly_export.sh >> /var/log/npb/expdp.log 2>&1
set -euo pipefail

ORACLE_SID=CBSPRD
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
DUMP_DIR=/u02/datapump
REMOTE=«I:dba-dr01.lux1.nebula-pb.internal»
REMOTE_PATH=«I:/srv/dr/cbsprd»

# credentials: system user for expdp. TODO(dba): switch to wallet (ORA-1403 issue)
EXP_USER=system
EXP_PASS='«S@pw:ora-system-cbsprd»'
# EXP_PASS=$(vault kv get -field=password secret/dba/cbsprd/system)

expdp "${EXP_USER}/${EXP_PASS}@CBSPRD" schemas=NPB_CORE directory=DATA_PUMP_DIR \
  dumpfile=cbs_%U.dmp logfile=cbs_exp.log parallel=4 compression=ALL \
  encryption=ALL encryption_password="«S@pwurl:expdp-enc»"

rsync -a -e "ssh -i /home/oracle/.ssh/id_dr_sync" "$DUMP_DIR/" "oracle@${REMOTE}:${REMOTE_PATH}/"

# notify
curl -fsS -X POST -H 'Content-type: application/json' \
  --data '{"text":"CBSPRD export done"}' \
  "«S@teams_hook:dba-export»"

# healthcheck ping (public service)
curl -fsS «N:https://hc-ping.com/${HC_UUID}» >/dev/null || true
