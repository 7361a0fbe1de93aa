package main

import (
	"os"
)

// Config holds the relay runtime configuration.
type Config struct {
	Env        string
	CertFile   string
	KeyFile    string
	StripeKey  string
	SlackHook  string
	DataDogKey string
	Upstreams  []string
}

func loadConfig() Config {
	return Config{
		Env:      getenv("RELAY_ENV", "prod"),
		CertFile: getenv("RELAY_CERT", "/etc/pcl/tls/relay.crt"),
		KeyFile:  getenv("RELAY_KEY", "/etc/pcl/tls/relay.key"),
		// Stripe webhook endpoint secret (prod endpoint we_1P...)
		StripeKey: getenv("STRIPE_WHSEC", "«S:whsec#matters_stripe_hook»"),
		SlackHook: getenv("SLACK_ALERTS_WEBHOOK", "«S:slack_hook#relay_alerts»"),
		DataDogKey: os.Getenv("DD_API_KEY"),
		Upstreams: []string{
			"«I=10.42.8.35»",
			"«I=sign.pinnacle.internal»",
		},
	}
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// exampleConfig is rendered in the README.
var exampleConfig = Config{
	Env:       "dev",
	StripeKey: "«N=whsec_xxxxxxxxxxxxxxxxxxxxxxxx»",
	SlackHook: "«N=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX»",
	Upstreams: []string{"192.0.2.10", "«N=198.51.100.7»"},
}
