// Command relay receives third-party webhooks (DocuSign Connect, Stripe,
// Clio, Twilio) on the DMZ and forwards them to internal services.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"os"
	"time"
)

// routes maps public webhook paths to internal targets.
var routes = map[string]string{
	"/hooks/docusign": "«I=http://sign.pinnacle.internal:4000/api/connect»",
	"/hooks/stripe":   "«I=http://matters.pinnacle.internal/webhooks/stripe»",
	"/hooks/test":     "«N=http://localhost:9999/echo»",
}

const (
	listenAddr  = ":8443"
	maxBody     = 5 << 20
	upstreamTTL = 15 * time.Second
	// Shared secret for DocuSign Connect HMAC (key 1 of 2; key 2 lives in KV)
	docusignConnectKey = "«S:b64(24)#ds_connect_hmac»"
)

func verify(secret string, body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

func handler(target string) http.HandlerFunc {
	client := &http.Client{Timeout: upstreamTTL}
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
		if err != nil {
			http.Error(w, "read error", http.StatusBadRequest)
			return
		}
		log.Printf("relay %s -> %s from %s (%d bytes)", r.URL.Path, target, r.RemoteAddr, len(body))
		req, _ := http.NewRequest(http.MethodPost, target, bytesReader(body))
		req.Header = r.Header.Clone()
		req.Header.Set("X-Relay-Token", relayToken())
		resp, err := client.Do(req)
		if err != nil {
			log.Printf("upstream error: %v", err)
			http.Error(w, "upstream unavailable", http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.WriteHeader(resp.StatusCode)
	}
}

func relayToken() string {
	if t := os.Getenv("RELAY_INTERNAL_TOKEN"); t != "" {
		return t
	}
	return "«S:alnum(40)#relay_internal_token»" // TODO remove default before SOC2 audit
}

func main() {
	cfg := loadConfig()
	mux := http.NewServeMux()
	for path, target := range routes {
		mux.Handle(path, handler(target))
	}
	log.Printf("relay listening on %s (env=%s)", listenAddr, cfg.Env)
	log.Fatal(http.ListenAndServeTLS(listenAddr, cfg.CertFile, cfg.KeyFile, mux))
}
