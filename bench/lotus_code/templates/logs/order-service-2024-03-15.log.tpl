2024-03-15 02:00:01.114 INFO  [main] c.l.order.OrderApplication - Started OrderApplication in 21.337 seconds (JVM running for 23.01)
2024-03-15 02:00:01.120 INFO  [main] c.a.n.client.config.impl.ClientWorker - [fixed-⟦i@priv_ip:10#nacos1⟧_8848-⟦i@uuid#nacos_ns_prod⟧] [subscribe] lotus-order-service.yaml+ORDER_GROUP
2024-03-15 09:12:44.502 INFO  [http-nio-8081-exec-12] c.l.order.web.OrderController - createOrder buyerId=⟦-@digits:8⟧ ip=⟦p@pub_ip⟧ deviceId=⟦p@android_id⟧
2024-03-15 09:13:02.019 WARN  [http-nio-8081-exec-4] c.l.risk.RiskClient - risk score 0.91 > block, order blocked buyerIp=⟦p@pub_ip⟧ ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" idfa=⟦p@idfa⟧
2024-03-15 09:15:37.660 ERROR [http-nio-8081-exec-7] c.l.pay.XenditClient - disbursement failed: 401 Unauthorized, key=⟦s@xendit#xendit_prod⟧
2024-03-15 09:15:37.661 ERROR [http-nio-8081-exec-7] c.l.pay.XenditClient - response body: {"error_code":"INVALID_API_KEY","message":"API key is invalid"}
2024-03-15 10:02:19.004 INFO  [http-nio-8081-exec-9] c.l.auth.TokenFilter - Authorization: Bearer ⟦s@jwt⟧
2024-03-15 10:40:55.871 WARN  [redisson-netty-2-4] o.redisson.client.handler.CommandsQueue - connection lost redis://:⟦s@pw:url#redis_pw⟧@⟦i@redis_id#redis_sess⟧.redis.rds.aliyuncs.com:6379
2024-03-15 11:18:06.902 INFO  [http-nio-8081-exec-1] c.l.pay.CardService - bind card holder=⟦p@name:ph⟧ pan=⟦p@visa⟧ exp=09/27
2024-03-15 11:19:52.778 INFO  [http-nio-8081-exec-6] c.l.kyc.SingpassCallback - myinfo ok uinfin=⟦p@nric:G⟧ name="⟦p@name:en⟧" dob=⟦p@dob⟧
2024-03-15 11:20:44.316 INFO  [http-nio-8081-exec-3] c.l.health.Probe - upstream check ok: ⟦n=https://status.example.com/ping⟧ build=⟦n@gitsha⟧
2024-03-15 11:20:44.317 INFO  [http-nio-8081-exec-3] c.l.health.Probe - docs ip range ok: ⟦n=203.0.113.42⟧ ⟦n=198.51.100.7⟧
