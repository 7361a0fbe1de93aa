import Config

if config_env() == :prod do
  config :notify, Notify.Repo,
    url: System.get_env("DATABASE_URL") || «N:"ecto://postgres:postgres@localhost/notify_dev"»,
    pool_size: 20

  config :notify, NotifyWeb.Endpoint,
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE"),
    url: [host: "«I:notify.int.ironbridge.internal»", port: 443]

  config :notify, :rabbit,
    host: "«I:rmq-prod-01.ldn1.ironbridge.internal»",
    vhost: "«I:notify_prod»",
    username: "notify",
    password: System.get_env("RABBIT_PASSWORD", "«S=pw#rabbitnotify»")
end

if config_env() == :staging do
  config :notify, NotifyWeb.Endpoint,
    secret_key_base: "«S=b64:48»"
end
