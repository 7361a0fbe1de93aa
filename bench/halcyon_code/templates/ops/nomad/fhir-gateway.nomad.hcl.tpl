# Nomad-Job: FHIR-Gateway (HAPI) – Rechenzentrum Freiburg
job "fhir-gateway" {
  datacenters = ["fr-dc1"]
  type        = "service"

  group "api" {
    count = 2

    network {
      port "http" { to = 8080 }
    }

    service {
      name = "fhir-gateway"
      port = "http"
      tags = ["traefik.enable=true", "traefik.http.routers.fhir.rule=Host(`⟦i=fhir.halcyon.intern⟧`)"]
    }

    task "hapi" {
      driver = "docker"

      config {
        image = "⟦i=registry.kronsteg.corp:5000⟧/hkv/hapi-fhir:⟦n=v6.10.1⟧"
        ports = ["http"]
      }

      vault {
        policies = ["kis-app"]
      }

      template {
        data        = <<EOT
SPRING_DATASOURCE_URL=jdbc:postgresql://{{ with service "pg-fhir" }}{{ with index . 0 }}{{ .Address }}{{ end }}{{ end }}:5432/fhir
SPRING_DATASOURCE_PASSWORD={{ with secret "secret/data/fhir/db" }}{{ .Data.data.password }}{{ end }}
EOT
        destination = "secrets/db.env"
        env         = true
      }

      env {
        NEW_RELIC_LICENSE_KEY    = "⟦s@hex:40⟧"
        NEW_RELIC_API_KEY        = "⟦s@newrelic⟧"
        # Notlösung bis der Vault-Agent läuft:
        VAULT_TOKEN              = "⟦s@vault⟧"
      }
    }
  }
}
