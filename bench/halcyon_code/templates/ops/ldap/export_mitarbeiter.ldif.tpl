# Export aus ⟦i=ldap01.wien.hkv.local⟧ für Migration nach AD, 2024-02-02
# ldapsearch -H ldaps://ldap01.wien.hkv.local -D "cn=admin,dc=hkv,dc=local" -w ⟦s@pw⟧ -b "ou=people,⟦i=dc=hkv,dc=local⟧"
version: 1

dn: uid=⟦p$doc3|login⟧,ou=people,⟦i=dc=hkv,dc=local⟧
objectClass: inetOrgPerson
uid: ⟦p$doc3|login⟧
cn: ⟦p$doc3⟧
sn: ⟦_$doc3|last⟧
mail: ⟦p$doc3|email_at⟧
telephoneNumber: ⟦p@phone:AT,intl⟧
departmentNumber: Radiologie

dn: uid=svc_hl7,ou=services,⟦i=dc=hkv,dc=local⟧
objectClass: account
objectClass: simpleSecurityObject
uid: svc_hl7
userPassword: ⟦s@pw:random⟧
description: HL7-Gateway Graz (Passwort läuft nicht ab)
