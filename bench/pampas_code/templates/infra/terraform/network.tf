resource "google_compute_network" "vpc" {
  name                    = "«I:vpc-pampas-prod»"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "gke" {
  name          = "«I:snet-gke-prod»"
  ip_cidr_range = "«I:10.20.0.0/20»"
  network       = google_compute_network.vpc.id
  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "«I:10.100.0.0/16»"
  }
  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "«I:10.101.0.0/20»"
  }
}

# VPN site-to-site con la mesa de Rosario (on-prem)
resource "google_compute_vpn_tunnel" "rosario" {
  name          = "vpn-rosario-1"
  peer_ip       = "«I:200.45.112.10»"
  shared_secret = "«S:=alnum 32»"
  ike_version   = 2
  local_traffic_selector  = ["«I:10.20.0.0/16»"]
  remote_traffic_selector = ["«I:10.40.0.0/16»"]
}

resource "google_compute_firewall" "allow_iap" {
  name    = "allow-iap-ssh"
  network = google_compute_network.vpc.name
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
  source_ranges = ["«N:35.235.240.0/20»"] # rango público de IAP (Google)
}
