# Nebula Privatbank - AWS landing zone (eu-central-2, Zurich)
terraform {
  backend "s3" {
    bucket         = "«I:npb-tfstate-prd-418273650921»"
    key            = "network/terraform.tfstate"
    region         = "eu-central-2"
  }
}

provider "aws" {
  region = "eu-central-2"
  assume_role {
    role_arn = "«I:arn:aws:iam::418273650921:role/npb-terraform-deployer»"
  }
}

locals {
  account_id = "«I:418273650921»"
  tags = {
    CostCenter = var.cost_center
    Owner      = "cloud-platform"
  }
}

data "aws_vpc" "core" {
  id = "«I:vpc-0a7c3e91f24d5b6e8»"
}

resource "aws_subnet" "private_a" {
  vpc_id            = data.aws_vpc.core.id
  cidr_block        = "«I:10.80.16.0/20»"
  availability_zone = "eu-central-2a"
  tags              = merge(local.tags, { Name = "npb-private-a" })
}

resource "aws_security_group_rule" "onprem_oracle" {
  type              = "ingress"
  from_port         = 1521
  to_port           = 1521
  protocol          = "tcp"
  cidr_blocks       = ["«I:10.42.20.0/24»"]
  security_group_id = "«I:sg-04b1d9e2c7a3f5081»"
}

resource "aws_vpn_connection" "zrh1" {
  vpn_gateway_id      = "«I:vgw-0e5d2c1b9a8f74631»"
  customer_gateway_id = "cgw-0c1f2e3d4b5a69788"
  type                = "ipsec.1"
  tunnel1_preshared_key = "«S@an32:vpn-psk-zrh1»"
}

# example from the AWS provider docs
# cidr_block = "«N:10.0.1.0/24»"   vpc_id = "«N:vpc-12345678»"
