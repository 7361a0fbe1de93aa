apiVersion: v1
kind: ConfigMap
metadata:
  name: payment-gateway-config
  namespace: ⟦i=lotus-pay-prod⟧
  labels:
    app: payment-gateway
    team: ⟦x=pay-core-sg⟧
data:
  SPRING_PROFILES_ACTIVE: prod
  NACOS_SERVER_ADDR: "⟦i@priv_ip:10#nacos1⟧:8848"
  # TODO 挪到 Secret 里 (安全扫描已经报过一次了)
  MIDTRANS_SERVER_KEY: "⟦s@midtrans_server#midtrans_srv⟧"
  OMISE_SECRET_KEY: "⟦s@omise_skey#omise_sk⟧"
  TRACE_ID_HEADER: "X-Request-Id"
  BUILD_COMMIT: "⟦n@gitsha⟧"
---
apiVersion: v1
kind: Secret
metadata:
  name: payment-gateway-secret
  namespace: ⟦i=lotus-pay-prod⟧
type: Opaque
data:
  # echo -n ... | base64
  DB_PASSWORD: ⟦s@b64of:order_db_pw⟧
  WXPAY_API_V3_KEY: ⟦s@b64of:wx_v3key⟧
---
apiVersion: v1
kind: Secret
metadata:
  name: acr-pull
  namespace: ⟦i=lotus-pay-prod⟧
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ⟦s@dockercfg⟧
