<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services — mobile money rails
    |--------------------------------------------------------------------------
    | Values come from .env in every environment. Never hardcode production
    | credentials here (see SEC-114).
    */

    'mpesa' => [
        'env' => env('MPESA_ENV', 'sandbox'),
        'consumer_key' => «n=env('MPESA_CONSUMER_KEY')»,
        'consumer_secret' => env('MPESA_CONSUMER_SECRET'),
        'shortcode' => env('MPESA_SHORTCODE', '174379'),
        'passkey' => env('MPESA_PASSKEY'),
        'callback_url' => env('MPESA_CALLBACK', 'https://«i=callbacks.int.baobabpay.net»/mpesa/stk'),
        'b2c_timeout_url' => '«i~http://10.40.8.15:8081/internal/b2c/timeout»',
    ],

    'momo' => [
        'base_url' => 'https://proxy.momoapi.mtn.com',
        'target_environment' => env('MOMO_TARGET_ENV', 'mtnuganda'),
        'subscription_key' => env('MOMO_SUBSCRIPTION_KEY'),
        // sandbox user created via the provisioning API, safe to share
        'sandbox_user' => '«n=c72025f5-5cd1-4630-99e4-8ba4722fad56»',
    ],

    'orange_money' => [
        'merchant_key' => env('OM_MERCHANT_KEY', '«s:hex:40»'),
        'authorization' => 'Basic ' . '«s:b64:48»',
        'country' => 'CI',
    ],

    'africastalking' => [
        'username' => env('AFRICASTALKING_USERNAME', 'sandbox'),
        'api_key' => «n=config('secrets.at_api_key')»,
        'sender_id' => 'BAOBAB',
    ],

    'slack' => [
        'ops_webhook' => env('SLACK_OPS_WEBHOOK', '«s:slack_hook#ops_hook»'),
        'fraud_channel' => '#fraud-alerts',
    ],

    'smile_identity' => [
        'api_key' => «n=env('SMILE_API_KEY', '')»,
        'sid_server' => 1,
    ],
];
