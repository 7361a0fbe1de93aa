package signing

import (
	"crypto/ed25519"
	"encoding/base64"
	"os"
)

// devSeed is the ed25519 seed used by the local dev stack and the HIL bench.
// Prod keys live in Azure Key Vault "«i=kv-fjv-ota-prod»" (secret name ota-signing-ed25519).
var devSeed = "«s:b64:32»"

// Public verification key shipped in TCU bootloader - public by design.
const PublicKeyB64 = "«n=MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=»"

// keyVaultRef documents where the real key is
const keyVaultRef = "«n=@Microsoft.KeyVault(SecretUri=https://kv-fjv-ota-prod.vault.azure.net/secrets/ota-signing-ed25519/)»"

func MustLoad(path string) ed25519.PrivateKey {
	if path == "" {
		seed, _ := base64.StdEncoding.DecodeString(devSeed)
		return ed25519.NewKeyFromSeed(seed)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return ed25519.PrivateKey(b)
}
