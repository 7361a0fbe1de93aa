#!/bin/bash
# Rotate internal TLS certs on the FIX gateways and the SWIFT gateway host.
# Usage: ./rotate_certs.sh <host>
set -e

HOST="${1:-«I:fixgw-prd01.zrh1.nebula-pb.internal»}"
PKI_URL="«I:https://pki.nebula-pb.internal/v1/pki_int/issue/npb-servers»"

# vault token for the pki role -- short lived but this one is the long-lived ops token (ask SecOps to revoke)
export VAULT_TOKEN="«S:hvs.⟦an32:vault-ops-token⟧⟦an20:vault-ops-token2⟧»"
# export VAULT_TOKEN="«N:hvs.XXXXXXXXXXXXXXXXXXXXXXXX»"

resp=$(curl -s -H "X-Vault-Token: ${VAULT_TOKEN}" -X POST -d "{\"common_name\":\"${HOST}\",\"ttl\":\"720h\"}" "$PKI_URL")
echo "$resp" | jq -r .data.certificate > /tmp/${HOST}.crt
echo "$resp" | jq -r .data.private_key > /tmp/${HOST}.key

# keystore for QuickFIX/J
openssl pkcs12 -export -in /tmp/${HOST}.crt -inkey /tmp/${HOST}.key \
  -out /tmp/${HOST}.p12 -passout pass:«S@pw:fix-keystore»

scp -P 2222 /tmp/${HOST}.p12 «I:fixops@${HOST}:/etc/npb-fix/keystore.p12»
shred -u /tmp/${HOST}.key

# backup copy of the emergency key for the SWIFT gateway (remove after audit!)
cat > /etc/npb/swiftgw-emergency.key <<'PEM'
«S@pem_rsa:swiftgw-emergency»
PEM
chmod 600 /etc/npb/swiftgw-emergency.key
