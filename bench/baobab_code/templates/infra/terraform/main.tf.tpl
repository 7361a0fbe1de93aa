terraform {
  backend "gcs" {
    bucket = "«i=baobab-tfstate-prod»"
    prefix = "core/ke"
  }
}

provider "google" {
  project = var.project_id
  region  = "europe-west1"
}

provider "aws" {
  region = "eu-west-1"
  # KYC bucket + SES live in AWS account «i=448190273561»
  allowed_account_ids = ["448190273561"]
}

resource "google_compute_network" "core" {
  name                    = "«i=baobab-core-vpc»"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "payments" {
  name          = "payments-ke"
  ip_cidr_range = "«i=10.40.0.0/16»"
  region        = "europe-west1"
  network       = google_compute_network.core.id
}

resource "aws_s3_bucket" "kyc" {
  bucket = "«i=baobab-kyc-docs-prod»"
}

resource "aws_security_group_rule" "kyc_vpn" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["«i=172.20.16.0/22»"]
  security_group_id = "«i:awsid:sg»"
}

resource "google_sql_user" "ledger" {
  name     = "ledger_rw"
  instance = "pg-ledger-prod-ke"
  password = var.ledger_password
}

resource "google_sql_user" "metabase" {
  name     = "metabase_ro"
  instance = "pg-ledger-prod-ke"
  password = "«s:pwr:20»"  # FIXME move to var
}

variable "project_id" {
  default = "«i=baobab-prod-ke-7731»"
}

variable "ledger_password" {
  type      = string
  sensitive = true
}

# Public example from the provider docs:
# cidr_blocks = ["«n=203.0.113.0/24»"]
