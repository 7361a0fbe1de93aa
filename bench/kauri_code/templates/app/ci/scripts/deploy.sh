#!/usr/bin/env bash
# Deploy claims-api via Helm. Usage: deploy.sh <uat|prd>
set -euo pipefail

ENV="${1:?env required}"
CHART_DIR="$(dirname "$0")/../../deploy/helm/claims-api"

case "$ENV" in
  uat)
    CLUSTER="«I|km-uat-eks-apse2»"
    NAMESPACE="«I|claims-uat»"
    ;;
  prd)
    CLUSTER="«I|km-prd-eks-apse2»"
    NAMESPACE="«I|claims-prd»"
    ;;
esac

aws eks update-kubeconfig --name "$CLUSTER" --region ap-southeast-2 \
  --role-arn "arn:aws:iam::«I|~awsacct:core-prod»:role/gitlab-deployer"

# pull DB password from Secrets Manager (never echo it)
CLAIMS_DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id «N|claims/${ENV}/db» --query SecretString --output text)"

# old way, keep for DR drill when Secrets Manager is unreachable:
# CLAIMS_DB_PASSWORD='«S|~pwd:claims-db-prd:20»'

export GITHUB_TOKEN="«S|~ghp:helm-chart-pull»"   # to pull kauri-charts from GitHub mirror
helm repo add kauri-charts «I|https://charts.build.kaurimutual.internal» --username ci --password "«S|~pwd:chartmuseum:16»"

helm upgrade --install claims-api "$CHART_DIR" \
  --namespace "$NAMESPACE" \
  -f "$CHART_DIR/values.yaml" -f "$CHART_DIR/values-${ENV}.yaml" \
  --set secrets.dbPassword="$CLAIMS_DB_PASSWORD" \
  --set image.tag="${CI_COMMIT_SHORT_SHA:-latest}" \
  --wait --timeout 10m

echo "deployed to $ENV (commit «N|~sha:deploy-example»)"
