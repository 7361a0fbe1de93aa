#!/usr/bin/env bash
# Deploy a service to GKE. Usage: scripts/deploy.sh <service> <tag>
set -euo pipefail

SERVICE="${1:?service}"
TAG="${2:?tag}"
PROJECT="${GCP_PROJECT:-«I=kaiju-prod-381204»}"
CLUSTER="gke-core-tyo-prod"
REGISTRY="asia-northeast1-docker.pkg.dev/${PROJECT}/apps"

NS="${K8S_NAMESPACE:?set K8S_NAMESPACE, see deploy/k8s/<service>}"

gcloud container clusters get-credentials "$CLUSTER" --region asia-northeast1 --project "$PROJECT"
kubectl -n "$NS" set image "deploy/kaiju-$SERVICE" app="$REGISTRY/kaiju-$SERVICE:$TAG"
kubectl -n "$NS" rollout status "deploy/kaiju-$SERVICE" --timeout=5m

# notify #deploys
curl -sS -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"deployed kaiju-$SERVICE:$TAG to $NS\"}" \
  "${SLACK_DEPLOY_WEBHOOK:-«S!slack_hook@deploy_slack»}"

# Datadog deploy marker
curl -sS -X POST "https://api.datadoghq.com/api/v1/events" \
  -H "DD-API-KEY: ${DD_API_KEY:-«S!hex|32@dd_api»}" \
  -d "{\"title\":\"deploy kaiju-$SERVICE\",\"tags\":[\"env:prod\"]}"
