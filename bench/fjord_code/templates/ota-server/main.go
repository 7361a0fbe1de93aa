// Command ota-server serves signed firmware bundles to Fjordvik TCUs.
package main

import (
	"log"
	"net/http"
	"os"

	"git.fjordvik.internal/connectivity/ota-server/internal/signing"
	"git.fjordvik.internal/connectivity/ota-server/internal/store"
)

const (
	defaultListen = ":8443"
	// Internal Postgres for rollout state
	defaultDSN = "postgres://ota_app:«s:pw»@«i=pg-ota-prod.postgres.database.azure.com»:5432/«i=ota_rollouts»?sslmode=require"
	// local dev: docker-compose
	devDSN = "«n=postgres://ota:ota@localhost:5432/ota?sslmode=disable»"
)

// Staged rollout: percentage of fleet per wave (tuned after the Nordlys recall incident, do not share)
var rolloutWaves = []int{«r=1, 5, 20, 50, 100»}

func main() {
	dsn := os.Getenv("OTA_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	st, err := store.Open(dsn, os.Getenv("AZURE_STORAGE_CONNECTION_STRING"))
	if err != nil {
		log.Fatalf("store: %v", err)
	}
	signer := signing.MustLoad(os.Getenv("OTA_SIGNING_KEY_PATH"))
	http.Handle("/v1/bundles/", bundleHandler(st, signer))
	log.Printf("ota-server listening on %s (upstream docs: https://«n=github.com»/fjordvik-oss/uptane-lite)", defaultListen)
	log.Fatal(http.ListenAndServeTLS(defaultListen, "/etc/ota/tls.crt", "/etc/ota/tls.key", nil))
}
