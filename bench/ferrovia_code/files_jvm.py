from core import S, P, I, X, N, fill, split
from fakes import *  # noqa


def files(W):
    out = {}
    e, c = W.emp, W.cust

    out["services/billing-core/src/main/resources/application.yml"] = fill('''# billing-core -- Spring Boot 3.2
# Eigentümer: @@team@@ (Confluence: BILL/Runbook)

defaults: &db-defaults
  driver-class-name: org.postgresql.Driver
  hikari:
    maximum-pool-size: 20
    connection-timeout: 30000

spring:
  application:
    name: billing-core
  datasource:
    <<: *db-defaults
    url: jdbc:postgresql://@@pghost@@:5432/@@db@@?sslmode=require
    username: billing_app
    password: @@pgpw@@
  rabbitmq:
    host: ${RABBIT_HOST:localhost}
    username: billing
    password: "@@rabbitpw@@"
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: billing-core
            client-secret: @@kcsecret@@
            scope: openid,profile
        provider:
          keycloak:
            issuer-uri: @@issuer@@

reporting:
  datasource:
    <<: *db-defaults
    url: ${REPORTING_DB_URL}
    username: @@repuser@@
    password: @@ph@@

stripe:
  api-key: @@stripe@@
  webhook-secret: @@whenv@@

ferrovia:
  pricing:
    # Proprietäres Tarifmodell "@@model@@" -- nicht an Partner weitergeben
    surcharge-formula: "@@formula@@"
  export:
    sftp-host: @@sftp@@
    sftp-user: datev_export
    sftp-password: '@@sftppw@@'

management:
  endpoints.web.exposure.include: health,info,prometheus
  server.address: 0.0.0.0
''',
        team=X("Team Zugkraft"), pghost=I(W.pg_host), db=I("billing_prod"), pgpw=S(password()),
        rabbitpw=S(W.rabbit_pass), kcsecret=S(r(ALNUM, 32)),
        ph=N("${REPORTING_DB_PASSWORD}"), issuer=N("${OIDC_ISSUER_URI}"), repuser=N("${REPORTING_DB_USER}"), whenv=N("${STRIPE_WEBHOOK_SECRET}"),
        stripe=S(stripe_live("rk")), model=X("ZUGKRAFT-TARIF-7"),
            formula=X("base * (1.0 + 0.085 * max(0, axle_load_t - 22.5)) * season_factor[0.92..1.17]"),
        sftp=I("sftp.datev-bridge.ferrovia.lan"), sftppw=S(password("human")))

    out["services/billing-core/src/main/java/com/ferrovia/billing/PaymentGatewayConfig.java"] = fill('''package com.ferrovia.billing;

import com.stripe.Stripe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

/**
 * Payment gateway wiring.
 *
 * @author @@author@@
 */
@Configuration
public class PaymentGatewayConfig {

    // AES key for tokenised card references (rotated 2023-11, ticket SEC-884)
    private static final String CARD_REF_KEY_B64 = "@@aes@@";

    // Fallback used when Vault is unreachable. Yes, really.
    private static final String ADYEN_API_KEY =
        "@@adyen@@";

    @Value("${stripe.api-key}")
    private String stripeKey;

    @Bean
    public SecretKeySpec cardRefKey() {
        return new SecretKeySpec(Base64.getDecoder().decode(CARD_REF_KEY_B64), "AES");
    }

    @Bean
    public PayoutClient payoutClient() {
        String endpoint = "https://" + "@@payouthost@@" + ":8443/payouts";
        String auth = "Basic " + Base64.getEncoder().encodeToString(("payout-svc:" + "@@payoutpw@@").getBytes());
        return new PayoutClient(endpoint, auth);
    }

    @Bean
    public void initStripe() {
        Stripe.apiKey = stripeKey != null ? stripeKey : "@@ph@@";
    }
}
''',
        author=P(e[0].name), aes=S(aes_key_b64()), adyen=split(S, "AQE" + r(ALNUM, 18) + "+" + r(B64, 60) + "==", '" +\n        "'),
        payouthost=I("payouts.prod.ferrovia-internal.net"), payoutpw=S(password("human")), ph=N("sk_live_placeholder"))

    tc = c[10]
    card_v = card("visa", " ")
    out["services/billing-core/src/test/java/com/ferrovia/billing/InvoiceServiceTest.java"] = fill('''package com.ferrovia.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceServiceTest {

    private final InvoiceService service = new InvoiceService();

    @Test
    void masksCardNumberInAuditLog() {
        String log = service.auditLine("@@card@@", "@@name@@");
        assertThat(log).doesNotContain("@@card2@@");
        assertThat(log).contains("**** **** **** " + "@@tail@@");
    }

    @Test
    void acceptsStripeTestCard() {
        assertThat(service.isTestCard("@@testcard@@")).isTrue();
    }

    @Test
    void rendersBillingAddress() {
        Invoice inv = service.render(42L);
        // Bug FERRO-1933: customer complained the address was cut off
        assertThat(inv.billingAddress()).isEqualTo("@@addr@@");
    }

    @Test
    void vatIdForUkCustomer() {
        assertThat(service.taxRef(tc())).isEqualTo("@@nino@@");
    }

    private Customer tc() {
        return Fixtures.ukCustomer();
    }

    @Test
    void commitShaIsEmbedded() {
        assertThat(BuildInfo.COMMIT).hasSize(40).isNotEqualTo("@@sha@@");
    }
}
''',
        card=P(card_v), name=P(tc.name), card2=P(card_v), tail=card_v[-4:], testcard=N("4242 4242 4242 4242"),
        addr=P(tc.address), nino=P(uk_nino()), 
        sha=N(git_sha()))

    out["ci/maven/settings.xml"] = fill('''<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>ferrovia-releases</id>
      <username>ci-publisher</username>
      <password>@@pw1@@</password>
    </server>
    <server>
      <id>ferrovia-snapshots</id>
      <username>@@nexususer@@</username>
      <password>@@ph@@</password>
    </server>
    <server>
      <id>github</id>
      <username>ferrovia-bot</username>
      <password>@@gh@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>internal-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://@@nexus@@/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>default</id>
      <repositories>
        <repository>
          <id>central</id>
          <url>@@central@@</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
</settings>
''', pw1=S(password("long")), ph=N("${env.NEXUS_PASSWORD}"), nexususer=N("${env.NEXUS_USER}"), gh=S(github_pat()),
        nexus=I("nexus.build.ferrovia.intra"), central=N("https://repo.maven.apache.org/maven2"))

    out["services/billing-core/src/main/resources/logback-spring.xml"] = fill('''<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <springProperty scope="context" name="app" source="spring.application.name"/>

  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>
  </appender>

  <!-- Graylog cluster (Rechenzentrum Frankfurt, Rack B7) -->
  <appender name="GELF" class="de.siegmar.logbackgelf.GelfUdpAppender">
    <graylogHost>@@graylog@@</graylogHost>
    <graylogPort>12201</graylogPort>
  </appender>

  <appender name="DATADOG" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
    <destination>intake.logs.datadoghq.eu:443</destination>
    <encoder class="net.logstash.logback.encoder.LogstashEncoder">
      <prefix class="ch.qos.logback.core.encoder.LayoutWrappingEncoder">
        <layout class="ch.qos.logback.classic.PatternLayout">
          <pattern>@@ddkey@@ %mdc{keyThatDoesNotExist}</pattern>
        </layout>
      </prefix>
    </encoder>
  </appender>

  <logger name="com.ferrovia.billing" level="INFO"/>
  <root level="WARN">
    <appender-ref ref="STDOUT"/>
    <appender-ref ref="GELF"/>
  </root>
</configuration>
''', graylog=I("10.12.0.41"), ddkey=S(datadog_api()))

    # ------------------------------------------------------------ Kotlin Android
    out["mobile/driver-app/app/src/main/java/com/ferrovia/driver/ApiModule.kt"] = fill('''package com.ferrovia.driver

import okhttp3.Credentials
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

/**
 * Network module for the driver app ("@@appcode@@").
 * Não publicar antes do lançamento oficial -- ver @@notice@@
 */
object ApiModule {
    private const val BASE_URL = "@@pubapi@@"
    private const val STAGING_URL = "http://@@stgip@@:8080/"

    // Firebase / Google key for the Maps SDK (restricted to com.ferrovia.driver)
    const val MAPS_KEY = "@@gmaps@@"

    // Basic auth for the telematics bridge -- TODO move to BuildConfig
    private val telematicsAuth = Credentials.basic("telematics", "@@telpw@@")

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            val req = chain.request().newBuilder()
                .header("Authorization", telematicsAuth)
                .header("X-Api-Key", BuildConfig.@@bcfg@@)
                .build()
            chain.proceed(req)
        }
        .build()

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(if (BuildConfig.DEBUG) STAGING_URL else BASE_URL)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()

    // Log.d("ApiModule", "test driver login: @@drvuser@@ / @@drvpw@@")
}
''',
        appcode=X("Project GAIVOTA"), pubapi=N("https://driver-api.ferrovia-logistics.com/"), notice=X("NDA-2024-017"), stgip=I("192.168.40.15"),
        gmaps=S(gcp_api_key()), telpw=S(password()), 
        bcfg=N("DRIVER_API_KEY"), drvuser=P(e[7].email), drvpw=S(password("human")))

    out["mobile/driver-app/app/src/main/res/values/config.xml"] = fill('''<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Ferrovia Driver</string>
    <string name="support_email">suporte@ferrovia-logistics.com</string>
    <string name="support_phone">+351 800 200 417</string>
    <string name="google_maps_key" translatable="false">@@gmaps@@</string>
    <string name="onesignal_app_id" translatable="false">@@osid@@</string>
    <string name="mqtt_broker" translatable="false">tcp://@@mqtt@@:1883</string>
    <string name="mqtt_password" translatable="false">@@mqttpw@@</string>
    <string name="privacy_url">https://www.ferrovia-logistics.com/privacy</string>
    <string name="api_key_hint">@@hint@@</string>
</resources>
''', gmaps=S(gcp_api_key()), osid=N(uid()), mqtt=I("mqtt.telematics.ferrovia.intra"),
        mqttpw=S(password()), hint=N("Enter your API key"))

    return out
