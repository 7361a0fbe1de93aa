# ------------------------------------------------------------
# lotus-order-service bootstrap 配置
# 注意：生产环境 namespace 不要改，改了会读不到配置（找 @⟦p@name:zh⟧）
# ------------------------------------------------------------
spring:
  application:
    name: lotus-order-service
  profiles:
    active: ${SPRING_PROFILES_ACTIVE:prod}
  cloud:
    nacos:
      discovery:
        server-addr: ${spring.cloud.nacos.config.server-addr}
        namespace: ${spring.cloud.nacos.config.namespace}
        group: ORDER_GROUP
      config:
        server-addr: ⟦i=nacos.ops.lotus-inner.net⟧:8848
        namespace: ⟦i@uuid#nacos_ns_prod⟧
        username: nacos_order
        password: ⟦s@pw:word#nacos_pw⟧
        file-extension: yaml
        shared-configs:
          - data-id: lotus-common-mysql.yaml
            refresh: true
          - data-id: lotus-common-redis.yaml
            refresh: true
#  dev 环境（本地调试用，已废弃）
#      config:
#        server-addr: 127.0.0.1:8848
#        username: nacos
#        password: nacos
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
