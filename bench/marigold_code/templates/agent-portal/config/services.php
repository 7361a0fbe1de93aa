<?php

return [
    'msg91' => [
        'auth_key' => env('MSG91_AUTH_KEY'),
        'sender' => 'MGASUR',
        'dlt_entity_id' => '«I=1201161234567890123»',
    ],

    'razorpay' => [
        'key' => env('RAZORPAY_KEY', '«N=rzp_test_XXXXXXXXXXXXXX»'),
        'secret' => env('RAZORPAY_SECRET', '«S:al:24»'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN', '«S:slack_bot»'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#agent-payouts'),
        ],
    ],

    'ckyc' => [
        // CERSAI CKYC registry SFTP (India)
        'host' => '«I=ckyc-sftp.mg.internal»',
        'username' => 'MGAS_FI_0931',
        'password' => env('CKYC_SFTP_PASSWORD', '«N=secret»'),
        'private_key_path' => storage_path('keys/ckyc_id_rsa'),
    ],
];
