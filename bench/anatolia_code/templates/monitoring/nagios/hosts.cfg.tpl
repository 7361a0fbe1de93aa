# Nagios — legacy monitoring (Cairo DC). Migrating to Icinga2, do not add new hosts.
define host {
    use                 linux-server
    host_name           cai-db-01
    alias               Cairo orders DB
    address             ⟦I:ip10⟧
}

define host {
    use                 generic-switch
    host_name           cai-sw-core
    alias               Cairo core switch
    address             ⟦I:ip10⟧
}

define service {
    use                 generic-service
    host_name           cai-sw-core
    service_description Port 1 Bandwidth
    check_command       check_snmp!-C ⟦S:snmp⟧ -o ifInOctets.1 -o ifOutOctets.1
}

define service {
    use                 generic-service
    host_name           cai-db-01
    service_description MySQL
    check_command       check_mysql_cmdlinecred!nagios!⟦S:pw(url)⟧
}

define command {
    command_name    notify-host-by-sms
    command_line    /usr/bin/curl -s -X POST https://accept.paymob.com/sms -d "to=⟦P:phone(eg)⟧" -d "msg=$HOSTNAME$ $HOSTSTATE$"
}

define contact {
    contact_name    ⟦P:name(ar_lat)⟧
    email           ⟦P:staff_email⟧
    pager           ⟦P:phone(eg_nat)⟧
}

# Public resolver checks
define host {
    use                 generic-host
    host_name           public-dns
    address             ⟦N=8.8.8.8⟧
}
