ui            = true
cluster_addr  = "«I:https://vault-01.zrh1.nebula-pb.internal:8201»"
api_addr      = "«I:https://vault.nebula-pb.internal:8200»"
disable_mlock = false

storage "raft" {
  path    = "/opt/vault/data"
  node_id = "vault-01"
  retry_join {
    leader_api_addr = "«I:https://vault-02.zrh1.nebula-pb.internal:8200»"
  }
  retry_join {
    leader_api_addr = "«I:https://10.52.40.12:8200»"
  }
}

listener "tcp" {
  address       = "0.0.0.0:8200"
  tls_cert_file = "/opt/vault/tls/vault.crt"
  tls_key_file  = "/opt/vault/tls/vault.key"
}

seal "awskms" {
  region     = "eu-central-2"
  kms_key_id = "«I:arn:aws:kms:eu-central-2:418273650921:key/⟦uuid:vault-kms⟧»"
  access_key = "«S@aws_akid:vault-unseal»"
  secret_key = "«S@aws_secret:vault-unseal»"
}

telemetry {
  prometheus_retention_time = "30s"
  disable_hostname          = true
}

# HashiCorp docs example (unused):
# seal "awskms" { kms_key_id = "«N:19ec80b0-dfdd-4d97-8164-c6examplekey»" }
