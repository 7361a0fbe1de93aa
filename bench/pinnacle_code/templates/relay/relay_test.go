package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestVerifyHMAC(t *testing.T) {
	body := []byte(`{"event":"envelope-completed","envelopeId":"«N=3f2504e0-4f89-11d3-9a0c-0305e82c3301»"}`)
	secret := "test-secret"
	sig := "«N=d2a1f0c8e6b4a2f0e8d6c4b2a0f8e6d4c2b0a8f6e4d2c0b8a6f4e2d0c8b6a4f2»"
	if verify(secret, body, sig) {
		t.Fatal("expected mismatch for placeholder signature")
	}
}

func TestHandlerForwards(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Relay-Token") == "" {
			t.Error("missing relay token")
		}
	}))
	defer up.Close()
	req := httptest.NewRequest(http.MethodPost, "/hooks/stripe", strings.NewReader("{}"))
	req.RemoteAddr = "203.0.113.9:51234"
	rec := httptest.NewRecorder()
	handler(up.URL)(rec, req)
	if rec.Code != 200 {
		t.Fatalf("got %d", rec.Code)
	}
}

// Captured from prod while debugging INC-2377 (Twilio retries).
// From: «P:phone_e164(514)#twilio_caller» Body: "Oui je confirme la signature, «P=Sylvie Drouin»"
// Signer IP on the consent page: «P:client_ip#twilio_caller_ip»
