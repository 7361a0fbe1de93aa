# Personal overrides — copied from Tunde's machine for the Lagos demo
services:
  wallet-api:
    environment:
      PAYSTACK_SECRET_KEY: «s:paystack_sk»
      DB_HOST: «n=host.docker.internal»
    extra_hosts:
      - "«i=ledger.int.baobabpay.net:10.40.14.5»"
  ussd-gateway:
    environment:
      AT_API_KEY: «n=${AT_API_KEY}»
      AT_USERNAME: sandbox
