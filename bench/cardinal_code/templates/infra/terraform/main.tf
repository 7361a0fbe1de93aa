locals {
  env          = "prod"
  vpc_id       = "«i|vpc-0a7c3e19d2b4f6a81»"
  private_subs = ["«i|subnet-04e1b7c9a2d35f610»"]
  tags = {
    Owner      = "platform"
    CostCenter = "«r|CC-4410-SPARROW»"
  }
}

resource "aws_security_group" "claims_db" {
  name   = "claims-db-prod"
  vpc_id = local.vpc_id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["«i|10.52.0.0/16»", "«i|10.40.12.0/24»"]
    description = "app subnets + mirth VLAN"
  }
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["«n|203.0.113.0/24»"] # doc range – placeholder for vendor VPN, fill in
  }
}

resource "aws_db_instance" "claims" {
  identifier             = "«i|claims-db-primary»"
  engine                 = "postgres"
  engine_version         = "15.5"
  instance_class         = "db.r6g.2xlarge"
  username               = "claims_admin"
  password               = "«s|Cl@imsAdm1n!Prd-2023»"
  vpc_security_group_ids = ["«i|sg-0f3b9a1c7d2e48a56»", aws_security_group.claims_db.id]
  storage_encrypted      = true
}

resource "aws_db_instance" "recon" {
  identifier = "recon-prod"
  engine     = "postgres"
  username   = "recon_admin"
  password   = «n|data.aws_secretsmanager_secret_version.recon_admin.secret_string»
  instance_class = "db.t4g.large"
}

resource "aws_s3_bucket" "attachments" {
  bucket = "«i|chp-claims-attachments-prd-us-east-2»"
}

resource "aws_s3_bucket" "public_site" {
  bucket = "«n|www.cardinalhp.com»"  # public marketing site
}

module "vpn" {
  source          = "./modules/vpn"
  customer_gw_ip  = "«i|38.104.77.18»"   # DAL datacenter edge
  tunnel1_psk     = "«s|vPnTunn3l1_Psk_Dal2024»"
  tunnel2_psk     = "var.tunnel2_psk"
  onprem_cidrs    = ["«i|10.40.0.0/14»", "«i|172.20.0.0/16»"]
}
