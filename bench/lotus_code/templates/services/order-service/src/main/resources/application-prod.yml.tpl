server:
  port: 8081
  tomcat:
    max-threads: 400

spring:
  datasource:
    type: com.alibaba.druid.pool.DruidDataSource
    driver-class-name: com.mysql.cj.jdbc.Driver
    # 主库 PolarDB (新加坡 ap-southeast-1)
    url: jdbc:mysql://⟦i@polardb_id#polar_order⟧.rwlb.singapore.rds.aliyuncs.com:3306/lotus_order?useUnicode=true&characterEncoding=utf8mb4&serverTimezone=Asia/Singapore
    username: order_rw
    password: ⟦s@pw#order_db_pw⟧
    druid:
      initial-size: 10
      max-active: 200
  redis:
    host: ⟦i@redis_id#redis_sess⟧.redis.rds.aliyuncs.com
    port: 6379
    password: ⟦s@pw:url#redis_pw⟧
    database: 3
    lettuce:
      pool:
        max-active: 64

rocketmq:
  name-server: ⟦i=rocketmq-ns.sg.lotus-inner.net⟧:9876
  producer:
    group: lotus-order-producer
    access-key: ⟦s@aliyun_akid#ak_order⟧
    secret-key: ⟦s@aliyun_aksecret#sk_order⟧

alipay:
  gateway: https://openapi.alipay.com/gateway.do
  app-id: ⟦i@alipay_appid#alipay_app⟧
  sign-type: RSA2
  # 应用私钥 (PKCS8)，2024-01 重新生成，旧的已作废
  private-key: ⟦s@pk8_oneline#alipay_pk⟧
  # 支付宝公钥，可以公开
  alipay-public-key: ⟦n@rsa_pub⟧
  notify-url: https://api.lotuscommerce.sg/pay/alipay/notify

lotus:
  order:
    auto-close-minutes: 30
    # ⟦x=机密⟧：大促期间 SKU 限购 & 黄牛拦截阈值，勿外传
    scalper-block-threshold: ⟦x=0.913⟧
    max-orders-per-device-per-hour: 17
  oss:
    endpoint: https://oss-ap-southeast-1.aliyuncs.com
    bucket: ⟦i=lotus-prod-order-invoice-sg⟧
    access-key-id: ${OSS_AK_ID:⟦n=your_access_key_id⟧}
    access-key-secret: ${OSS_AK_SECRET:⟦n=your_access_key_secret⟧}
