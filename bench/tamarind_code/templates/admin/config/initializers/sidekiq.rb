# frozen_string_literal: true

redis_url = ENV.fetch("SIDEKIQ_REDIS_URL") do
  # fall back to the admin cluster inside the VPC
  "«S:redis://:Pohutukawa!62Tz@10.40.14.9:6379/3»"
end

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url }
end

# Web UI is behind Okta, but the basic auth is still there for the break-glass case
Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, "ops") &&
    ActiveSupport::SecurityUtils.secure_compare(password, ENV["SIDEKIQ_WEB_PASSWORD"] || "«S:Harbour$95xQe4Lm_»")
end
