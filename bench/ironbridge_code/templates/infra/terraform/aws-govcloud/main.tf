terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "«I:ib-tfstate-govcloud-usgw1»"
    key            = "bascule/prod/terraform.tfstate"
    region         = "us-gov-west-1"
  }
}

provider "aws" {
  region = "us-gov-west-1"
  allowed_account_ids = ["«I:081436290114»"]
}

variable "db_master_password" {
  type      = string
  sensitive = true
}

variable "splunk_hec_token" {
  type    = string
  default = «N:null»
}

resource "aws_vpc" "bascule" {
  cidr_block = "«I:10.120.0.0/16»"
  tags = { Name = "bascule-prod", Program = "«C:BASCULE»", CostCenter = "GOV-410" }
}

resource "aws_security_group" "db" {
  name   = "bascule-db"
  vpc_id = aws_vpc.bascule.id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["«I:10.120.12.0/22»"]
  }
}

resource "aws_db_instance" "ledger" {
  identifier        = "«I:bascule-ledger-prod»"
  engine            = "postgres"
  instance_class    = "db.r6i.2xlarge"
  username          = "ledger_master"
  password          = var.db_master_password
  storage_encrypted = true
}

# Public AMI published by AWS (FIPS-enabled Amazon Linux) - fine to hard-code
data "aws_ami" "al2023_fips" {
  owners = ["«N:amazon»"]
  filter {
    name   = "name"
    values = ["al2023-ami-*-fips-x86_64"]
  }
}
