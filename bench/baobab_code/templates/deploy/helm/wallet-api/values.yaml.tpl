# Default values for wallet-api. Override per environment.
replicaCount: 2

image:
  repository: ghcr.io/example/wallet-api
  tag: "«n=1.0.0»"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 8080

env:
  APP_ENV: local
  DB_HOST: mysql
  DB_PASSWORD: «n=changeme»
  REDIS_URL: redis://redis:6379

secrets:
  # Reference an existing Secret; values are injected by external-secrets
  existingSecret: «n=wallet-api-secrets»
  jwtSecretKeyRef:
    name: wallet-api-secrets
    key: JWT_SECRET

resources:
  requests:
    cpu: 250m
    memory: 512Mi
