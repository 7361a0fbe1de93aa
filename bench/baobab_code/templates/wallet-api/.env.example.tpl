APP_NAME="Baobab Wallet API"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=baobab_wallet
DB_USERNAME=root
DB_PASSWORD=«n=changeme»

REDIS_HOST=127.0.0.1

MPESA_ENV=sandbox
MPESA_CONSUMER_KEY=«n=<your-daraja-consumer-key>»
MPESA_SHORTCODE=«n=174379»
MPESA_PASSKEY=«n=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»

MOMO_SUBSCRIPTION_KEY=«n=${MOMO_SUBSCRIPTION_KEY}»
PAYSTACK_SECRET_KEY=«n=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
AFRICASTALKING_USERNAME=sandbox

AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
AWS_BUCKET=my-local-bucket
JWT_SECRET=«n=please-generate-with-php-artisan-jwt:secret»
