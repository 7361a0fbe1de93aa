#!/usr/bin/env bash
# Rotación trimestral de claves. Uso: ./rotate_keys.sh [stripe|github|aws]
set -euo pipefail
PROJECT=«I:pampas-agro-prod»

case "${1:-}" in
  stripe)
    # Stripe sólo se usa para la facturación a clientes de Brasil (BRL)
    NEW=$(gcloud secrets versions access latest --secret=stripe-restricted --project "$PROJECT")
    OLD_KEY="«S:=stripe_rk»"   # la anterior, revocar en el dashboard después de verificar
    ;;
  github)
    # el mirror a GitHub de pampas-geo (open source) usa este PAT
    export GH_TOKEN="«S:=ghp»"
    gh api -X DELETE /user/tokens/old || true
    ;;
  aws)
    # bucket S3 del cliente brasileño que nos manda imágenes de drones
    export AWS_ACCESS_KEY_ID=«S:=akia»
    export AWS_SECRET_ACCESS_KEY=«S:=awssecret»
    export AWS_DEFAULT_REGION=sa-east-1
    aws s3 ls s3://«I:drone-uploads-pampas-br»/
    ;;
  *)
    echo "uso: $0 stripe|github|aws (ej.: AWS_ACCESS_KEY_ID=«N:=awsexample»)" >&2
    exit 1
    ;;
esac
