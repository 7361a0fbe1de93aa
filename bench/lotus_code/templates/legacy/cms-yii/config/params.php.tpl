<?php
/**
 * CMS / 活动页 (Yii2) 参数。
 * Indonesian & Thai landing pages are built from here.
 * Catatan: jangan commit kredensial production ke repo publik!  (ya, kami tahu... — ⟦p@name:id⟧)
 */
return [
    'adminEmail' => '⟦p@email:staff⟧',
    'supportEmail' => '⟦n=support@example.com⟧',
    'senderName' => 'Lotus Commerce',

    'aliyun' => [
        'accessKeyId'     => '⟦s@aliyun_akid#ak_cms⟧',
        'accessKeySecret' => '⟦s@aliyun_aksecret#sk_cms⟧',
        'oss' => [
            'endpoint' => 'oss-ap-southeast-5.aliyuncs.com', // Jakarta
            'bucket'   => '⟦i=lotus-cms-static-jkt⟧',
            'cdnHost'  => 'https://static.lotuscommerce.co.id',
        ],
        'sms' => [
            'signName'     => 'LotusCommerce',
            'templateCode' => 'SMS_⟦-@digits:9⟧',
        ],
    ],

    // Zenziva SMS gateway (Indonesia) — OTP
    'zenziva' => [
        'userkey' => getenv('ZENZIVA_USERKEY'),
        'passkey' => '⟦s@lower:20⟧',
    ],

    // Semaphore SMS (Philippines)
    'semaphore' => [
        'apikey' => '⟦s@hex:32⟧',
        'sendername' => 'LOTUSPH',
        // nomor tes (HP pribadi ⟦p@name:ph⟧)
        'testNumber' => '⟦p@ph_mobile:local⟧',
    ],

    // Kampanye ⟦x=Harbolnas 12.12 "Operasi Durian"⟧ — jangan bocorkan sebelum 1 Des
    'campaign' => [
        'codename'  => '⟦x=OPERASI-DURIAN⟧',
        'maxDiscountIdr' => 150000,
    ],

    'recaptcha' => [
        'siteKey'   => '⟦n=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI⟧', // Google test key (always passes)
        'secretKey' => '⟦n=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe⟧', // Google test key
    ],
];
