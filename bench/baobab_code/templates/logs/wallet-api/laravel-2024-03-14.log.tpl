[2024-03-14 08:01:20] production.INFO: transfer accepted {"wallet":"WLT-7F3A21","to":"«p=+254711382604»","amount":2500,"currency":"KES","score":0.21}
[2024-03-14 08:02:11] production.INFO: mpesa b2c result {"ConversationID":"AG_20240314_2010730f8d1c6a3b","ResultCode":0,"ReceiverPartyPublicName":"«p=254722418907 - Wanjiru Njeri Kamau»"}
[2024-03-14 08:09:44] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'wallet_app'@'«i=10.40.12.40»' (using password: YES) {"exception":"[object] (PDOException(code: 1045))"}
[2024-03-14 08:09:44] production.ERROR: connection string was «s~mysql://wallet_app:{pw#wallet_db_pw}@10.40.12.21:3306/baobab_wallet_prod»
[2024-03-14 08:17:02] production.WARNING: KYC mismatch {"customer":"«p=Olúwaṣeun Adébáyọ̀ Ògúnlékè»","bvn":"«p:bvn»","reason":"name_mismatch","score":0.62}
[2024-03-14 08:21:36] production.INFO: paystack webhook verified {"event":"charge.success","customer_email":"«p=seun.ogunleke@yahoo.com»","card":"«n=506099******1234»"}
[2024-03-14 08:30:00] production.INFO: scheduler ran {"task":"fx:refresh","duration_ms":412}
[2024-03-14 08:31:15] production.NOTICE: transfer blocked {"wallet":"WLT-19BB03","score":0.87,"rule":"sim_swap_72h","ip":"«p=102.89.45.118»"}
[2024-03-14 08:44:51] production.DEBUG: outbound request {"url":"https://api.paystack.co/transfer","headers":{"Authorization":"Bearer «s:paystack_sk#paystack_sk»"}}
[2024-03-14 08:52:10] production.INFO: session created {"user_id":88213,"cookie":"laravel_session=«s:b64:60»"}
[2024-03-14 09:00:00] production.INFO: daily limits reset {"wallets":1283310}
