= Betriebshandbuch KIS-Plattform
:author: ⟦p$it1⟧
:revnumber: 3.4
:toc: left
:classification: ⟦c=Streng vertraulich – interne Verwendung⟧

[WARNING]
====
Dieses Dokument enthält Zugangsdaten für den Notfallbetrieb. ⟦c=Nur für den internen Gebrauch⟧.
====

== Systemlandschaft

[cols="2,3",options="header"]
|===
|System |Host
|KIS-Datenbank (RAC) |⟦i=kisdb-scan.fr.halcyon.intern⟧
|PACS Zürich |⟦i=pacs-zh.zh.halcyon.lan⟧
|Vault |https://⟦i=vault.halcyon.intern⟧:8200
|===

== Notfallzugang Oracle

Falls der Vault nicht erreichbar ist, gilt das versiegelte Kuvert im Tresor Raum U1.17.
Interimslösung bis zur Umstellung (Ticket INC-202311-0815 ist noch offen):

----
sqlplus sys/⟦s$pw_kisdb⟧@KISPRD as sysdba
----

NOTE: Das Default-Passwort aus der Herstellerdoku (`⟦n=<PASSWORT>⟧`) ist auf allen Systemen geändert.

== Kerberos/SPNEGO

Keytab für die Webanmeldung wurde am 2023-09-04 so erzeugt (bei Passwortwechsel wiederholen):

----
ktpass -princ HTTP/⟦i=kis-app01.fr.halcyon.intern⟧@FR.HALCYON.INTERN -mapuser svc_kis_http -crypto AES256-SHA1 ^
       -ptype KRB5_NT_PRINCIPAL -pass ⟦s@pw⟧ -out C:\temp\kis-http.keytab
----

Die Keytab liegt danach unter `/etc/krb5/kis-http.keytab` (Rechte 0400, Owner `wildfly`).

== Rufbereitschaft

* 1st Level: Servicedesk Kronsteg (Nummer siehe Intranet)
* 2nd Level Datenbank: ⟦p$ext2⟧, mobil ⟦p@phone:DE,mobile⟧

== Dateiablagen

Exportdateien liegen unter `⟦i=\\fs01.fr.halcyon.intern\kis_export$⟧`, Archiv unter `⟦i=\\nas-zh02.zh.halcyon.lan\Archiv\KIS⟧`.
Offsite-Backup: S3-Bucket `⟦i=hkv-kis-backup-prod-eu-central-1⟧`.
