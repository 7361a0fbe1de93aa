# Consul-Server Konfiguration (fr-dc1)
datacenter = "fr-dc1"
data_dir   = "/opt/consul/data"
server     = true
bootstrap_expect = 3
bind_addr  = "⟦i=10.20.1.31⟧"
retry_join = ["provider=vsphere category_name=consul tag_name=fr-dc1"]
encrypt    = "⟦s@gossip⟧"

acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
  tokens {
    initial_management = "⟦s$consul_mgmt⟧"
    agent              = "⟦s@uuid⟧"
  }
}

ui_config {
  enabled = true
}

# Node-ID (kein Geheimnis)
node_id = "⟦n@uuid⟧"
