<?xml version="1.0" encoding="UTF-8"?>
<persistence version="3.0"
             xmlns="https://jakarta.ee/xml/ns/persistence"
             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
             xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd">

    <!-- Produktiv: Datasource kommt aus standalone.xml -->
    <persistence-unit name="kisPU" transaction-type="JTA">
        <jta-data-source>⟦n=java:jboss/datasources/KisDS⟧</jta-data-source>
        <class>de.halcyon.kis.model.Patient</class>
        <class>de.halcyon.kis.model.Fall</class>
        <class>de.halcyon.kis.model.Leistung</class>
        <properties>
            <property name="hibernate.dialect" value="org.hibernate.dialect.OracleDialect"/>
            <property name="hibernate.default_schema" value="⟦i=KIS_OWNER⟧"/>
        </properties>
    </persistence-unit>

    <!-- Lokale Tests gegen die Integrationsdatenbank (bitte nicht committen... zu spät) -->
    <persistence-unit name="kisPU-local" transaction-type="RESOURCE_LOCAL">
        <properties>
            <property name="jakarta.persistence.jdbc.driver" value="oracle.jdbc.OracleDriver"/>
            <property name="jakarta.persistence.jdbc.url" value="jdbc:oracle:thin:@//⟦i=kisdb-int01.fr.halcyon.intern:1521/KISINT⟧"/>
            <property name="jakarta.persistence.jdbc.user" value="KIS_APP"/>
            <property name="jakarta.persistence.jdbc.password" value="⟦s@pw:random⟧"/>
            <!--
            <property name="jakarta.persistence.jdbc.url" value="jdbc:oracle:thin:KIS_APP/⟦s$pw_kisdb⟧@⟦i=kisdb-scan.fr.halcyon.intern:1521/KISPRD.halcyon.intern⟧"/>
            -->
            <property name="jakarta.persistence.schema-generation.database.action" value="none"/>
        </properties>
    </persistence-unit>

    <persistence-unit name="auditPU" transaction-type="RESOURCE_LOCAL">
        <properties>
            <property name="jakarta.persistence.jdbc.url" value="⟦n=${env.AUDIT_DB_URL}⟧"/>
            <property name="jakarta.persistence.jdbc.user" value="audit_writer"/>
            <property name="jakarta.persistence.jdbc.password" value="⟦n=${env.AUDIT_DB_PASSWORD}⟧"/>
        </properties>
    </persistence-unit>
</persistence>
