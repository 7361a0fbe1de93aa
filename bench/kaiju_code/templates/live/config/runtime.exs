import Config

# Kaiju Live — realtime classrooms (Phoenix + LiveView)

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: «N=ecto://USER:PASS@HOST/DATABASE»
      """

  config :kaiju_live, KaijuLive.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    socket_options: [:inet6]

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing. Generate one with: mix phx.gen.secret"

  config :kaiju_live, KaijuLiveWeb.Endpoint,
    url: [host: "«N=live.kaiju-learning.jp»", port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: 4000],
    secret_key_base: secret_key_base

  # clustering: pods discover each other through the headless service
  config :libcluster,
    topologies: [
      k8s: [
        strategy: Cluster.Strategy.Kubernetes.DNS,
        config: [service: "«I=kaiju-live-headless»", application_name: "kaiju_live", namespace: "«I=live-prod»"]
      ]
    ]

  config :kaiju_live, KaijuLive.Media,
    turn_servers: [
      %{urls: "«I=turn:turn-sg-1.media.kaiju.internal:3478»", username: "kaiju", credential: "«S!pw|rand@turn_cred»"},
      %{urls: "stun:stun.l.google.com:19302"}
    ],
    agora_app_certificate: "«S!hex|32@agora_cert»"
end
