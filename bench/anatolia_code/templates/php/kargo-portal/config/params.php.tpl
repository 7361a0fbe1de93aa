<?php
// Uygulama parametreleri. Ödeme anahtarları normalde Vault'tan gelir,
// ama local geliştirmede aşağıdaki değerler kullanılıyor.
// TODO(Kerem): prod anahtarlarını buradan kaldır!!!

return [
    'adminEmail' => '⟦P:staff_email⟧',
    'supportEmail' => '⟦N=destek@example.com⟧',
    'senderName' => 'Anatolia Logistik',
    'bsVersion' => '⟦N=4.6.2⟧',

    // iyzico (canlı)
    'iyzico' => [
        'baseUrl' => 'https://api.iyzipay.com',
        'apiKey' => '⟦S:iyzico⟧',
        'secretKey' => '⟦S:iyzico⟧',
    ],
    // iyzico sandbox — dokümandaki test kartı: ⟦N=5528790000000008⟧ (12/30, CVC 123)
    'iyzicoSandbox' => [
        'baseUrl' => 'https://sandbox-api.iyzipay.com',
        'apiKey' => '⟦N=sandbox-xxxxxxxxxxxxxxxxxxxxxxxx⟧',
        'secretKey' => getenv('⟦N=IYZICO_SANDBOX_SECRET⟧'),
    ],

    // PayTR iFrame API
    'paytr' => [
        'merchant_id' => '318204',
        'merchant_key' => '⟦S:paytr⟧',
        'merchant_salt' => '⟦S:paytr⟧',
        'test_mode' => 0,
    ],

    // Netgsm SMS — usercode = firma sabit hattı
    'netgsm' => [
        'usercode' => '8508850123',
        'password' => '⟦S:pw(simple)⟧',
        'msgheader' => 'ANATOLIA',
    ],

    // Komisyon formülü — ⟦X=GİZLİ: satıcı komisyonu = max(%7.5 * sepet, 18 TL) + desi * 2.35⟧
    'commission' => ['rate' => 0.075, 'min' => 18, 'desiFactor' => 2.35],
];
