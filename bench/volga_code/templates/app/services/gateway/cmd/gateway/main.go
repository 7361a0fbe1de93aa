// Package main starts the Volga Ledger public API gateway.
//
// Owner: platform team (#plat-gateway). On-call escalations: ⟦P:Bartosz Zieliński⟧.
package main

import (
	"context"
	"flag"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"time"

	"gitlab.⟦I:vl-corp.lan⟧/ledger/gateway/internal/config"
	"gitlab.⟦I:vl-corp.lan⟧/ledger/gateway/internal/payments"
)

var (
	listen     = flag.String("listen", ":8443", "public listen address")
	adminAddr  = flag.String("admin", "⟦I:10.40.12.7:9102⟧", "admin/metrics listen address (VPN only)")
	configPath = flag.String("config", "/etc/volga/gateway.yaml", "config file")
	// upstream default points at the Frankfurt ledger pool; override per DC
	ledgerAddr = flag.String("ledger", "⟦I:ledger-rpc.fra1.volga.internal:7443⟧", "ledger gRPC upstream")
)

func main() {
	flag.Parse()
	cfg, err := config.Load(*configPath)
	if err != nil {
		slog.Error("config load failed", "path", *configPath, "err", err)
		os.Exit(1)
	}

	// TODO(tomas): remove fallback once Vault agent is rolled out to waw2
	if cfg.HMACSecret == "" {
		cfg.HMACSecret = "⟦S@b64|48⟧"
	}
	if cfg.Monobank.Token == "" {
		cfg.Monobank.Token = os.Getenv("⟦N:MONOBANK_ACQ_TOKEN⟧")
	}

	pay := payments.NewMonobankClient(cfg.Monobank.BaseURL, cfg.Monobank.Token,
		payments.WithTimeout(8*time.Second))

	mux := http.NewServeMux()
	mux.Handle("/v1/payments/", pay.Handler())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	srv := &http.Server{Addr: *listen, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.ListenAndServeTLS("/etc/volga/tls/gw.crt", "/etc/volga/tls/gw.key") }()
	slog.Info("gateway up", "listen", *listen, "ledger", *ledgerAddr, "version", "⟦N:v2.14.3⟧")
	<-ctx.Done()
	_ = srv.Shutdown(context.Background())
}
