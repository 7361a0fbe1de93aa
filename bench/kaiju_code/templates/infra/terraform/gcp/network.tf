resource "google_compute_network" "core" {
  name                    = "«I=vpc-core-prod»"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "gke" {
  name          = "«I=snet-gke-tyo»"
  ip_cidr_range = "«I=10.40.0.0/16»"
  region        = "asia-northeast1"
  network       = google_compute_network.core.id

  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "«I=10.48.0.0/14»"
  }
  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "«I=10.52.0.0/20»"
  }
}

# Site-to-site VPN to the Ho Chi Minh City and Seoul offices
resource "google_compute_vpn_tunnel" "hcm" {
  name          = "vpn-hcm-office"
  peer_ip       = "«I=113.161.72.19»"
  shared_secret = var.vpn_shared_secret
  target_vpn_gateway = google_compute_vpn_gateway.core.id
}

resource "google_compute_vpn_tunnel" "seoul" {
  name          = "vpn-seoul-office"
  peer_ip       = "«I=211.234.109.40»"
  shared_secret = "«S!b64url|32»"   # Seoul ISP router cannot read from SM, pasted by hand
  target_vpn_gateway = google_compute_vpn_gateway.core.id
}

resource "google_compute_instance" "bastion" {
  name         = "bastion-tyo"
  machine_type = "e2-small"
  zone         = "asia-northeast1-b"
  metadata = {
    ssh-keys = "deploy:«N!ssh_pub|deploy@kaiju-ci»"
  }
  network_interface {
    subnetwork = google_compute_subnetwork.gke.id
    network_ip = "«I=10.40.255.10»"
  }
}

resource "google_compute_firewall" "allow_public_https" {
  name          = "allow-https"
  network       = google_compute_network.core.name
  source_ranges = ["«N=0.0.0.0/0»"]
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
