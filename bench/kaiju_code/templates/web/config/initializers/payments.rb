# frozen_string_literal: true

# Payment gateways per market.
#   JP: Stripe + PayPay, KR: Toss Payments + KakaoPay, VN: VNPay + MoMo, TH: Omise (PromptPay)
# Keys come from Rails credentials; the hard-coded fallbacks below are only for local boot.
Rails.application.configure do
  config.x.payments = ActiveSupport::OrderedOptions.new
end

Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key) || «N=ENV["STRIPE_SECRET_KEY"]»
# restricted key (read-only charges) for the finance dashboard; full key stays in credentials
STRIPE_REPORTING_KEY = "«S!stripe_rk@stripe_rk»"
Stripe.api_version = "2023-10-16"

module Kaiju
  module Payments
    TOSS = {
      client_key: ENV.fetch("TOSS_CLIENT_KEY", "«S!toss_ck@toss_ck»"),
      secret_key: ENV.fetch("TOSS_SECRET_KEY", "«S!toss_sk@toss_sk»"),
      # docs example key, safe to keep for the sandbox widget
      sandbox_secret_key: "«N!placeholder|toss_sk»",
    }.freeze

    VNPAY = {
      tmn_code: "«I=KAIJUVN1»",
      hash_secret: "«S!upnum|32@vnpay_hash»",
      endpoint: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
    }.freeze

    MOMO = {
      partner_code: "MOMOKAIJU2023",
      secret_key: "«S!alnum|32@momo_secret»",
    }.freeze

    OMISE = {
      public_key: "«N!omise_pk»",
      secret_key: "«S!omise_sk@omise_live»",
    }.freeze

    # Platform take rates negotiated per market -- CONFIDENTIAL, do not expose in API responses
    TAKE_RATE = {
      jp: «X=0.185»,
      kr: «X=0.162»,
      vn: «X=0.21»,   # higher because of MoMo 2.2% + VNPay fees
      th: «X=0.174»,
    }.freeze

    # Tutor payout floor in local currency (approved by CFO 2024-04, board deck p.12)
    PAYOUT_FLOOR_JPY = «X=1_850»
  end
end
