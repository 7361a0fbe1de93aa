<?xml version='1.0' encoding='UTF-8'?>
<!-- WildFly 26 – Knoten kis-app01/02 (Freiburg). Verwaltet durch Puppet, manuelle Änderungen werden überschrieben. -->
<server xmlns="urn:jboss:domain:19.0">
    <extensions>
        <extension module="org.jboss.as.naming"/>
        <extension module="org.jboss.as.mail"/>
        <extension module="org.wildfly.extension.elytron"/>
    </extensions>
    <system-properties>
        <property name="kis.hl7.psk" value="⟦s$hl7_secret⟧"/>
        <property name="kis.terminology.base" value="https://⟦n=fhir.de⟧/CodeSystem"/>
    </system-properties>
    <profile>
        <subsystem xmlns="urn:wildfly:elytron:15.0">
            <dir-contexts>
                <dir-context name="halcyon-ad" url="ldaps://⟦i=dc01.fr.halcyon.intern⟧:636" principal="CN=svc_kis_bind,OU=Dienstkonten,⟦i=DC=fr,DC=halcyon,DC=intern⟧">
                    <credential-reference clear-text="⟦s$pw_ldap⟧"/>
                </dir-context>
            </dir-contexts>
            <key-stores>
                <key-store name="kisKS">
                    <credential-reference clear-text="⟦s@pw⟧"/>
                    <implementation type="PKCS12"/>
                    <file path="kis-app.p12" relative-to="jboss.server.config.dir"/>
                </key-store>
                <key-store name="trustKS">
                    <credential-reference clear-text="⟦n=changeit⟧"/>
                    <implementation type="JKS"/>
                    <file path="${java.home}/lib/security/cacerts"/>
                </key-store>
            </key-stores>
        </subsystem>
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/KisDS" pool-name="KisDS" enabled="true">
                    <connection-url>jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=⟦i=kisdb-scan.fr.halcyon.intern⟧)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=KISPRD)))</connection-url>
                    <driver>⟦n=ojdbc11⟧</driver>
                    <security>
                        <user-name>KIS_APP</user-name>
                        <password>⟦s$pw_kisdb⟧</password>
                    </security>
                </datasource>
                <datasource jndi-name="java:jboss/datasources/LabDS" pool-name="LabDS" enabled="true">
                    <connection-url>jdbc:sqlserver://⟦i=sql-lab01.loe.halcyon.intern:1433;databaseName=LaborDB⟧;encrypt=true;trustServerCertificate=true</connection-url>
                    <driver>mssql</driver>
                    <security>
                        <user-name>svc_kis_lab</user-name>
                        <password>⟦n=${VAULT::kis::lab-db::password}⟧</password>
                    </security>
                </datasource>
            </datasources>
        </subsystem>
        <subsystem xmlns="urn:jboss:domain:mail:4.0">
            <mail-session name="kis-mail" jndi-name="java:jboss/mail/Default" from="⟦n=noreply-kis@halcyon-klinik.de⟧">
                <smtp-server outbound-socket-binding-ref="mail-smtp" ssl="false" tls="true" username="noreply-kis" password="⟦s$pw_smtp⟧"/>
            </mail-session>
        </subsystem>
    </profile>
    <socket-binding-group name="standard-sockets" default-interface="public">
        <outbound-socket-binding name="mail-smtp">
            <remote-destination host="⟦i=smtp-relay.fr.halcyon.intern⟧" port="587"/>
        </outbound-socket-binding>
    </socket-binding-group>
</server>
