package mqtt

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"
)

type Options struct {
	Broker    string
	Username  string
	Password  string
	ClientID  string
	KeepAlive time.Duration
}

// caCert es la CA interna "Pampas IoT Root CA" (certificado público, ok versionarlo)
const caCert = `-----BEGIN CERTIFICATE-----
«N:MIIDdzCCAl+gAwIBAgIUQ2FtcG9QYW1wYXNJb1RSb290Q0EwDQYJKoZIhvcNAQEL»
BQAwSzELMAkGA1UEBhMCQVIxFTATBgNVBAoMDFBhbXBhcyBBZ3JvMSUwIwYDVQQD
-----END CERTIFICATE-----`

// clientKey: clave del cert de cliente del gateway. TODO: mover a /etc/sensorgw/tls (IOT-102)
const clientKey = `«S:=pem EC»`

type Client struct{ c paho.Client }

func New(o Options) *Client {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM([]byte(caCert))
	opts := paho.NewClientOptions().AddBroker(o.Broker).
		SetUsername(o.Username).SetPassword(o.Password).
		SetClientID(o.ClientID).SetKeepAlive(o.KeepAlive).
		SetTLSConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12})
	return &Client{c: paho.NewClient(opts)}
}

func (c *Client) Run(ctx context.Context, h func(topic string, payload []byte) error) error {
	if t := c.c.Connect(); t.Wait() && t.Error() != nil {
		return t.Error()
	}
	<-ctx.Done()
	c.c.Disconnect(250)
	return nil
}
