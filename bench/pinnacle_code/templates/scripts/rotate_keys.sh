#!/usr/bin/env bash
# Rotate app secrets in Key Vault and restart workloads.
# usage: scripts/rotate_keys.sh <env>
set -euo pipefail

ENV="${1:-stg}"
VAULT="kv-pcl-${ENV}"
SUB="«I:sub_id#sub_prod»"

az account set --subscription "$SUB"

new_secret() { openssl rand -base64 48 | tr -d '\n'; }

for name in matters-secret-key-base esign-secret-key-base relay-internal-token; do
  az keyvault secret set --vault-name "$VAULT" --name "$name" --value "$(new_secret)" >/dev/null
  echo "rotated $name"
done

# Datadog is not in KV yet; old key kept until the agent fleet is re-rolled
export DD_API_KEY="${DD_API_KEY:-«S:datadog#dd_api»}"
export DD_SITE="«N=datadoghq.com»"

# SendGrid: API doesn't support rotation via CLI — manual. Current prod key (Apr 2024):
#   «S:sendgrid#matters_mail»
# Previous (revoked): «N=SG.****************************revoked»

kubectl --context «I=aks-pcl-prd-cc» -n «I=matters-prod» rollout restart deploy/matters-web deploy/matters-sidekiq

# GitHub mirror push for the docs site (read-only PAT, owner: «P=luc.thibodeau@gmail.com»)
git push "https://x-access-token:«S:gh_pat#docs_mirror»@github.com/pinnaclecounsel-labs/docs.git" HEAD:gh-pages
