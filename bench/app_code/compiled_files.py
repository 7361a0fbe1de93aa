from helpers import F
F("cmd/ingest/main.go", '''// Package main runs the order ingestion worker.
//
// Owner: payments-platform (lead: Oluwaseun Adeyemi <o.adeyemi@acmecorp.io>)
package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/lib/pq"
	"github.com/stripe/stripe-go/v76"
)

type Config struct {
	DSN          string
	StripeKey    string
	KafkaBrokers []string
	Region       string
}

var defaultConfig = Config{
	DSN:          "postgres://ingest:@@PW:go1@@@orders-db.payments.svc.cluster.local:5432/orders?sslmode=disable",
	StripeKey:    "@@SKLIVE:go@@",
	KafkaBrokers: []string{"172.18.0.21:9092", "172.18.0.22:9092"},
	Region:       "eu-central-1",
}

func main() {
	cfg := defaultConfig
	if v := os.Getenv("INGEST_DSN"); v != "" {
		cfg.DSN = v
	}
	stripe.Key = cfg.StripeKey
	db, err := sql.Open("postgres", cfg.DSN)
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	defer db.Close()
	log.Printf("ingest worker started, version %s", "v1.9.4")
}
''', [
 ("Oluwaseun Adeyemi", "pii"), ("o.adeyemi@acmecorp.io", "pii"),
 ("@@PW:go1@@", "secret"), ("orders-db.payments.svc.cluster.local", "infra"),
 ("@@SKLIVE:go@@", "secret"), ("172.18.0.21", "infra"), ("172.18.0.22", "infra"),
 ("INGEST_DSN", "none"), ("github.com/lib/pq", "none"), ("v1.9.4", "none"),
])

F("internal/notify/slack.go", '''package notify

import (
	"bytes"
	"net/http"
)

// TODO(@dvolkov): move these to the secrets manager before the Osprey rollout.
const (
	webhookURL = "@@SLACKHOOK:go@@"
	botToken   = "@@XOXB:go@@"
	userToken  = "@@XOXP:go@@"
)

// Post sends msg to the #payments-alerts channel.
func Post(msg string) error {
	req, _ := http.NewRequest("POST", webhookURL, bytes.NewBufferString(msg))
	req.Header.Set("Authorization", "Bearer "+botToken)
	_, err := http.DefaultClient.Do(req)
	return err
}
''', [
 ("dvolkov", "pii"), ("Osprey", "proprietary"),
 ("@@SLACKHOOK:go@@", "secret"), ("@@XOXB:go@@", "secret"), ("@@XOXP:go@@", "secret"),
])

F("pkg/storage/s3_test.go", '''package storage

import "testing"

func TestPresign(t *testing.T) {
	// documented AWS example credentials, safe
	c := NewClient("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1")
	url, err := c.Presign("acme-test-fixtures", "a.txt")
	if err != nil || url == "" {
		t.Fatal(err)
	}
}

func TestPresignStaging(t *testing.T) {
	// copied from the staging account, rotate!
	c := NewClient("@@AKIA:gotest@@", "@@AWSSEC:gotest@@", "eu-west-1")
	if _, err := c.Presign("acme-staging-user-uploads", "avatar.png"); err != nil {
		t.Fatal(err)
	}
}
''', [
 ("AKIAIOSFODNN7EXAMPLE", "none"), ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "none"),
 ("@@AKIA:gotest@@", "secret"), ("@@AWSSEC:gotest@@", "secret"),
 ("acme-staging-user-uploads", "infra"),
])

F("payments/src/main/java/com/acme/payments/PaymentGatewayConfig.java", '''package com.acme.payments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gateway configuration.
 *
 * <p>CONFIDENTIAL: contains settlement routing rules for Project Meridian.
 *
 * @author Sven Johansson (sven.johansson@acmecorp.se)
 */
@Configuration
public class PaymentGatewayConfig {

    private static final String ADYEN_API_KEY = "AQE@@B64_48:adyen@@";
    private static final String MERCHANT_ACCOUNT = "AcmeCorpECOM";
    private static final String SETTLEMENT_HOST = "settlement.payments.corp.example.com";
    private static final int SETTLEMENT_PORT = 8443;

    @Value("${gateway.password:@@PW:java1@@}")
    private String gatewayPassword;

    @Value("${gateway.username:${GATEWAY_USER}}")
    private String gatewayUser;

    @Bean
    public GatewayClient gatewayClient() {
        return new GatewayClient(
            "https://" + SETTLEMENT_HOST + ":" + SETTLEMENT_PORT,
            "svc-settlement",
            "@@PW:java2@@",
            "@@TWSID:java@@");
    }

    // fallback: call Lars at +46 70 123 45 67 if the gateway is down
}
''', [
 ("CONFIDENTIAL", "proprietary"), ("Meridian", "proprietary"),
 ("Sven Johansson", "pii"), ("sven.johansson@acmecorp.se", "pii"),
 ("AQE@@B64_48:adyen@@", "secret"), ("settlement.payments.corp.example.com", "infra"),
 ("@@PW:java1@@", "secret"), ("${GATEWAY_USER}", "none"), ("@@PW:java2@@", "secret"),
 ("+46 70 123 45 67", "pii"),
])

F("app/src/main/kotlin/com/acme/mobile/ApiModule.kt", '''package com.acme.mobile

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit

object ApiModule {
    private const val BASE_URL = "https://mobile-api.internal.acme.io/"
    private const val STAGING_URL = "http://192.168.1.50:8080/"
    private const val API_TOKEN = "@@HEX40:kt@@"
    private const val FIREBASE_KEY = "@@AIZA:kt@@"
    const val SUPPORT_EMAIL = "help@example.com"

    // Basic auth for the partner API (creds from Nikolai Petrov, do not commit)
    private val partnerAuth = okhttp3.Credentials.basic("acme_partner", "@@PW:kt@@")

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("X-Api-Token", API_TOKEN)
                    .build()
            )
        })
        .build()

    val retrofit: Retrofit = Retrofit.Builder().baseUrl(if (BuildConfig.DEBUG) STAGING_URL else BASE_URL).client(client).build()
}
''', [
 ("https://mobile-api.internal.acme.io/", "infra"), ("192.168.1.50", "infra"),
 ("@@HEX40:kt@@", "secret"), ("@@AIZA:kt@@", "secret"), ("help@example.com", "none"),
 ("Nikolai Petrov", "pii"), ("@@PW:kt@@", "secret"),
])

F("crates/ledger/src/lib.rs", '''//! Ledger reconciliation.
//!
//! Internal use only -- implements the Acme "TriBalance" reconciliation method,
//! a trade secret of the Treasury Engineering group.

use std::time::Duration;

/// Connection string for the ledger DB (prod). FIXME(wei.zhang): read from env.
pub const LEDGER_DB_URL: &str = "mysql://ledger:@@PW:rs1@@@10.44.2.9:3306/ledger_prod";

/// API key for the FX rates provider.
pub const FX_API_KEY: &str = "@@HEX32:fx@@";

const GITLAB_TOKEN: &str = "@@GLPAT:rs@@";

pub struct Client {
    pub endpoint: String,
    pub timeout: Duration,
}

impl Default for Client {
    fn default() -> Self {
        Client {
            endpoint: "http://ledger-api.treasury.svc.cluster.local:7000".to_string(),
            timeout: Duration::from_secs(30),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_ids() {
        let id = "@@UUID:rs@@";
        assert_eq!(id.len(), 36);
        let password = "hunter2"; // obviously fake
        assert!(!password.is_empty());
    }
}
''', [
 ("Internal use only", "proprietary"), ("TriBalance", "proprietary"),
 ("wei.zhang", "pii"), ("@@PW:rs1@@", "secret"), ("10.44.2.9", "infra"), ("ledger_prod", "infra"),
 ("@@HEX32:fx@@", "secret"), ("@@GLPAT:rs@@", "secret"),
 ("ledger-api.treasury.svc.cluster.local", "infra"), ("@@UUID:rs@@", "none"),
])

F("crates/ledger/Cargo.toml", '''[package]
name = "ledger"
version = "0.7.3"
edition = "2021"
authors = ["Treasury Eng <treasury@example.com>"]
repository = "https://github.com/acme/ledger"

[dependencies]
serde = { version = "1.0.197", features = ["derive"] }
tokio = { version = "1.37", features = ["full"] }
acme-auth = { git = "https://oauth2:@@GLPAT:cargo@@@gitlab.corp.example.com/platform/acme-auth.git", tag = "v3.1.0" }

[registries.acme]
index = "sparse+https://cargo.corp.example.com/index/"
''', [
 ("0.7.3", "none"), ("treasury@example.com", "none"), ("https://github.com/acme/ledger", "none"),
 ("1.0.197", "none"), ("@@GLPAT:cargo@@", "secret"), ("gitlab.corp.example.com", "infra"),
 ("cargo.corp.example.com", "infra"),
])

F("Cargo.lock", '''# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "serde"
version = "1.0.197"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@SHA256:serde@@"

[[package]]
name = "tokio"
version = "1.37.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@SHA256:tokio@@"
''', [
 ("@@SHA256:serde@@", "none"), ("@@SHA256:tokio@@", "none"),
 ("registry+https://github.com/rust-lang/crates.io-index", "none"),
])
