# Apollo 导出: AppId=lotus-payment-gateway  Cluster=sg-prod  Namespace=application
# 导出人: ⟦p@name:zh⟧  导出时间: 2024-03-02 14:21:07
# !!! ⟦x=CONFIDENTIAL - 只允许支付中台查看⟧ !!!
app.id = lotus-payment-gateway
apollo.meta = http://⟦i=apollo-meta.sz.lotus-inner.net⟧:8080

# ---------------- 微信支付 v3 (服务商模式) ----------------
wxpay.sp-mchid = ⟦i@mchid#sp_mchid⟧
wxpay.sp-appid = ⟦-@wx_appid#wx_sp_appid⟧
wxpay.api-v3-key = ⟦s@alnum:32#wx_v3key⟧
wxpay.merchant-serial-number = ⟦-@HEX:40#wx_serial⟧
wxpay.private-key-path = /data/cert/wxpay/apiclient_key.pem
wxpay.notify-url = https://api.lotuscommerce.sg/pay/wx/notify

# ---------------- Xendit (Indonesia / Philippines) ----------------
xendit.secret-key = ⟦s@xendit#xendit_prod⟧
# xendit.secret-key.dev = ${XENDIT_DEV_KEY}

# ---------------- Midtrans (Indonesia) ----------------
midtrans.is-production = true
midtrans.server-key = ⟦s@midtrans_server#midtrans_srv⟧
midtrans.merchant-id = ⟦i@midtrans_mid⟧

# ---------------- 2C2P (Thailand / Vietnam) ----------------
c2p.secret-key = ⟦s@HEX:64⟧
c2p.endpoint = https://pgw.2c2p.com/payment/4.3/

# ---------------- Opn Payments / Omise (Thailand) ----------------
omise.secret-key = ⟦s@omise_skey#omise_sk⟧
omise.public-key = ⟦n@omise_pkey_test⟧

# ---------------- GCash via PayMongo (Philippines) ----------------
paymongo.secret-key = ⟦s@paymongo⟧
gcash.client-id = ${GCASH_CLIENT_ID}
gcash.client-secret = ⟦n=${GCASH_CLIENT_SECRET}⟧

# 风控: 单笔超过该金额(SGD)进人工审核。⟦x=风控阈值属于公司机密⟧
risk.manual-review.amount = ⟦x=4880⟧
risk.velocity.max-cards-per-device = 3
