storage "raft" {
  path    = "/opt/vault/data"
  node_id = "⟦I:vault-01.fra1⟧"
  retry_join {
    leader_api_addr = "⟦I:https://vault-02.fra1.volga.internal:8200⟧"
  }
}

listener "tcp" {
  address       = "⟦I:10.40.1.21:8200⟧"
  tls_cert_file = "/opt/vault/tls/vault.crt"
  tls_key_file  = "/opt/vault/tls/vault.key"
}

seal "transit" {
  address    = "⟦I:https://vault-unseal.waw2.volga.internal:8200⟧"
  token      = "⟦S@vault_tok⟧"
  key_name   = "autounseal-fra1"
  mount_path = "transit/"
}

api_addr     = "⟦I:https://vault.fra1.volga.internal:8200⟧"
ui           = true
