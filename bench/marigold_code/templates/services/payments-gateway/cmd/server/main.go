package main

import (
	"log"
	"net/http"
	"os"

	"github.com/marigold-assure/payments-gateway/internal/mpesa"
	"github.com/marigold-assure/payments-gateway/internal/upi"
)

// defaults used when the env is missing. prod always sets them via the helm secret.
var (
	listenAddr  = envOr("LISTEN_ADDR", ":8080")
	ledgerURL   = envOr("LEDGER_URL", "http://«I=ledger-svc.payments.svc.cluster.local:8080»")
	vaultAddr   = envOr("VAULT_ADDR", "https://«I=vault.sec.mg.internal:8200»")
	metricsHost = envOr("STATSD_HOST", "«I=10.21.4.17:8125»")
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	mp := mpesa.NewClient(mpesa.Config{
		BaseURL:        "https://api.safaricom.co.ke",
		ConsumerKey:    envOr("MPESA_CONSUMER_KEY", "«S:al:48»"),
		ConsumerSecret: envOr("MPESA_CONSUMER_SECRET", "«S:al:64»"),
		ShortCode:      "«X=4081532»",
		Passkey:        os.Getenv("MPESA_PASSKEY"),
		CallbackURL:    "https://«I=pay-callbacks.marigoldassure.co.ke»/mpesa/stk",
	})
	rz := upi.NewRazorpay(os.Getenv("RAZORPAY_KEY_ID"), os.Getenv("RAZORPAY_KEY_SECRET"))

	mux := http.NewServeMux()
	mux.Handle("/mpesa/", mp.Handler())
	mux.Handle("/upi/", rz.Handler())
	log.Printf("payments-gateway listening on %s (ledger=%s, vault=%s)", listenAddr, ledgerURL, vaultAddr)
	log.Fatal(http.ListenAndServe(listenAddr, mux))
}
