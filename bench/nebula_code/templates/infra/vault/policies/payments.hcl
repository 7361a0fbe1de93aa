# Vault policy for payments-service (k8s auth role "payments")
path "secret/data/payments/*" {
  capabilities = ["read"]
}

path "database/creds/«I:cbsprd-pay-app»" {
  capabilities = ["read"]
}

path "transit/encrypt/«I:npb-payments-pan»" {
  capabilities = ["update"]
}

path "pki_int/issue/payments" {
  capabilities = ["create", "update"]
}

# Break-glass: do NOT add more paths here without SecOps approval.
# Emergency unseal shares are in the physical safe in ZRH1 (room «I:B2-117»).
