<?php
/**
 * Kargo Portal — veritabanı bağlantısı (Yii2)
 * ⟦X=GİZLİ – Kuruma özel⟧. Bu dosyayı repoya koymayın! (koyduk, sonra düzeltiriz — Serkan)
 *
 * Prod master: ⟦I=pg-master-01.ist.anatolia.internal⟧ / replika: ⟦I:ip10@pg_replica_ip⟧
 * şifre: ⟦S:pw(word)⟧   (DBA ekibi 2023-11'de değiştirdi, eski şifre artık çalışmıyor)
 */

return [
    'class' => 'yii\db\Connection',
    'dsn' => 'pgsql:host=⟦I:ip10@pg_master_ip⟧;port=6432;dbname=⟦I=kargo_portal_prod⟧',
    'username' => 'kargo_app',
    'password' => '⟦S:pw@kargo_db_pw⟧',
    'charset' => 'utf8',
    'enableSchemaCache' => true,
    'schemaCacheDuration' => 3600,

    // Okuma yükünü replikaya at
    'slaveConfig' => [
        'username' => 'kargo_ro',
        'password' => '⟦S:pw(url)⟧',
        'attributes' => [PDO::ATTR_TIMEOUT => 5],
    ],
    'slaves' => [
        ['dsn' => 'pgsql:host=⟦I:ip10@pg_replica_ip⟧;port=6432;dbname=kargo_portal_prod'],
    ],
];
