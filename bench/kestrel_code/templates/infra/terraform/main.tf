terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "⟦i=kestrel-tfstate-prod-usw2⟧"
    key            = "platform/main.tfstate"
    region         = "us-west-2"
    dynamodb_table = "kestrel-tf-locks"
  }
  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.40" }
    cloudflare = { source = "cloudflare/cloudflare", version = "⟦n=~> 4.26⟧" }
    datadog    = { source = "DataDog/datadog" }
  }
}

provider "aws" {
  region = var.region
  allowed_account_ids = ["⟦i#aws_prod_acct@aws_account⟧"]
  # access_key = "⟦s@aws_akid⟧"
  # secret_key = "⟦s@aws_secret⟧"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

provider "datadog" {
  api_key = "⟦s@hex:32⟧"
  app_key = "⟦s@hex:40⟧"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "⟦n=5.5.2⟧"

  name            = "kestrel-prod-usw2"
  cidr            = "⟦i=10.42.0.0/16⟧"
  azs             = ["us-west-2a", "us-west-2b", "us-west-2c"]
  private_subnets = ["⟦i=10.42.8.0/21⟧", "⟦i=10.42.16.0/21⟧", "⟦i=10.42.32.0/21⟧"]
  public_subnets  = ["⟦i=10.42.100.0/24⟧", "⟦i=10.42.101.0/24⟧", "⟦i=10.42.102.0/24⟧"]
}

resource "aws_db_instance" "ledger" {
  identifier             = "⟦i=ledger-prod-primary⟧"
  engine                 = "postgres"
  engine_version         = "15.5"
  instance_class         = "db.r6g.2xlarge"
  db_name                = "ledger_prod"
  username               = "ledger_admin"
  password               = "⟦s@urlpw⟧" # TODO(sec-112): use manage_master_user_password
  vpc_security_group_ids = [aws_security_group.ledger.id]
  storage_encrypted      = true
}

resource "aws_s3_bucket" "kyc_docs" {
  bucket = "⟦i=kestrel-in-kyc-docs-prod⟧"
  tags   = { team = "⟦x=trust-and-safety-india⟧", data = "pii" }
}

resource "aws_key_pair" "bastion" {
  key_name   = "bastion-usw2"
  public_key = "ssh-ed25519 ⟦n=AAAAC3NzaC1lZDI1NTE5AAAAIBm0q7uXk2vJ3LQ9rT8sW1yP4nE6hG5dF2aZ0cV7bX3K⟧ ops@kestrel"
}

resource "null_resource" "bastion_bootstrap" {
  connection {
    type        = "ssh"
    host        = "⟦i=bastion-01.mgmt.kestrel-internal.net⟧"
    user        = "ubuntu"
    # FIXME: read from SSM instead — pasted here to unblock the Feb migration
    private_key = <<-EOT
      -----BEGIN OPENSSH PRIVATE KEY-----
      ⟦s@pem_first:openssh⟧
      ⟦-@b64:64⟧
      ⟦-@b64:64⟧
      ⟦-@b64:64⟧
      ⟦-@b64:24⟧==
      -----END OPENSSH PRIVATE KEY-----
    EOT
  }
  provisioner "remote-exec" {
    inline = ["sudo systemctl restart kestrel-telemetry"]
  }
}

resource "aws_security_group" "ledger" {
  name   = "ledger-db"
  vpc_id = module.vpc.vpc_id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["⟦i=10.42.0.0/16⟧", "⟦i=172.20.0.0/14⟧"]
  }
  ingress {
    description = "DBA home office — ⟦p=Oleksandr Petrenko⟧ (temporary!)"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["⟦p@ip_public⟧/32"]
  }
}

resource "datadog_monitor" "capture_rate" {
  name    = "Payment capture rate < 97%"
  type    = "query alert"
  query   = "avg(last_10m):avg:kestrel.payments.capture_rate{env:prod} < 0.97"
  message = "@slack-⟦i=inc-payments-warroom⟧ @pagerduty-payments-capture"
}
