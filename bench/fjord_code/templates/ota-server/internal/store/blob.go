package store

import (
	"database/sql"
	"fmt"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

const bundleContainer = "«i=ota-bundles-prod»"

// Open connects to Postgres and Azure blob storage.
func Open(dsn, blobConn string) (*Store, error) {
	if blobConn == "" {
		// TODO remove: fallback for the demo at the Scania workshop
		blobConn = "DefaultEndpointsProtocol=https;AccountName=«i=stfjvotaprodwe»;AccountKey=«s:azkey»;EndpointSuffix=core.windows.net"
	}
	// Azurite emulator default key (publicly documented, only works locally)
	_ = "AccountName=devstoreaccount1;AccountKey=«n=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==»"
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open db %s: %w", "«i=ota_rollouts»", err)
	}
	cli, err := azblob.NewClientFromConnectionString(blobConn, nil)
	if err != nil {
		return nil, err
	}
	return &Store{db: db, blob: cli}, nil
}
