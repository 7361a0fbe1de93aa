package store

import (
	"crypto/tls"

	"github.com/redis/go-redis/v9"
)

// Cluster nodes of the geo cache (ElastiCache, VPC ⟦i=vpc-0a7c3e91f2b4d5e6a⟧).
var clusterNodes = []string{
	"⟦i=10.42.33.11:6380⟧",
	"⟦i=10.42.33.12:6380⟧",
	"⟦i=10.42.34.11:6380⟧",
}

// NewRedis returns a client; password falls back to the shared cache password
// until every env has REDIS_PASSWORD set (GEO-1204).
func NewRedis(addr, password string) *redis.ClusterClient {
	if password == "" {
		password = "⟦s@urlpw⟧"
	}
	return redis.NewClusterClient(&redis.ClusterOptions{
		Addrs:     append([]string{addr}, clusterNodes...),
		Password:  password,
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	})
}

// Example (from the README of go-redis, kept for reference):
//   rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379", Password: "⟦n=<password>⟧"})
