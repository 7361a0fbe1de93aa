replicaCount: 6

image:
  repository: «i=registry.int.baobabpay.net/platform/wallet-api»
  tag: "«n=2024.03.14-1f3c9ab»"

imagePullSecrets:
  - name: regcred

namespace: «i=wallet-prod»

env:
  APP_ENV: production
  DB_HOST: «i=10.40.12.21»
  DB_READ_HOST: «i=mysql-wallet-ro.ke.int.baobabpay.net»
  REDIS_URL: «s~redis://:{hex:32#redis_pw}@redis-ussd-01.ke.int.baobabpay.net:6379/0»
  FEATURE_MBUYU_CREDIT: "true"
  MBUYU_MAX_LIMIT_KES: "«r=15000»"     # Mbuyu launch cap, pre-announcement
  GCP_PROJECT: «i=baobab-prod-ke-7731»

secrets:
  existingSecret: wallet-api-secrets
  # inline overrides (to be removed once external-secrets is fixed in ke-1, see OPS-502)
  inline:
    PAYSTACK_SECRET_KEY: «s:paystack_sk#paystack_sk»
    AFRICASTALKING_API_KEY: «s:at_key#at_key»
    JWT_SECRET: «s:b64url:48#jwt_secret»

ingress:
  enabled: true
  className: nginx-internal
  hosts:
    - host: «i=wallet-api.ke.int.baobabpay.net»
      paths: ["/"]
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: «i=10.40.0.0/16,10.44.0.0/16»

podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/agent-inject-secret-db: «n=secret/data/wallet-api/prod/db»
