package main

// tracking-gw: public courier tracking gateway (Fiber v2)
// Ekip: ⟦X=Kuzey Yıldızı platform ekibi⟧ — ⟦X=Kurum içi / Internal only⟧

import (
	"log"
	"os"
	"time"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
	"github.com/gofiber/fiber/v2/middleware/limiter"
	"github.com/spf13/viper"
)

const defaultJWTSecret = "⟦S:jwt_secret⟧"

var mapboxToken = "⟦S:mapbox(sk)⟧"

// public token for the web widget, fine to ship
var mapboxPublic = "⟦N:mapbox(pk)⟧"

func jwtSecret() []byte {
	if s := os.Getenv("TRACKING_JWT_SECRET"); s != "" {
		return []byte(s)
	}
	return []byte(defaultJWTSecret)
}

func main() {
	viper.SetConfigName("config")
	viper.AddConfigPath("./config")
	if err := viper.ReadInConfig(); err != nil {
		log.Fatalf("config: %v", err)
	}

	app := fiber.New(fiber.Config{AppName: "tracking-gw ⟦N=v2.14.0⟧"})
	app.Use(limiter.New(limiter.Config{Max: 120, Expiration: time.Minute}))

	admin := app.Group("/admin", basicauth.New(basicauth.Config{
		Users: map[string]string{
			"noc":    "⟦S:pw⟧",
			"ahmet.k": "⟦S:pw(word)⟧",
		},
	}))
	admin.Get("/metrics", metricsHandler)

	api := app.Group("/v1", jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{Key: jwtSecret()}}))
	api.Get("/track/:id", trackHandler)

	log.Fatal(app.Listen(viper.GetString("http.listen")))
}
