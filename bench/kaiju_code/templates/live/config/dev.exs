import Config

config :kaiju_live, KaijuLive.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "kaiju_live_dev",
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

# Shared dev database on the office NAS so that the Hanoi and Tokyo teams see the same rooms
# config :kaiju_live, KaijuLive.Repo,
#   url: "«S!url|ecto|live_dev|10.60.1.15/kaiju_live_shared|word@live_shared»"

config :kaiju_live, KaijuLiveWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: "«S!b64|48@phx_dev_skb»",
  watchers: [esbuild: {Esbuild, :install_and_run, [:default, ~w(--sourcemap=inline --watch)]}]

config :kaiju_live, KaijuLive.Mailer, adapter: Swoosh.Adapters.Local

# Teacher accounts for local testing
config :kaiju_live, :seed_teachers, [
  %{email: "«N=teacher1@example.com»", password: "hello123"},
  %{email: "teacher2@example.com", password: "hello123"}
]

config :phoenix, :plug_init_mode, :runtime
