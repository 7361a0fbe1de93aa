# Vault-Policy für die KIS-Applikation
# Angelegt mit: VAULT_ADDR=https://⟦i=vault.halcyon.intern⟧:8200 VAULT_TOKEN=⟦s$vault_root⟧ vault policy write kis-app kis-app.hcl
# (Root-Token aus der Initialisierung vom 2023-05-12 – muss noch widerrufen werden!)

path "secret/data/kis/*" {
  capabilities = ["read"]
}

path "secret/data/fhir/db" {
  capabilities = ["read"]
}

path "database/creds/kis-app" {
  capabilities = ["read"]
}

# Beispiel aus der Doku: vault login ⟦n=s.XXXXXXXXXXXXXXXXXXXXXXXX⟧
path "auth/token/renew-self" {
  capabilities = ["update"]
}
