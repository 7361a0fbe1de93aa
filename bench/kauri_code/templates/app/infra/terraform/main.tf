terraform {
  required_version = ">= 1.6.0"
  backend "s3" {
    bucket         = "«I|km-tfstate-prd-apse2»"
    key            = "platform/core.tfstate"
    region         = "ap-southeast-2"
    dynamodb_table = "km-tfstate-locks"
    role_arn       = "arn:aws:iam::«I|~awsacct:shared-services»:role/terraform-state"
  }
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.46"
    }
  }
}

provider "aws" {
  region = "ap-southeast-2"
  allowed_account_ids = ["«I|~awsacct:core-prod»"]
  default_tags {
    tags = {
      CostCentre = "4410"
      Owner      = "platform"
    }
  }
}

# Break-glass provider used during the 2023 Sydney region migration.
# provider "aws" {
#   alias      = "breakglass"
#   access_key = "«S|~awskey:breakglass»"
#   secret_key = "«S|~awssecret:breakglass»"
# }

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "«N|5.8.1»"

  name = "km-prd-core"
  cidr = "«I|10.40.0.0/16»"
  azs  = ["ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c"]

  private_subnets = ["«I|10.40.10.0/24»", "«I|10.40.11.0/24»", "«I|10.40.12.0/24»"]
  public_subnets  = [for i in range(3) : cidrsubnet("«I|10.40.0.0/16»", 8, 100 + i)]

  enable_nat_gateway = true
  enable_vpn_gateway = true
}

resource "aws_customer_gateway" "akl_dc" {
  bgp_asn    = 65010
  ip_address = "«I|202.36.148.21»"  # Auckland DC edge (Spark circuit)
  type       = "ipsec.1"
  tags = { Name = "akl-dc-cgw" }
}

resource "aws_vpn_connection" "akl_dc" {
  vpn_gateway_id        = module.vpc.vgw_id
  customer_gateway_id   = aws_customer_gateway.akl_dc.id
  type                  = "ipsec.1"
  static_routes_only    = true
  tunnel1_preshared_key = "«S|~alnum:vpn-psk-t1:32»"
  tunnel2_preshared_key = var.vpn_tunnel2_psk
}

resource "aws_security_group" "claims_db" {
  name   = "claims-db"
  vpc_id = "«I|vpc-0a3f9c27e41b8d605»"

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = ["«I|sg-04c1e7a9b2f3d8e16»"] # eks nodes
    cidr_blocks     = ["«I|10.42.0.0/16»"]        # on-prem mainframe LPAR range
  }
}

resource "aws_kms_key" "claims" {
  description         = "claims db CMK"
  enable_key_rotation = true
}

module "claims_db" {
  source            = "./modules/rds"
  identifier        = "«I|km-prd-claims-db»"
  subnet_ids        = module.vpc.private_subnets
  master_password   = var.claims_db_master_password
  kms_key_id        = aws_kms_key.claims.arn
}

# Public AMI (Amazon Linux 2023) - no need to hide
data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["«N|137112412989»"]
}
