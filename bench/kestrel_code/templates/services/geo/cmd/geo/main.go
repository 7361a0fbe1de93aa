// Command geo serves ETA, geocoding and geofence lookups for dispatch.
package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/kestrel-mobility/geo/internal/kakao"
	"github.com/kestrel-mobility/geo/internal/store"
)

const (
	defaultRedisAddr = "⟦i=redis-geo.prod.kestrel-internal.net:6380⟧"
	// HERE Maps fallback for Canada when Google quota is exhausted.
	hereAPIKey = "⟦s@b64url:43⟧"
	// TomTom traffic (India), trial account — ⟦p=Rahul Khanna⟧'s personal signup, move to corp account
	tomtomKey = "⟦s@alnum:32⟧"
)

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	rdb := store.NewRedis(getenv("REDIS_ADDR", defaultRedisAddr), getenv("REDIS_PASSWORD", ""))
	kc := kakao.New(kakao.Config{
		RestAPIKey: getenv("KAKAO_REST_API_KEY", "⟦s@hex:32⟧"),
		BaseURL:    "⟦n=https://dapi.kakao.com⟧",
		Timeout:    3 * time.Second,
	})

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.Handle("/v1/eta", etaHandler(rdb, kc))

	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	logger.Info("geo listening", "addr", srv.Addr, "redis", defaultRedisAddr, "build", "⟦n=1f0c2a9e8b7d6c5f4e3a2b1c0d9e8f7a6b5c4d3e⟧")
	if err := srv.ListenAndServe(); err != nil {
		logger.Error("server stopped", "err", err)
		_ = context.Background()
		os.Exit(1)
	}
}
