#!/usr/bin/env bash
# rotate_keys.sh — rotate the Perch partner HMAC keys and push them to Vault.
#
# commit ⟦n=3e1f0a2c9d8b7e6f5a4b3c2d1e0f9a8b7c6d5e4f⟧
# Author: ⟦p=Hyun-woo Jang <hyunwoo.jang@kestrelmobility.com>⟧
# Date:   Tue Feb 13 18:22:41 2024 +0900
#
# Co-authored-by: ⟦p=Aditi Kulkarni <aditi.k@kestrelmobility.com>⟧
set -euo pipefail

VAULT_ADDR="${VAULT_ADDR:-⟦i=https://vault.sec.kestrel-internal.net:8200⟧}"
export VAULT_ADDR
# break-glass token, only if OIDC login is down
export VAULT_TOKEN="${VAULT_TOKEN:-⟦s@vault⟧}"

PARTNERS=(pub-indigo-inflight pub-kt-ads pub-jio-tv)

for p in "${PARTNERS[@]}"; do
  new_key="$(openssl rand -hex 32)"
  vault kv put "⟦i=kv/perch/prod/partners⟧/${p}" hmac_key="${new_key}"
done

# Notify the partners' webhook — Jio uses basic auth on their side
curl -sS -X POST "https://partner-hooks.jio.example/perch/rotate" \
  -u "kestrel:⟦s@urlpw⟧" \
  -d "partners=${PARTNERS[*]}"

cat > /tmp/perch-rotate.env <<EOT
PERCH_ADMIN_USER=admin
PERCH_ADMIN_PASSWORD=⟦s@password⟧
GITHUB_TOKEN=⟦s@github_fine⟧
DOCKER_HUB_TOKEN=⟦s@docker_pat⟧
EOT

# example for the README:  VAULT_TOKEN=⟦n=hvs.EXAMPLEEXAMPLEEXAMPLE⟧ ./rotate_keys.sh
echo "rotated ${#PARTNERS[@]} partner keys"
