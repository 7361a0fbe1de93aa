version: "3.9"

# Local development stack. Do not use these credentials anywhere else.
services:
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: «n=secret»
      MYSQL_DATABASE: baobab_wallet
      MYSQL_USER: wallet
      MYSQL_PASSWORD: «n=wallet»
    ports: ["3306:3306"]

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", «n="${REDIS_PASSWORD:-devpass}"»]

  rabbitmq:
    image: rabbitmq:3.12-management
    environment:
      RABBITMQ_DEFAULT_USER: guest
      RABBITMQ_DEFAULT_PASS: guest

  wallet-api:
    build: ./wallet-api
    env_file: wallet-api/.env
    depends_on: [mysql, redis, rabbitmq]
    ports: ["8000:8000"]

  ussd-gateway:
    build: ./ussd-gateway
    environment:
      REDIS_URL: «n=redis://:devpass@redis:6379/0»
      WALLET_API: http://wallet-api:8000

  settlement:
    build: ./settlement
    environment:
      SETTLEMENT_DSN: postgres://settlement:settlement@postgres:5432/ledger?sslmode=disable
      # point at the shared staging ledger instead of local pg:
      # SETTLEMENT_DSN: «s~postgres://settlement:{pwr:20#settle_stg_pw}@pg-ledger-stg.int.baobabpay.net:5432/ledger»
