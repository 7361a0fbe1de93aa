# Site-to-site VPN between ap-southeast-1 (SG) and the Manila call centre.
resource "aws_customer_gateway" "manila" {
  bgp_asn    = 65010
  ip_address = "«I:121.58.201.34»" # PLDT static IP at the Ortigas office
  type       = "ipsec.1"
  tags = { Name = "cgw-manila-ortigas" }
}

resource "aws_vpn_connection" "manila" {
  vpn_gateway_id        = "«I:vgw-0e5a21d7c9f34b8a2»"
  customer_gateway_id   = aws_customer_gateway.manila.id
  type                  = "ipsec.1"
  static_routes_only    = true
  tunnel1_preshared_key = "«S:qT7_vR2xLm9pW4zK8nB3cY6d»"
  tunnel2_preshared_key = var.tunnel2_psk
}

variable "tunnel2_psk" {
  type      = string
  sensitive = true
  default   = "«N:REPLACE_ME»"
}

resource "aws_vpn_connection_route" "office" {
  destination_cidr_block = "«I:10.60.0.0/16»"
  vpn_connection_id      = aws_vpn_connection.manila.id
}

terraform {
  backend "s3" {
    bucket = "«I:tmh-terraform-state-apse1»"
    key    = "network/vpn.tfstate"
    region = "ap-southeast-1"
  }
}
