# Applied manually during the ke-1 cluster bootstrap (OPS-388). Should be a SealedSecret!
apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: «i=ledger-prod»
type: Opaque
data:
  # echo -n '...' | base64
  DB_PASSWORD: «s:b64@ledger_pw»
  JWT_SECRET: «s:b64@jwt_secret»
  DB_USER: bGVkZ2VyX3J3
---
apiVersion: v1
kind: Secret
metadata:
  name: registry-pull
  namespace: ledger-prod
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"«i=registry.int.baobabpay.net»":{"username":"ci-bot","password":"«s:dckr»"}}}'
---
apiVersion: v1
kind: Secret
metadata:
  name: ledger-grpc-tls
  namespace: ledger-prod
type: kubernetes.io/tls
stringData:
  tls.crt: |
    «n:pem:cert:4»
  tls.key: |
    «s:pem:ec:4»
---
apiVersion: v1
kind: Secret
metadata:
  name: example-placeholder
  namespace: default
stringData:
  token: «n=REPLACE_ME»
