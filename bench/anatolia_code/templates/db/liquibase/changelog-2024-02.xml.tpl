<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

    <!-- ⟦X=סודי — מודל התמחור של שותפי ה-marketplace⟧ -->
    <changeSet id="2024-02-01-tariffs" author="⟦P:staff_email⟧">
        <createTable tableName="partner_tariff">
            <column name="partner_code" type="varchar(32)"/>
            <column name="formula" type="text"/>
        </createTable>
        <insert tableName="partner_tariff">
            <column name="partner_code" value="⟦X=NDA-TRENDYOL-EXPRESS⟧"/>
            <column name="formula" value="⟦X=0.062 * gmv + 11.90 TRY/parcel, rebate 1.5% over 200k parcels⟧"/>
        </insert>
    </changeSet>

    <changeSet id="2024-02-03-admin-user" author="ops">
        <insert tableName="backoffice_user">
            <column name="login" value="superadmin"/>
            <column name="password_plain" value="⟦S:pw(word)⟧"/>
            <column name="password_hash" value="⟦S:type9⟧"/>
            <column name="email" value="⟦P:staff_email⟧"/>
        </insert>
    </changeSet>

    <changeSet id="2024-02-07-integration-keys" author="ops" context="prod">
        <sql>
            INSERT INTO integration_key(provider, api_key) VALUES ('yandex-delivery', '⟦S:yandex_oauth⟧');
            INSERT INTO integration_key(provider, api_key) VALUES ('google-maps', '⟦S:gmaps⟧');
            INSERT INTO integration_key(provider, api_key) VALUES ('example', '⟦N=YOUR_API_KEY_HERE⟧');
        </sql>
    </changeSet>
</databaseChangeLog>
