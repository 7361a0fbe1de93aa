# 本地 / 测试环境一键启动（QA 机器: ⟦i=qa-box-07.lotus-inner.net⟧）
version: "3.8"
services:
  mysql:
    image: ⟦n=mysql:8.0.36⟧
    environment:
      MYSQL_ROOT_PASSWORD: ⟦s@pw:simple⟧
      MYSQL_DATABASE: lotus_mall
      MYSQL_USER: lotus
      MYSQL_PASSWORD: ⟦n=${MYSQL_PASSWORD}⟧
    ports: ["3306:3306"]
    volumes:
      - ./sql/init:/docker-entrypoint-initdb.d

  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "⟦s@pw:url⟧"]

  nacos:
    image: nacos/nacos-server:v2.3.1
    environment:
      MODE: standalone
      NACOS_AUTH_ENABLE: "true"
      NACOS_AUTH_TOKEN: ⟦s@b64:32⟧
      NACOS_AUTH_IDENTITY_KEY: serverIdentity
      NACOS_AUTH_IDENTITY_VALUE: security

  order-service:
    build:
      context: ../services/order-service
      args:
        NEXUS_PASS: ${NEXUS_PASS}
    environment:
      SPRING_PROFILES_ACTIVE: test
      SPRING_DATASOURCE_URL: jdbc:mysql://mysql:3306/lotus_mall
      SPRING_DATASOURCE_PASSWORD: ⟦n=${MYSQL_PASSWORD:-changeme}⟧
      OSS_AK_ID: ${OSS_AK_ID}
    depends_on: [mysql, redis, nacos]
