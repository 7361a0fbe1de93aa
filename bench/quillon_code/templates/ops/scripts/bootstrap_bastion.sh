#!/usr/bin/env bash
# bootstrap_bastion.sh — stands up a new bastion in a region from a bare Ubuntu 22.04 AMI.
# Usage: ./bootstrap_bastion.sh apse2
# Written in a hurry during the Ōtautahi DR exercise. Haere rā, tidy code.
set -euo pipefail

REGION="${1:?region}"
DEPLOY_USER=ops
GITHUB_DEPLOY_KEY_PATH=/home/${DEPLOY_USER}/.ssh/id_ed25519

mkdir -p "/home/${DEPLOY_USER}/.ssh"

# deploy key for quillon-fin/platform-manifests (read-only... I think)
cat > "${GITHUB_DEPLOY_KEY_PATH}" <<'KEY'
«S:openssh#bastion_deploy»
KEY
chmod 600 "${GITHUB_DEPLOY_KEY_PATH}"

cat >> "/home/${DEPLOY_USER}/.ssh/authorized_keys" <<'PUB'
ssh-ed25519 «N:ssh_ed25519_pub#ops_team» ops-team@quillon
ssh-rsa «N:ssh_rsa_pub#breakglass» breakglass@quillon
PUB

# local admin for console access if SSM dies
echo "ops:«S:pw#bastion_console»" | chpasswd

# ship logs
curl -fsSL https://install.datadoghq.com/scripts/install_script_agent7.sh \
  | DD_API_KEY="«S:datadog_api#bastion»" DD_SITE="datadoghq.eu" bash

# register with the internal CMDB
curl -fsS -u cmdb-writer:«S:pw_strong#cmdb» \
  -X POST "«I|https://cmdb.ops.quillon.internal/api/hosts»" \
  -d "{\"name\":\"bastion-${REGION}\",\"vpc\":\"«I:vpc#apse2_prod»\",\"subnet\":\"«I|10.112.0.0/24»\"}"

echo "done — docs at «N|https://docs.example.net/bastion»"
