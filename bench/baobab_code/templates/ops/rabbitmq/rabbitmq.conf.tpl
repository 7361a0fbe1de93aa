## RabbitMQ 3.12 — core broker (Nairobi + Lagos federation)
listeners.tcp = none
listeners.ssl.default = 5671

ssl_options.cacertfile = /etc/rabbitmq/tls/ca.pem
ssl_options.certfile   = /etc/rabbitmq/tls/server.pem
ssl_options.keyfile    = /etc/rabbitmq/tls/server.key
ssl_options.verify     = verify_peer

cluster_formation.peer_discovery_backend = classic_config
cluster_formation.classic_config.nodes.1 = «i=rabbit@rmq-core-01.ke.int.baobabpay.net»
cluster_formation.classic_config.nodes.2 = «i=rabbit@rmq-core-02.ke.int.baobabpay.net»

default_user = admin
default_pass = «s:pwr:24»
default_vhost = /

management.tcp.port = 15672
management.tcp.ip   = «i=10.40.20.11»

# Federation upstream to Lagos DC
# amqps://federation:<password>@«i=rmq-core-01.lag.int.baobabpay.net»:5671
loopback_users.guest = true
