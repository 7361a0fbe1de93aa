# Dovecot LDAP auth (mail.anatolia.internal)
hosts = ⟦I=dc01.ist.anatolia.internal⟧ ⟦I=dc02.ist.anatolia.internal⟧
dn = cn=dovecot,ou=svc,dc=anatolia,dc=local
dnpass = ⟦S:pw⟧
auth_bind = yes
base = ou=staff,dc=anatolia,dc=local
user_filter = (&(objectClass=inetOrgPerson)(mail=%u))
pass_filter = (&(objectClass=inetOrgPerson)(mail=%u))
# master user for migration (imapsync) — удалить после переезда!
# master: migration*admin  пароль: ⟦S:pw(word)⟧
