2024-03-12 07:58:02,114 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full ⟦n=26.1.3.Final⟧ started in 41233ms
2024-03-12 07:58:03,020 INFO  [de.halcyon.kis.boot] (ServerService Thread Pool -- 71) Verbinde mit Datasource KisDS als KIS_APP
2024-03-12 08:01:15,877 INFO  [de.halcyon.kis.auth] (default task-12) Login erfolgreich user=⟦p$doc1|login⟧ client=⟦i=10.20.33.117⟧ ws=⟦i=FR-KAR-PC0412⟧
2024-03-12 08:01:44,302 INFO  [de.halcyon.kis.audit] (default task-12) user=⟦p$doc1|login⟧ öffnet Akte pid=⟦p$pat1_mrn⟧ grund=Behandlung
2024-03-12 08:03:09,551 WARN  [de.halcyon.kis.auth] (default task-7) Login fehlgeschlagen user=⟦p@name#log3|login⟧ client=⟦p@ip_public⟧ via VPN ⟦i=vpn-gw01.halcyon.intern⟧ (3. Versuch)
2024-03-12 08:15:27,118 ERROR [de.halcyon.kis.lab.LabImport] (EJB default - 3) Import fehlgeschlagen
java.sql.SQLRecoverableException: IO-Fehler: The Network Adapter could not establish the connection (CONNECTION_ID=⟦n=kQ2xN8vZT0mB3fHcLp7wEg==⟧)
	at oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:858)
	at de.halcyon.kis.lab.LabImport.connect(LabImport.java:88)
Caused by: url=jdbc:oracle:thin:KIS_LAB/⟦s@pw⟧@⟦i=10.20.4.21⟧:1522:ABRP01
2024-03-12 08:22:40,990 DEBUG [de.halcyon.kis.sms] (default task-19) POST https://api.websms.com/rest/smsmessaging/text Authorization: Bearer ⟦s$sms_key⟧ to=⟦p@phone:AT,mobile⟧
2024-03-12 08:22:41,203 INFO  [de.halcyon.kis.sms] (default task-19) SMS zugestellt (Termin Radiologie 14.03.)
2024-03-12 09:10:05,447 INFO  [de.halcyon.kis.audit] (default task-31) user=⟦p$nurse1|login⟧ Diagnose erfasst pid=⟦p$pat2_mrn⟧ icd=⟦n=C34.1⟧
2024-03-12 09:12:00,000 INFO  [de.halcyon.kis.health] (Timer-1) Healthcheck OK, Build ⟦n@sha1⟧
