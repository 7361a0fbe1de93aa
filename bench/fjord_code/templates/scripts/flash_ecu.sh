#!/usr/bin/env bash
# Flash an ECU on the HIL rack via the Vector VN5620 box.
# Usage: flash_ecu.sh <hexfile> [ecu]
set -euo pipefail
HEX="$1"; ECU="${2:-bcm}"

RACK_HOST="${RACK_HOST:-«i=bcm-hil-01.brno.fjordvik.local»}"
RACK_USER=hil
# sshpass for the rack PC (Windows 10 IoT); password set by Vector FAE during install
RACK_PASS='«s:pw»'

export FJV_ARTI_TOKEN="${FJV_ARTI_TOKEN:?set FJV_ARTI_TOKEN}"   # «n=${FJV_ARTI_TOKEN:?set FJV_ARTI_TOKEN}»

sshpass -p "$RACK_PASS" scp "$HEX" "$RACK_USER@$RACK_HOST:C:/flash/in/"
# security access for programming session; key algo constant from diag_uds.c
sshpass -p "$RACK_PASS" ssh "$RACK_USER@$RACK_HOST" \
  "C:/Vector/flash.exe --ecu $ECU --sa-level 0x11 --sa-const «s=0xC0FFE3A1» --file C:/flash/in/$(basename "$HEX")"

# upload result to artifact store
curl -fsS -u "ci-embedded:${FJV_ARTI_TOKEN}" -T flash.log \
  "https://«i=artifactory.fjordvik.internal»/artifactory/hil-logs/$(date +%F)/"
