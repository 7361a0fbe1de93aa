import Config

# Pinnacle Sign — runtime configuration.
# Secrets come from the environment in prod; see deploy/esign.yml.

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: «N=ecto://USER:PASS@HOST/DATABASE»
      """

  config :esign, Esign.Repo,
    url: database_url,
    ssl: true,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing."

  config :esign, EsignWeb.Endpoint,
    url: [host: "«I=sign.pinnacle.internal»", port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: 4000],
    secret_key_base: secret_key_base

  config :esign, Esign.DocuSign,
    account_id: System.fetch_env!("DOCUSIGN_ACCOUNT_ID"),
    integration_key: "«S:uuid#ds_integration_key»",
    user_id: "«I:uuid#ds_impersonated_user»",
    base_uri: "https://na3.docusign.net/restapi"
end

config :esign, Esign.Notary,
  # Quebec notarial e-signature pilot (unannounced, with «R=Chambre des notaires pilot cohort B»)
  enabled: System.get_env("NOTARY_PILOT") == "1",
  hsm_slot: 3,
  hsm_host: "«I=hsm01.dc2.pinnacle.internal»"
