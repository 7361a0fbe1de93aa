# Postfix main.cf — relay.ist.anatolia.internal
smtpd_banner = $myhostname ESMTP
biff = no
append_dot_mydomain = no
compatibility_level = 3.6

myhostname = ⟦I=relay.ist.anatolia.internal⟧
mydomain = anatolia-logistik.com.tr
myorigin = $mydomain
mynetworks = 127.0.0.0/8 ⟦I=10.0.0.0/12⟧ ⟦I=172.20.0.0/16⟧
inet_interfaces = all

# upstream: Yandex 360
relayhost = [smtp.yandex.com]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt
smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt

# ldap lookups for aliases
virtual_alias_maps = ldap:/etc/postfix/ldap-aliases.cf
# ldap-aliases.cf: bind_dn = cn=postfix,ou=svc,dc=anatolia,dc=local ; bind_pw = ⟦S:pw⟧
message_size_limit = 52428800
