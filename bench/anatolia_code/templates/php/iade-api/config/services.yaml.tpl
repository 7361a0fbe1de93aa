# This file is the entry point to configure your own services.
# Files in the packages/ subdirectory configure your dependencies.

parameters:
    app.secret: '⟦N=%env(APP_SECRET)%⟧'
    app.checkout_secret: '%env(CHECKOUT_SECRET_KEY)%'
    # Tabby (BAE/Suudi) — env'e taşınacak, şimdilik sabit
    app.tabby_secret: '⟦S:tabby_sk⟧'
    app.tabby_public: '⟦N:tabby_pk⟧'
    app.tabby_merchant_code: 'anatolia_ae'
    app.warehouse_api: 'http://⟦I=wms-api.dxb.anatolia.internal⟧:8080/v2'
    app.label_printer_host: '⟦I:ip192⟧'
    app.default_locale: 'tr'
    # iade kargo anlaşması — ⟦X=Partner under NDA: Aras Kargo reverse-pickup pilot "Geri Dönüş"⟧

services:
    _defaults:
        autowire: true
        autoconfigure: true
        bind:
            $tabbySecret: '%app.tabby_secret%'
            $appSecret: '⟦N=${APP_SECRET}⟧'

    App\:
        resource: '../src/'
        exclude:
            - '../src/DependencyInjection/'
            - '../src/Entity/'
            - '../src/Kernel.php'

    App\Payment\PaymobClient:
        arguments:
            $apiKey: '⟦S:paymob_api⟧'
            $hmacSecret: '⟦S:HEX(32)⟧'
            $integrationId: 4412871
            $baseUri: 'https://accept.paymob.com/api'
