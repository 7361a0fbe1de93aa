terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "«I|lumen-tfstate-prod-eu-west-3»"
    key            = "ecom/prod/terraform.tfstate"
    region         = "eu-west-3"
    dynamodb_table = "«I|lumen-tf-locks»"
    role_arn       = "arn:aws:iam::«I=aws_acct@acct_prod»:role/terraform-prod"
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region = "eu-west-3"
    default_tags { tags = { owner = "platform", cost_center = "ecom" } }
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.5.1"

  name = "lumen-prod"
  cidr = "«I|10.42.0.0/16»"
  azs  = ["eu-west-3a", "eu-west-3b", "eu-west-3c"]
  private_subnets = [«I|"10.42.16.0/20", "10.42.32.0/20", "10.42.48.0/20"»]
  public_subnets  = [«I|"10.42.0.0/24", "10.42.1.0/24", "10.42.2.0/24"»]
  enable_nat_gateway = true
}

# peering to the warehouse network in Bologna (MPLS via Direct Connect)
resource "aws_vpc_peering_connection" "wh_bologna" {
  vpc_id        = module.vpc.vpc_id
  peer_vpc_id   = "«I=vpc@vpc_wh_bo»"
  peer_owner_id = "«I=aws_acct@acct_logistics»"
  auto_accept   = false
}

resource "aws_security_group_rule" "mysql_from_magento" {
  type                     = "ingress"
  from_port                = 3306
  to_port                  = 3306
  protocol                 = "tcp"
  security_group_id        = "«I=sg@sg_rds»"
  source_security_group_id = "«I=sg@sg_magento»"
}

resource "aws_security_group_rule" "docs_example" {
  # copied from the provider docs, kept as a disabled example
  count       = 0
  type        = "ingress"
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["«N|198.51.100.0/24»"]
  security_group_id = "sg-123456"
}

resource "aws_s3_bucket" "order_exports" {
  bucket = "«I|lumen-prod-orders-exports»"
}

resource "aws_secretsmanager_secret" "adyen" {
  name = "«N|prod/payments/adyen-api-key»"
}

data "aws_secretsmanager_secret_version" "adyen" {
  secret_id = aws_secretsmanager_secret.adyen.id
}

resource "aws_iam_access_key" "legacy_ci" {
  user = "legacy-ci"
  # imported 2023; the matching secret was in the old Jenkins: see ops/scripts/rotate_keys.sh
}

output "nat_public_ips" {
  value = module.vpc.nat_public_ips
}
