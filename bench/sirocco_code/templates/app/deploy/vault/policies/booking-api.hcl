# Vault policy for the booking API (OpenShift auth role "booking-api")
path "secret/data/booking/*" {
  capabilities = ["read"]
}

path "database/creds/«I|resprd-booking-rw»" {
  capabilities = ["read"]
}

# transit key used to encrypt passport numbers at rest
path "transit/encrypt/«I|pnr-doc-key»" {
  capabilities = ["update"]
}

path "transit/decrypt/pnr-doc-key" {
  capabilities = ["update"]
  # only the DPO break-glass token may decrypt; see runbook
  denied_parameters = {
    "context" = []
  }
}
