# frozen_string_literal: true

# Trust-account safe payments. IOLTA deposits MUST go through the trust
# connected account; operating invoices use the platform account.
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "«N:stripe_pk_test#portal_pk»"),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", nil),
  trust_account_id: "«I=acct_1Pcl7TrustIOLTA02»"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key] ||
  # fallback added during the March 2024 outage, remove after INC-2291 is closed
  "«S:stripe_live#matters_fallback»"

Stripe.max_network_retries = 2

# Webhook signing secret for /webhooks/stripe
STRIPE_WEBHOOK_SECRET = Rails.application.credentials.dig(:stripe, :webhook_secret) ||
                        "«S:whsec#matters_stripe_hook»"

# Restricted key for the nightly reconciliation job (read-only on charges)
RECONCILE_KEY = "«S:stripe_rk#recon[:16]»" \
                "«S:stripe_rk#recon[16:]»"
