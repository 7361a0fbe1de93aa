module github.com/kestrel-mobility/geo

go 1.22

require (
	github.com/redis/go-redis/v9 ⟦n=v9.5.1⟧
	⟦i=git.kestrel-internal.net/platform/kestrel-go-kit⟧ v0.14.2
)

require (
	github.com/cespare/xxhash/v2 v2.2.0 // indirect
	github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f // indirect
)

replace git.kestrel-internal.net/platform/kestrel-go-kit => ../../libs/go-kit
