2024-03-14T07:58:01.112Z INFO  server listening on :3000 (pid 1, node v20.11.1)
2024-03-14T07:58:01.240Z INFO  redis connected «i=redis-ussd-01.ke.int.baobabpay.net:6379» db=0
2024-03-14T08:01:12.551Z INFO  ussd session=ATUid_4e1b2c8f msisdn=«p=+254722418907» code=*384*22# text="" ip=«i=10.44.7.12»
2024-03-14T08:01:19.004Z INFO  ussd session=ATUid_4e1b2c8f msisdn=«p=+254722418907» text="1*«p=0711382604»*2500" step=confirm
2024-03-14T08:01:24.870Z WARN  wallet-api slow response 2381ms path=/internal/transfers upstream=«i=10.40.12.31:9000»
2024-03-14T08:03:47.330Z INFO  ussd session=ATUid_9a07d112 msisdn=«p=+255713660482» code=*150*88# text="4" lang=sw
2024-03-14T08:05:02.918Z ERROR pin verification failed msisdn=«p=+254745661209» attempts=3 locked=true
2024-03-14T08:11:55.274Z DEBUG http POST /ussd/callback from «p=41.90.64.187» ua="AfricasTalking/1.0" x-forwarded-for=«p=105.163.2.44»
2024-03-14T08:12:40.006Z DEBUG outbound auth header Authorization: Bearer «s:jwt:254722418907»
2024-03-14T08:14:21.760Z INFO  healthcheck from 127.0.0.1 ok
2024-03-14T08:20:33.129Z INFO  ussd session=ATUid_c0ffee01 msisdn=+254700000000 text="" synthetic=true
