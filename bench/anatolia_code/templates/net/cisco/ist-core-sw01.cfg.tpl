!
! Last configuration change at 03:12:44 TRT Thu Mar 14 2024 by noc
!
version 15.2
service timestamps debug datetime msec
service timestamps log datetime msec
no service password-encryption
!
hostname ist-core-sw01
!
boot-start-marker
boot-end-marker
!
enable secret 5 ⟦S:md5crypt⟧
enable password ⟦S:pw(word)⟧
!
username noc privilege 15 secret 9 ⟦S:type9⟧
username backup privilege 15 password 7 ⟦S:cisco7⟧
username tekniker password 0 ⟦S:pw(simple)⟧
!
aaa new-model
aaa authentication login default group radius local
!
ip domain-name ist.anatolia.internal
ip name-server ⟦I:ip10⟧
!
interface Vlan10
 description SERVERS
 ip address ⟦I:ip10@ist_core_ip⟧ 255.255.255.0
!
interface Vlan20
 description KURYE-WIFI
 ip address ⟦I=10.10.20.2⟧ 255.255.255.0
 ip helper-address ⟦I:ip10⟧
!
interface GigabitEthernet1/0/48
 description UPLINK-TO-ist-edge-01
 switchport mode trunk
!
snmp-server community ⟦S:snmp⟧ RO 10
snmp-server community ⟦S:snmp⟧ RW 11
snmp-server host ⟦I:ip10⟧ version 2c ⟦S:snmp@snmp_ro⟧
snmp-server location Istanbul-Kadikoy-DC
!
radius server ISE
 address ipv4 ⟦I:ip10⟧ auth-port 1812 acct-port 1813
 key 7 ⟦S:cisco7⟧
!
tacacs server TAC1
 address ipv4 ⟦I:ip10⟧
 key ⟦S:pw(url)⟧
!
line vty 0 4
 password 7 ⟦S:cisco7⟧
 transport input ssh
line vty 5 15
 password ⟦S=cisco⟧
!
ntp server ⟦N=pool.ntp.org⟧
end
