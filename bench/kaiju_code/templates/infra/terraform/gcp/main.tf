terraform {
  required_version = ">= 1.6"
  backend "gcs" {
    bucket = "«I=kaiju-tfstate-prod»"
    prefix = "gcp/core"
  }
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 5.20"
    }
  }
}

provider "google" {
  project = var.project_id
  region  = "asia-northeast1"
}

resource "google_container_cluster" "core" {
  name       = "«I=gke-core-tyo-prod»"
  location   = "asia-northeast1"
  network    = google_compute_network.core.id
  subnetwork = google_compute_subnetwork.gke.id

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "«I=172.16.32.0/28»"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "«I=203.104.128.0/24»"
      display_name = "tokyo-office"
    }
    cidr_blocks {
      cidr_block   = "«N=192.0.2.0/24»"
      display_name = "example-from-docs"
    }
  }
}

resource "google_sql_database_instance" "pay" {
  name             = "«I=pay-pg-01»"
  database_version = "POSTGRES_15"
  region           = "asia-northeast1"
  settings {
    tier = "db-custom-4-16384"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.core.id
    }
  }
}

resource "google_sql_user" "pay_app" {
  name     = "kaiju_pay_app"
  instance = google_sql_database_instance.pay.name
  # TODO: switch to random_password + secret manager (ticket SRE-140)
  password = "«S!pw|sym@pay_db_pw»"
}

resource "google_storage_bucket" "student_exports" {
  name                        = "«I=kaiju-student-exports-prod»"
  location                    = "ASIA-NORTHEAST1"
  uniform_bucket_level_access = true
}

resource "google_secret_manager_secret_version" "stripe" {
  secret      = google_secret_manager_secret.stripe.id
  secret_data = «N=var.stripe_secret_key»
}

resource "google_service_account" "exporter" {
  account_id   = "partner-exporter"
  display_name = "Partner CSV exporter"
}
