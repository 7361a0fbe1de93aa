# orders-service secrets — TODO: switch to SealedSecrets (ticket PLAT-812)
apiVersion: v1
kind: Secret
metadata:
  name: orders-service
  namespace: ⟦I=orders-prod⟧
type: Opaque
stringData:
  DATABASE_URL: "postgresql://orders:⟦S:pw(url)⟧@⟦I=pg-orders.ist.anatolia.internal⟧:5432/orders_prod"
  JWT_SECRET: "⟦S:jwt_secret⟧"
  CHECKOUT_SK: "⟦S:checkout_sk⟧"
  SENTRY_AUTH_TOKEN: "⟦S:sentry_token⟧"
data:
  # base64 — "не шифрование", я знаю
  REDIS_PASSWORD: ⟦S:b64(18)⟧
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-service
  namespace: ⟦I=orders-prod⟧
spec:
  replicas: 4
  selector:
    matchLabels: {app: orders-service}
  template:
    metadata:
      labels: {app: orders-service}
    spec:
      containers:
        - name: app
          image: ⟦I=cr.yandex/crp1k8s9a2b3c4d5e6f7/orders-service⟧:⟦N=1.42.3⟧
          envFrom:
            - secretRef: {name: orders-service}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: orders-service, key: ⟦N=DB_PASSWORD⟧}
