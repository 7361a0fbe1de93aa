# Squid proxy — Kyiv office egress
acl localnet src ⟦I=10.30.0.0/16⟧
acl localnet src ⟦I=192.168.40.0/22⟧
acl SSL_ports port 443
acl Safe_ports port 80 443 21 1025-65535
acl CONNECT method CONNECT
acl blocked_sites dstdomain .vk.com .ok.ru

http_access deny !Safe_ports
http_access deny CONNECT !SSL_ports
http_access deny blocked_sites
http_access allow localnet
http_access deny all

http_port 3128
# parent proxy in Warsaw colo (login = user:password)
cache_peer ⟦I=proxy-waw.anatolia.internal⟧ parent 3128 0 no-query default login=kyiv-egress:⟦S:pw(url)⟧
never_direct allow all

auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/htpasswd
# ldap helper (bind password inline, TODO: move to file)
auth_param basic program /usr/lib/squid/basic_ldap_auth -b "dc=anatolia,dc=local" -D "cn=squid,ou=svc,dc=anatolia,dc=local" -w ⟦S:pw⟧ -f "uid=%s" -h ⟦I:ip10⟧

cache_dir ufs /var/spool/squid 20000 16 256
coredump_dir /var/spool/squid
refresh_pattern ^ftp: 1440 20% 10080
refresh_pattern . 0 20% 4320
