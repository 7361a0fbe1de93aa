<?php
// +----------------------------------------------------------------------
// | 卖家后台 (ThinkPHP 6) 数据库配置
// | 老系统，2025 年前下线。有问题找 ⟦p@name:zh⟧ / 分机 ⟦-@digits:4⟧ / 手机 ⟦p@cn_mobile⟧
// +----------------------------------------------------------------------

return [
    'default'     => env('database.driver', 'mysql'),
    'connections' => [
        'mysql' => [
            'type'     => 'mysql',
            'hostname' => '⟦i@rds_id#rds_seller⟧.mysql.rds.aliyuncs.com',
            'database' => 'lotus_seller',
            'username' => 'seller_app',
            'password' => '⟦s@pw#seller_db_pw⟧',
            'hostport' => '3306',
            'charset'  => 'utf8mb4',
            'prefix'   => 'ls_',
            'deploy'   => 1,
            'rw_separate' => true,
        ],
        // 只读从库（报表）
        'report' => [
            'type'     => 'mysql',
            'hostname' => '⟦i@priv_ip:192⟧',
            'database' => 'lotus_seller',
            'username' => 'report_ro',
            'password' => '⟦s@pw:pinyin⟧',
            'hostport' => '3307',
        ],
        // 本地开发
        'local' => [
            'type'     => 'mysql',
            'hostname' => '127.0.0.1',
            'username' => 'root',
            'password' => env('database.password', '⟦n=******⟧'),
        ],
    ],
];
