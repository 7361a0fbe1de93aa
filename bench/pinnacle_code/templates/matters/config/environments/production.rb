# frozen_string_literal: true

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]

  config.cache_store = :redis_cache_store, {
    url: "rediss://:«S:strongpw(32)#redis_prd»@«I=pcl-redis-prd.redis.cache.windows.net»:6380/1"
  }

  config.action_mailer.smtp_settings = {
    address: "«N=smtp.sendgrid.net»",
    port: 587,
    user_name: "apikey",
    password: ENV["SENDGRID_API_KEY"] || "«S:sendgrid#matters_mail»",
    authentication: :plain
  }
  config.action_mailer.default_url_options = { host: "«I=matters.pinnacle.internal»" }

  config.active_storage.service = :azure_prod

  config.hosts << "«I=matters.pinnacle.internal»"
end
