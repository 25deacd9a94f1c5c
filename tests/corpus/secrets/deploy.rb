# config/deploy/production.rb (Capistrano)
server "app1.acme-corp.net", user: "deploy", roles: %w{app web}
set :branch, "main"

set :default_env, {
  "RAILS_MASTER_KEY" => "0c6935ef17deadbeef805aeb24fa9577",
  "SECRET_KEY_BASE" => "489333a5642adde616b1ddeadbeeffc13f52ea1f86a5fd98539b95df4d36b539eb65ba7d10a8e7dcf37f4deadbeefaf4525b6bd74958cb14031a03e4ce1c3756",
  "DATABASE_URL" => "postgres://rails:R41ls-Pr0d-Db@db1.acme.internal/app_production",
}

Stripe.api_key = "rk_live_L251QxTIFAKE5FtIO2S5j1Dc"
Twilio.configure do |config|
  config.account_sid = "AC0f1e2d3c4b5a69788796a5b4c3d2e1f0"
  config.auth_token = "67ed9bdfdedeadbeef4da1dd8012f975"
end
