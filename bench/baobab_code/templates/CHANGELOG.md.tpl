# Changelog

## 2024.03.14
- wallet-api: block transfers on SIM swap < 72h (risk RP-12)
- ussd-gateway: Yoruba menu (thanks «p=Ìyábọ̀ Adéwùmí» for the translations)
- settlement: switch MTN NG SFTP to the IPsec tunnel («i=10.250.4.12»)

## 2024.03.01
- agent app 4.7.2: biometric login
- fix: PIN pad crash on Tecno Spark 10 (reported by a Mombasa agent)
- chore: bump laravel/framework to 10.48.4

## 2024.02.19
- settlement: fuzzy matcher v2 (accept threshold raised to 0.74)
- ops: move Redis sentinel to the new ussd-prod nodes
- security: rotated Paystack secret after leak in CI logs (old key «s:paystack_sk» revoked? — TODO confirm)

## 2024.01.30
- initial «r=Kiboko» overdraft behind flag (codename, do not mention in release notes — «r=Equity Bank co-lending at 11% APR»)
