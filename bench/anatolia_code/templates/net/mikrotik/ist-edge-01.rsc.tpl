# mar/14/2024 03:00:02 by RouterOS 7.13.5
# software id = ⟦U:alnum(4)⟧-⟦U:alnum(4)⟧
#
# model = CCR2004-16G-2S+
# serial number = ⟦U:HEX(12)⟧
/interface bridge
add name=br-lan
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=depo-wifi supplicant-identity="" wpa2-pre-shared-key=⟦S:pw(word)⟧
add authentication-types=wpa2-psk mode=dynamic-keys name=misafir supplicant-identity="" wpa2-pre-shared-key=⟦S:pw(simple)⟧
/ip pool
add name=dhcp-lan ranges=⟦I=10.10.20.100-10.10.20.250⟧
/ip address
add address=⟦I=10.10.20.1/24⟧ interface=br-lan network=10.10.20.0
add address=⟦I:pubip⟧/29 interface=sfp-sfpplus1
/ip ipsec peer
add address=⟦I:pubip@dxb_vpn_ip⟧/32 name=dxb-warehouse exchange-mode=ike2
/ip ipsec identity
add peer=dxb-warehouse secret=⟦S:pw(url)⟧
/ppp secret
add name=courier-l2tp password=⟦S:pw⟧ profile=default-encryption service=l2tp
add name=⟦P=ahmet.yildiz⟧ password=⟦S:pw(simple)⟧ remote-address=10.10.99.11 service=l2tp
/radius
add address=⟦I:ip10⟧ secret=⟦S:pw(url)@radius_ist⟧ service=ppp,login
/snmp community
set [ find default=yes ] disabled=yes
add addresses=⟦I=10.0.0.0/12⟧ name=⟦S:snmp@snmp_ro⟧
/snmp
set contact=⟦P:staff_email⟧ enabled=yes location="Kadikoy hub rack B"
/system identity
set name=ist-edge-01
/user
add name=noc group=full password=⟦S:pw⟧
add name=readonly group=read password=⟦S:pw(simple)⟧
/tool e-mail
set address=smtp.yandex.com from=mikrotik@anatolia-logistik.com.tr password=⟦S:lower(16)⟧ port=465 tls=yes user=mikrotik@anatolia-logistik.com.tr
/system ntp client servers
add address=⟦N=0.tr.pool.ntp.org⟧
