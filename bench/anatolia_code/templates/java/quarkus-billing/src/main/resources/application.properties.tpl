# billing-service (Quarkus 3)
# ⟦X=Конфиденциально⟧: тарифная сетка партнёров, не публиковать
quarkus.application.name=billing-service
quarkus.http.port=8081

quarkus.datasource.db-kind=postgresql
quarkus.datasource.username=billing
quarkus.datasource.password=⟦S:pw⟧
quarkus.datasource.jdbc.url=jdbc:postgresql://⟦I:ip10⟧:5432/⟦I=billing_prod⟧
%dev.quarkus.datasource.password=⟦N=${DB_PASSWORD:changeit}⟧
%test.quarkus.datasource.jdbc.url=jdbc:h2:mem:test

quarkus.oidc.auth-server-url=https://⟦I=sso.anatolia.internal⟧/realms/anatolia
quarkus.oidc.client-id=billing-service
quarkus.oidc.credentials.secret=⟦S:keycloak⟧

kafka.bootstrap.servers=⟦I=kafka-1.ist.anatolia.internal⟧:9093
kafka.security.protocol=SASL_SSL
kafka.sasl.mechanism=SCRAM-SHA-512
kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="billing" password="⟦S:pw(url)⟧";

# Paymob Egypt (Cairo team)
paymob.api-key=⟦S:paymob_api⟧
paymob.hmac=⟦S:HEX(32)⟧
paymob.integration.card=4412871
paymob.integration.wallet=4412893

# Tariff: ⟦X=base_fee_egp = 38 + 4.2*km + 0.9*kg (Cairo metro, confidential)⟧
billing.tariff.eg.base=38
billing.tariff.eg.per-km=4.2
billing.tariff.eg.per-kg=0.9

quarkus.mailer.host=⟦I=relay.ist.anatolia.internal⟧
quarkus.mailer.username=billing-notify
quarkus.mailer.password=⟦S:pw(url)⟧
quarkus.log.category."tr.anatolia".level=DEBUG
