<?php

use Illuminate\Support\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'mysql' => [
            'driver' => 'mysql',
            'read' => [
                'host' => [env('DB_READ_HOST', '«i=10.40.12.22»')],
            ],
            'write' => [
                'host' => [env('DB_HOST', '127.0.0.1')],
            ],
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => «n=env('DB_PASSWORD', '')»,
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'strict' => true,
        ],

        // Ledger lives on Postgres since the 2023 migration (see docs/runbooks)
        'ledger' => [
            'driver' => 'pgsql',
            'url' => env('LEDGER_DATABASE_URL', '«s~postgres://ledger_rw:{pwr:16#ledger_pw}@pg-ledger-01.int.baobabpay.net:5432/ledger»'),
            'search_path' => 'public',
            'sslmode' => 'require',
        ],

        'reporting' => [
            'driver' => 'mysql',
            'host' => '«i=reporting-db.lag.int.baobabpay.net»',
            'database' => '«i=bbp_reporting»',
            'username' => 'metabase_ro',
            // TODO(kelechi): move to vault before audit — temporary
            'password' => '«s:pw#reporting_pw»',
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => «n=env('REDIS_PASSWORD')»,
            'port' => env('REDIS_PORT', '6379'),
            'database' => '0',
        ],
    ],
];
