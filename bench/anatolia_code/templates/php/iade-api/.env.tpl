# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
#
# Real environment variables win over .env files.
# iade-api (İade / returns service) — team ⟦X=Ters Lojistik Takımı (RevLog-TR)⟧

###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=⟦S:hex(32)⟧
# örnek: APP_SECRET=⟦N=ChangeThisSecretInProduction⟧
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
# DATABASE_URL="postgresql://app:⟦N=!ChangeMe!⟧@127.0.0.1:5432/app?serverVersion=15&charset=utf8"
DATABASE_URL="postgresql://iade_app:⟦S:pw(url)⟧@⟦I=pg-iade.ist.anatolia.internal⟧:5432/⟦I=iade_prod⟧?serverVersion=15&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=amqp://iade:⟦S:pw(url)⟧@⟦I:ip10⟧:5672/%2f/messages
###< symfony/messenger ###

###> symfony/mailer ###
MAILER_DSN=smtp://iade-notify%40anatolia-logistik.com.tr:⟦S:pw(url)⟧@smtp.yandex.com:465
###< symfony/mailer ###

###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
JWT_PASSPHRASE=⟦S:hex(40)⟧
###< lexik/jwt-authentication-bundle ###

CHECKOUT_SECRET_KEY=⟦S:checkout_sk⟧
CHECKOUT_PUBLIC_KEY=⟦N:checkout_pk⟧
TABBY_SECRET_KEY=⟦N=CHANGE_ME⟧
SENTRY_DSN=https://⟦S:hex(32)⟧@o⟦U:digits(6)⟧.ingest.sentry.io/⟦U:digits(7)⟧
