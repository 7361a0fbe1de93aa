// Kafka broker JAAS — cluster: lotus-events-jkt
// Pengelola: tim Data Platform (⟦p@name:id⟧)
KafkaServer {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="admin"
    password="⟦s@pw:word⟧";
};

KafkaClient {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="order-producer"
    password="⟦s@pw⟧";
};

Client {
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="zkadmin"
    password="⟦s@pw:pinyin⟧";
};
