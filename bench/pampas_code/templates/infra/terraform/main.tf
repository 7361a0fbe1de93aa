terraform {
  required_version = ">= 1.6"
  backend "gcs" {
    bucket = "«I:pampas-tfstate-prod»"
    prefix = "campo/prod"
  }
  required_providers {
    google = { source = "hashicorp/google", version = "~> 5.20" }
  }
}

provider "google" {
  project = var.project_id
  region  = "southamerica-east1"
}

resource "google_container_cluster" "prod" {
  name       = "«I:pampas-prod-gke»"
  location   = "southamerica-east1"
  network    = google_compute_network.vpc.id
  subnetwork = google_compute_subnetwork.gke.id
  private_cluster_config {
    enable_private_nodes    = true
    master_ipv4_cidr_block  = "«I:172.16.0.32/28»"
  }
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "«I:200.45.112.0/28»"
      display_name = "oficina-rosario"
    }
    cidr_blocks {
      cidr_block   = "«N:203.0.113.0/24»"
      display_name = "ejemplo-doc"
    }
  }
}

resource "google_sql_database_instance" "campo" {
  name             = "«I:campo-pg-prod-01»"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-8-32768"
    ip_configuration { private_network = google_compute_network.vpc.id, ipv4_enabled = false }
  }
}

resource "google_sql_user" "app" {
  name     = "campo_app"
  instance = google_sql_database_instance.campo.name
  password = data.google_secret_manager_secret_version.db_app.secret_data
}

resource "google_sql_user" "legacy" {
  name     = "campo_legacy"
  instance = google_sql_database_instance.campo.name
  # TODO borrar cuando migre el ERP viejo
  password = "«S:=word_pw»"
}

data "google_secret_manager_secret_version" "db_app" {
  secret = "«N:projects/pampas-agro-prod/secrets/campo-db-app/versions/latest»"
}

resource "google_storage_bucket" "imagery" {
  name     = "«I:pampas-imagery-raw-prod»"
  location = "SOUTHAMERICA-EAST1"
  lifecycle_rule {
    condition { age = 365 }
    action { type = "SetStorageClass", storage_class = "ARCHIVE" }
  }
}
