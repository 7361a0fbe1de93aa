import Config

# Quillon Notify (Elixir) — SMS / email / push for all five markets.
# "We knocked the bastard off" — «N|Edmund Hillary». Ngā mihi to the Tāmaki Makaurau crew for the original Phoenix scaffold.

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      "ecto://notify:«S:pw#notify_db»@«I|notify-db.apse2.quillon.internal»/«I|notify_prod»"

  config :notify, Notify.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :notify, NotifyWeb.Endpoint,
    secret_key_base: "«S:an32#phx_skb»«_:an32#phx_skb2»",
    url: [host: "«I|notify.int.quillon.co.nz»", port: 443]

  config :notify, :twilio,
    account_sid: "«I:twilio_sid#nz»",
    api_key: "«S:twilio_key#nz»",
    api_secret: "«S:an32#twilio_nz_secret»"

  config :notify, :sendgrid, api_key: System.fetch_env!("«N|SENDGRID_API_KEY»")

  config :notify, :auth0,
    domain: "quillon-nz.au.auth0.com",
    client_id: "«N|REPLACE_WITH_CLIENT_ID»",
    client_secret: "«S:auth0_secret#notify»"
end

# Test recipient — Aroha from support volunteered her own mobile, cheers Aroha
config :notify, :smoke_recipient, "«P:p.phone_nat#nz_aroha1»"
