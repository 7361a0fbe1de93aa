# Kafka broker 3 — Jakarta (ap-southeast-5)
broker.id=3
listeners=SASL_PLAINTEXT://⟦i@priv_ip:172#kafka3_ip⟧:9093
advertised.listeners=SASL_PLAINTEXT://⟦i=kafka-03.jkt.lotus-inner.net⟧:9093
security.inter.broker.protocol=SASL_PLAINTEXT
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
# inter-broker creds (dipindah ke JAAS tapi belum dihapus dari sini)
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="⟦s@pw:url⟧";
num.network.threads=8
num.io.threads=16
log.dirs=/data1/kafka-logs,/data2/kafka-logs
num.partitions=12
log.retention.hours=168
zookeeper.connect=⟦i=zk-jkt.lotus-inner.net⟧:2181/kafka-jkt
zookeeper.connection.timeout.ms=18000
group.initial.rebalance.delay.ms=3000
