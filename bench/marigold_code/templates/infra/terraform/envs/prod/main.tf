terraform {
  backend "s3" {
    bucket         = "«I=mg-terraform-state-prod»"
    key            = "envs/prod/terraform.tfstate"
    region         = "ap-south-1"
    dynamodb_table = "«I=mg-terraform-locks»"
  }
}

provider "aws" {
  region              = "ap-south-1"
  allowed_account_ids = ["«I=482913067715»"]
}

module "vpc" {
  source          = "../../modules/vpc"
  name            = "mg-prod-aps1"
  cidr            = "«I=10.20.0.0/16»"
  private_subnets = ["«I=10.20.0.0/19»", "«I=10.20.32.0/19»", "«I=10.20.64.0/19»"]
  public_subnets  = ["10.20.96.0/22", "10.20.100.0/22"]
}

module "rds_policy" {
  source              = "../../modules/rds"
  identifier          = "pg-policy-prod"
  engine_version      = "«N=15.5»"
  instance_class      = "db.r6g.2xlarge"
  master_username     = "mgadmin"
  master_password     = var.rds_master_password
  vpc_security_group_ids = ["«I:vpc:sg»"]
  subnet_ids          = ["«I:vpc:subnet»", "«I:vpc:subnet»"]
}

resource "aws_vpn_connection" "nairobi_office" {
  customer_gateway_id = "«I:vpc:cgw»"
  transit_gateway_id  = "«I:vpc:tgw»"
  type                = "ipsec.1"
  tunnel1_preshared_key = "«S:al:32»"
}

# Peering to the UAE region account (me-central-1)
resource "aws_vpc_peering_connection" "to_uae" {
  vpc_id        = module.vpc.vpc_id
  peer_vpc_id   = "«I:vpc»"
  peer_owner_id = "«I=736120498853»"
  peer_region   = "me-central-1"
}

output "docs_example_cidr" {
  value = "«N=198.51.100.0/24»"
}
