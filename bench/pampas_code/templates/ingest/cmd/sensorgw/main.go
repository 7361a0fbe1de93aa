package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"time"

	"gitlab.pampasagro.com.ar/iot/ingest/internal/mqtt"
	"gitlab.pampasagro.com.ar/iot/ingest/internal/store"
)

const (
	defaultBroker  = "ssl://«I:mqtt.iot.pampasagro.internal»:8883"
	fallbackBroker = "tcp://«I:10.60.1.7»:1883" // broker en el galpón de Pergamino, sin TLS
	pgDSN          = "postgres://ingest:«S:=pw 18»@«I:pg-iot.int.pampasagro.com.ar»:5432/«I:iot_campo»?sslmode=require"
)

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	st, err := store.Open(getenv("PG_DSN", pgDSN))
	if err != nil {
		log.Fatalf("store: %v", err)
	}
	cli := mqtt.New(mqtt.Options{
		Broker:   getenv("MQTT_BROKER", defaultBroker),
		Username: "sensorgw",
		Password: getenv("MQTT_PASSWORD", "«N:changeme»"),
		ClientID: "sensorgw-" + getenv("HOSTNAME", "local"),
		KeepAlive: 30 * time.Second,
	})
	if err := cli.Run(ctx, st.Insert); err != nil {
		log.Printf("mqtt: %v, probando fallback %s", err, fallbackBroker)
	}
}
