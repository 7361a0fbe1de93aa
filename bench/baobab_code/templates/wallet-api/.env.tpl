APP_NAME="Baobab Wallet API"
APP_ENV=production
APP_KEY=«s:laravel_key»
APP_DEBUG=false
APP_URL=https://wallet.«i=int.baobabpay.net»

LOG_CHANNEL=stack
LOG_LEVEL=info

# primary + read replica (Nairobi)
DB_CONNECTION=mysql
DB_HOST=«i=10.40.12.21»
DB_READ_HOST=«i=mysql-wallet-ro.ke.int.baobabpay.net»
DB_PORT=3306
DB_DATABASE=«i=baobab_wallet_prod»
DB_USERNAME=wallet_app
DB_PASSWORD=«s:pw#wallet_db_pw»

REDIS_HOST=«i=redis-ussd-01.ke.int.baobabpay.net»
REDIS_PASSWORD=«s:hex:32#redis_pw»
REDIS_PORT=6379

QUEUE_CONNECTION=rabbitmq
RABBITMQ_HOST=«i=rmq.core.int.baobabpay.net»
RABBITMQ_VHOST=/wallet-prod
RABBITMQ_USER=wallet
RABBITMQ_PASSWORD=«s:pwr:18#rmq_wallet_pw»

# Safaricom Daraja (M-Pesa) — production app "Baobab B2C"
MPESA_ENV=production
MPESA_CONSUMER_KEY=«s:alnum:48»
MPESA_CONSUMER_SECRET=«s:alnum:16»
MPESA_SHORTCODE=4108823
MPESA_PASSKEY=«s:hex:64#mpesa_passkey»
MPESA_INITIATOR_NAME=baobab_api
MPESA_INITIATOR_PASSWORD=«s:pw»

# MTN MoMo Collections (UG, GH)
MOMO_SUBSCRIPTION_KEY=«s:hex:32»
MOMO_API_KEY=«s:hex:32#momo_api_key»

PAYSTACK_SECRET_KEY=«s:paystack_sk#paystack_sk»
PAYSTACK_PUBLIC_KEY=«n:paystack_pk#paystack_pk»
FLUTTERWAVE_SECRET=«s:flw_sk»

AFRICASTALKING_USERNAME=baobabpay
AFRICASTALKING_API_KEY=«s:at_key#at_key»

MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_USERNAME=apikey
MAIL_PASSWORD=«s:sendgrid»
MAIL_FROM_ADDRESS=no-reply@baobabpay.com

AWS_ACCESS_KEY_ID=«s:aws_akid#aws_akid»
AWS_SECRET_ACCESS_KEY=«s:aws_secret#aws_secret»
AWS_DEFAULT_REGION=eu-west-1
AWS_BUCKET=«i=baobab-kyc-docs-prod»

SENTRY_ENVIRONMENT=production
JWT_SECRET=«s:b64url:48#jwt_secret»
FEATURE_MBUYU_CREDIT=false   # nano-loans, internal codename «r=Project Jacaranda», flip on for Kenya soft launch
