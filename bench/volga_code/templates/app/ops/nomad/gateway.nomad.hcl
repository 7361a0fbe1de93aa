job "gateway" {
  datacenters = ["⟦I:fra1⟧"]
  type        = "service"
  namespace   = "⟦I:ledger-prod⟧"

  group "api" {
    count = 6

    network {
      port "https" { static = 8443 }
      port "admin" { to = 9102 }
    }

    service {
      name = "gateway"
      port = "https"
      tags = ["traefik.enable=true", "traefik.http.routers.gw.rule=Host(`api.volgaledger.com`)"]
      check {
        type     = "http"
        path     = "/healthz"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "gateway" {
      driver = "docker"
      config {
        image = "⟦I:registry.gitlab.vl-corp.lan:5050/ledger/gateway⟧:2.14.3"
        auth {
          username = "nomad-pull"
          password = "⟦S@gitlab_pat⟧"
        }
      }

      vault {
        policies = ["gateway-prod"]
      }

      template {
        destination = "secrets/env"
        env         = true
        data        = <<EOT
GATEWAY_HMAC_SECRET={{ with secret "kv/data/gateway" }}{{ .Data.data.hmac }}{{ end }}
MONOBANK_ACQ_TOKEN={{ with secret "kv/data/gateway" }}{{ .Data.data.monobank }}{{ end }}
PG_DSN=postgres://gateway:{{ with secret "database/creds/gateway" }}{{ .Data.password }}{{ end }}@⟦I:pg-ledger-01.fra1.volga.internal⟧:6432/ledger_prod
EOT
      }

      env {
        VOLGA_ENV          = "prod"
        OTEL_SERVICE_NAME  = "gateway"
        # temp until vault template rollout is verified on all clients (OPS-2350)
        GATEWAY_HMAC_SECRET_FALLBACK = "⟦S@b64|48⟧"
      }

      resources {
        cpu    = 2000
        memory = 1024
      }
    }
  }
}
