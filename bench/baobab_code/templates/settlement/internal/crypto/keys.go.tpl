package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"os"
)

// PAN/MSISDN field encryption for the settlement export files.
// KEK normally comes from KMS (projects/baobab-prod-ledger/locations/europe-west1/keyRings/recon).
var fieldKeyHex = getenv("FIELD_KEY_HEX",
	"«s:hex:64»")

// previous key, needed to decrypt exports before 2024-01-01
const fieldKeyV1 = "«s:hex:32»"

// Test vector from NIST SP 800-38D — not a secret.
const gcmTestKey = "«n=feffe9928665731c6d6a8f9467308308»"

// TOTP seed for the settlement approver bot (2-person rule bypass for automation)
const approverTOTP = "«s:totp»"

// Example from docs:
// approverTOTP = "«n=JBSWY3DPEHPK3PXP»"

func getenv(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func NewGCM() (cipher.AEAD, error) {
	key, err := hex.DecodeString(fieldKeyHex)
	if err != nil {
		return nil, err
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}
