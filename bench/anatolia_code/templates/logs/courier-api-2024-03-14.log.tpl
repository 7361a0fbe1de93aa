2024-03-14T07:58:12.114+03:00 INFO  [http-nio-8080-exec-3] c.a.c.AuthController - login ok phone=⟦P:phone(tr_e164)⟧ ip=⟦P:cust_ip⟧ ua="AnatoliaCourier/5.12.0 (Android 13)"
2024-03-14T07:58:12.530+03:00 DEBUG [http-nio-8080-exec-3] c.a.c.AuthController - issued token=⟦S:jwt(courier)⟧
2024-03-14T07:59:01.002+03:00 INFO  [http-nio-8080-exec-7] c.a.c.ShipmentController - POST /v3/shipments from ⟦P:cust_ip⟧ recipient="⟦P:name(tr)⟧" tckn=⟦P:tckn⟧
2024-03-14T07:59:44.417+03:00 WARN  [http-nio-8080-exec-1] c.a.p.IyzicoClient - payment failed card=⟦P:pan⟧ exp=09/27 customer=⟦P:email(tr)⟧ code=10051
2024-03-14T08:00:03.881+03:00 INFO  [http-nio-8080-exec-2] c.a.p.IyzicoClient - sandbox test card=⟦N=5528790000000008⟧ ok
2024-03-14T08:01:15.090+03:00 ERROR [scheduler-1] c.a.s.SmsSender - Netgsm error 30 for usercode=8508850123 password=⟦S:pw(simple)⟧ (invalid credentials?)
2024-03-14T08:02:40.771+03:00 INFO  [http-nio-8080-exec-9] c.a.c.CourierController - location update courier=5512 at ⟦P:gps_sp(ist)⟧ ip=⟦P:cust_ip⟧
2024-03-14T08:03:10.004+03:00 DEBUG [http-nio-8080-exec-4] o.a.h.wire - >> "Authorization: Basic ⟦S:basic(partner-aras)⟧[\r][\n]"
2024-03-14T08:03:10.008+03:00 DEBUG [http-nio-8080-exec-4] o.a.h.wire - >> "X-Request-Id: ⟦N:uuid⟧[\r][\n]"
2024-03-14T08:05:22.650+03:00 INFO  [http-nio-8080-exec-5] c.a.c.ShipmentController - recipient ⟦P:name(ru)⟧ тел. ⟦P:phone(ru)⟧ адрес "⟦P:addr(ru)⟧"
2024-03-14T08:06:00.000+03:00 INFO  [main] c.a.Application - build ⟦N:git_sha⟧ started on ⟦I=courier-api-7f9c-2.ist.anatolia.internal⟧
2024-03-14T08:07:31.219+03:00 WARN  [http-nio-8080-exec-8] c.a.c.AuthController - failed login phone=⟦P:phone(ae_e164)⟧ ip=⟦P:cust_ip⟧ attempts=5
2024-03-14T08:09:12.377+03:00 INFO  [http-nio-8080-exec-6] c.a.c.HealthController - GET /health from ⟦N=127.0.0.1⟧
