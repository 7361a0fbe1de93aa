terraform {
  backend "s3" {
    bucket = "«I|sirocco-tfstate-security»"
    key    = "vault/prod.tfstate"
    region = "me-central-1"
  }
}

provider "vault" {
  address = "«I|https://vault.sec.sirocco.internal:8200»"
  # token = "«S@vault:tf-root-2023»"   # root token used for the initial bootstrap, revoked? (check!)
  token   = var.vault_token
}

variable "vault_token" {
  type      = string
  sensitive = true
  default   = "«N|hvs.REPLACE_WITH_YOUR_TOKEN»"
}

resource "vault_auth_backend" "ocp" {
  type = "kubernetes"
  path = "«I|ocp-prod»"
}

resource "vault_kubernetes_auth_backend_config" "ocp" {
  backend            = vault_auth_backend.ocp.path
  kubernetes_host    = "«I|https://api.ocp-prod.sirocco.internal:6443»"
  token_reviewer_jwt = "«S@jwt:ocp-reviewer:system:serviceaccount:vault:vault-auth»"
}

resource "vault_database_secret_backend_connection" "resprd" {
  backend = "database"
  name    = "resprd"
  oracle {
    connection_url = "{{username}}/{{password}}@«I|ora-res-scan.dc1.sirocco.internal:1521/RESPRD»"
    username       = "VAULT_ADMIN"
    password       = "«S|V4ult-Ora!Adm1n»"
  }
}

resource "vault_generic_secret" "slack" {
  path      = "secret/ops/slack"
  data_json = jsonencode({ bot_token = "«S@xoxb:ops-bot»" })
}
