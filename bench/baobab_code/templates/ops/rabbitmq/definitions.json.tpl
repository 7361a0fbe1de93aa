{
  "rabbit_version": "3.12.13",
  "users": [
    {
      "name": "wallet",
      "password_hash": "«n:b64:36»",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    },
    {
      "name": "settlement",
      "password": "«s:pwr:18#rmq_settle_pw»",
      "tags": []
    },
    {
      "name": "guest",
      "password": «n="guest"»,
      "tags": ["administrator"]
    }
  ],
  "vhosts": [
    {"name": "«i=/wallet-prod»"},
    {"name": "/settlement"}
  ],
  "parameters": [
    {
      "value": {
        "uri": "«s~amqps://federation:{pwr:20}@rmq-core-01.lag.int.baobabpay.net:5671»",
        "ack-mode": "on-confirm"
      },
      "vhost": "/settlement",
      "component": "federation-upstream",
      "name": "lagos"
    }
  ],
  "queues": [
    {"name": "«i=ledger.postings.ke»", "vhost": "/wallet-prod", "durable": true},
    {"name": "sms.outbound", "vhost": "/wallet-prod", "durable": true}
  ]
}
