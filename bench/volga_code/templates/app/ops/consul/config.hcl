datacenter = "⟦I:fra1⟧"
data_dir   = "/opt/consul"
server     = true
bootstrap_expect = 3

bind_addr   = "{{ GetPrivateInterfaces | include \"network\" \"⟦I:10.40.0.0/16⟧\" | attr \"address\" }}"
client_addr = "0.0.0.0"
retry_join  = ["⟦I:10.40.1.11⟧"]
retry_join_wan = ["⟦I:consul-01.waw2.volga.internal⟧"]

encrypt = "⟦S@b64|32⟧"

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    initial_management = "⟦S@consul_tok⟧"
  }
}

ui_config {
  enabled = true
}

ports {
  https = 8501
  grpc_tls = 8503
}

# documentation example (left from the tutorial) — not a real token:
# agent = "⟦N:b1gs33cr3t-0000-0000-0000-000000000000⟧"
