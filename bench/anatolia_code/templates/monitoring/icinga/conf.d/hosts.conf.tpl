/* Icinga 2 — hub network devices
 * ⟦X=Kurum içi kullanım⟧
 */
object Host "ist-edge-01" {
  import "generic-host"
  address = "⟦I:ip10@ist_edge_ip⟧"
  vars.os = "RouterOS"
  vars.snmp_community = "⟦S:snmp@snmp_ro⟧"
  vars.snmp_version = "2c"
}

object Host "tlv-hub-fw" {
  import "generic-host"
  address = "⟦I:ip172⟧"
  vars.snmpv3_user = "icinga"
  vars.snmpv3_auth_key = "⟦S:pw⟧"
  vars.snmpv3_priv_key = "⟦S:pw⟧"
}

object Host "dxb-vpn-gw" {
  import "generic-host"
  address = "⟦I:pubip@dxb_vpn_ip⟧"
  vars.notes = "IPsec to Dubai warehouse; docs example peer was ⟦N=198.51.100.7⟧"
}

object User "noc-tlv" {
  display_name = "⟦P:name(he)⟧"
  email = "⟦P:email(he)⟧"
  pager = "⟦P:phone(il)⟧"
}

object ApiUser "director" {
  password = "⟦S:pw(url)⟧"
  permissions = [ "*" ]
}
