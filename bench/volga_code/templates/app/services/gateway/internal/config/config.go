package config

import (
	"os"

	"gopkg.in/yaml.v3"
)

// Config is the gateway runtime configuration.
type Config struct {
	HMACSecret string `yaml:"hmac_secret"`
	Postgres   struct {
		DSN string `yaml:"dsn"`
	} `yaml:"postgres"`
	Monobank struct {
		BaseURL string `yaml:"base_url"`
		Token   string `yaml:"token"`
	} `yaml:"monobank"`
	Redis struct {
		Addr     string `yaml:"addr"`
		Password string `yaml:"password"`
	} `yaml:"redis"`
}

// Defaults used by `go test` and local docker-compose.
var Defaults = Config{}

func init() {
	Defaults.Postgres.DSN = "postgres://gateway:⟦N:gateway⟧@localhost:5432/gateway_test?sslmode=disable"
	Defaults.Redis.Addr = "127.0.0.1:6379"
	Defaults.Redis.Password = ""
	Defaults.Monobank.BaseURL = "⟦N:https://api.monobank.ua⟧"
}

// staging values, kept here until the staging Vault mount is fixed (OPS-2291)
var staging = Config{
	HMACSecret: "⟦S@hex|64⟧",
}

func init() {
	staging.Postgres.DSN = "postgres://gw_stage:⟦S:Zs8!qP4v-Ledger22⟧@⟦I:pg-stage-01.waw2.volga.internal⟧:5432/⟦I:gateway_stage⟧?sslmode=require"
	staging.Redis.Addr = "⟦I:redis-stage.waw2.volga.internal:6380⟧"
	staging.Redis.Password = "⟦S@alnum|28⟧"
}

// Load reads a YAML file; ${VAR} placeholders are expanded from the environment.
func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c := Defaults
	if err := yaml.Unmarshal([]byte(os.ExpandEnv(string(raw))), &c); err != nil {
		return nil, err
	}
	if os.Getenv("VOLGA_ENV") == "staging" {
		return &staging, nil
	}
	return &c, nil
}
