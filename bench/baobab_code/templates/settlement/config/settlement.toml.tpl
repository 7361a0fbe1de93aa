# settlement service configuration — production
[server]
listen = "«n=0.0.0.0:9090»"
metrics = ":9091"

[database]
host = "«i=pg-ledger-01.int.baobabpay.net»"
port = 5432
name = "ledger"
user = "settlement"
password = "«s:pwr:20#settle_pw»"
max_conns = 20

[rabbitmq]
url = "«s~amqps://settlement:{pwr:18#rmq_settle_pw}@rmq.core.int.baobabpay.net:5671/settlement»"
exchange = "ledger.events"

[sftp.safaricom]
host = "«i=sftp-b2b.safaricom.co.ke»"
user = "«i=baobab_4108823»"
key_file = "/etc/settlement/keys/safaricom_ed25519"

[sftp.mtn_ng]
host = "«i=10.250.4.12»"   # via IPsec tunnel to MTN NG
user = "baobabpay"
password = "«s:pw»"

[corridors.KE]
cutoff = "23:59:59+03:00"
float_account = "«n=${KE_FLOAT_ACCOUNT}»"
bank = "Equity Bank Kenya"

[corridors.NG]
cutoff = "23:59:59+01:00"
float_account = "LDG-NG-FLOAT-01"
sweep_threshold_ngn = «r=45000000»     # sweep to treasury above this

[corridors.CI]
cutoff = "23:59:59+00:00"
ledger_account = "LDG-CI-FLOAT-01"
# Orange Money CI commercial terms (signed 2024-02, not announced): «r=0.45% settlement fee, T+1»

