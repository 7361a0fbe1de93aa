# Samba — Istanbul HQ file server (fs01)
[global]
   workgroup = ANATOLIA
   server string = fs01 (%v)
   security = ads
   realm = ANATOLIA.LOCAL
   netbios name = FS01
   interfaces = ⟦I=10.10.0.0/16⟧
   hosts allow = 10.10. 10.11. 127.
   log file = /var/log/samba/log.%m
   max log size = 1000
   ldap admin dn = cn=samba-admin,ou=svc,dc=anatolia,dc=local
   # smbpasswd -w ⟦S:pw⟧   (ldap admin dn parolası, 2023-10)
   idmap config * : backend = tdb
   idmap config * : range = 3000-7999

[muhasebe]
   comment = Muhasebe — ⟦X=GİZLİ⟧
   path = /srv/shares/muhasebe
   valid users = @muhasebe
   read only = no

[ik]
   comment = İnsan Kaynakları — bordro, kimlik fotokopileri
   path = /srv/shares/ik
   valid users = @ik ⟦P=ebru.uysal⟧
   read only = no

[kervan-proje]
   comment = ⟦X=Proje KERVAN — sadece yönetim⟧
   path = /srv/shares/kervan
   valid users = @yonetim

[public]
   comment = Public
   path = /srv/shares/public
   guest ok = yes
