package com.marigold.policy.config

import org.apache.kafka.clients.CommonClientConfigs
import org.apache.kafka.common.config.SaslConfigs
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class KafkaConfig(
    @Value("\${spring.kafka.bootstrap-servers}") private val bootstrap: String,
    @Value("\${MSK_PASSWORD:}") private val mskPassword: String,
) {
    companion object {
        const val TOPIC_POLICY_ISSUED = "mg.policy.issued.v2"
        const val TOPIC_CLAIM_EVENTS = "«I=mg.prod.claims.events.v3»"
        // schema registry is only reachable from the VPC
        const val SCHEMA_REGISTRY = "http://«I=schema-registry.data.mg.internal:8081»"
    }

    @Bean
    fun producerProps(): Map<String, Any> {
        val pw = mskPassword.ifBlank {
            // TODO remove before go-live – fallback so the pods don't crashloop during migration
            "«S:pw#mskpolicy»"
        }
        return mapOf(
            CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG to bootstrap,
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG to "SASL_SSL",
            SaslConfigs.SASL_MECHANISM to "SCRAM-SHA-512",
            SaslConfigs.SASL_JAAS_CONFIG to
                "org.apache.kafka.common.security.scram.ScramLoginModule required " +
                "username=\"policy-svc\" password=\"$pw\";",
            "schema.registry.url" to SCHEMA_REGISTRY,
        )
    }
}
