# KIS-Core Konfiguration (Umgebung: INT)
# Zeichensatz ISO-8859-1, Umlaute bitte als \u-Escapes schreiben!
kis.standort.name=Klinikum Freiburg-Z\u00e4hringen
kis.db.url=jdbc:oracle:thin:@//⟦i=kisdb-int01.fr.halcyon.intern:1521/KISINT⟧
kis.db.user=KIS_APP
kis.db.password=⟦n=${KIS_DB_PASSWORD}⟧
kis.ldap.url=ldaps://⟦i=dc02.fr.halcyon.intern⟧:636
kis.ldap.base=${kis.ldap.root}
kis.ldap.bindDn=CN=svc_kis_bind,OU=Dienstkonten,${kis.ldap.root}
kis.ldap.bindPassword=⟦s$pw_ldap⟧
#kis.ldap.bindPassword=⟦s@pw⟧
kis.jwt.signingKey=⟦s$jwt_key⟧
kis.jwt.issuer=https://⟦i=auth.halcyon.intern⟧
kis.sms.provider=websms
kis.sms.apiToken=⟦s$sms_key⟧
kis.mail.absender=Patientenaufnahme Z\u00e4hringen <⟦n=aufnahme@example.org⟧>
kis.support.kontakt=⟦p$it1|uesc⟧
kis.support.telefon=⟦p@phone:DE,ext⟧
kis.pdf.fusszeile=⟦c=Vertraulich \u2013 nur f\u00fcr den internen Gebrauch⟧
kis.build.version=⟦n=4.1.7-SNAPSHOT⟧
