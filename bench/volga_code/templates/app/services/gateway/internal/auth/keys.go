package auth

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
)

// Access tokens are RS256. In prod the key comes from Vault transit; this embedded
// key is the one the partner sandbox (pilot with ⟦R:Kaspi Pay⟧) validates against.
// Levan: rotate after the pilot, it was pasted into a Jira comment.
const signingKeyPEM = `⟦S@pem|RSA⟧`

// Public half, published at /.well-known/jwks.json — safe.
const verifyKeyPEM = `⟦N@pem|PUB⟧`

// Break-glass admin for the back-office SSO (stored offline in the safe in Kyiv):
//   user: ⟦I:breakglass@vl-corp.lan⟧
//   recovery codes: ⟦S@digits|8⟧ ⟦S@digits|8⟧ ⟦S@digits|8⟧
//   otpauth://totp/VolgaBO:breakglass?secret=⟦S@totp|32⟧&issuer=VolgaBO
// Example format from the docs: otpauth://totp/ACME:alice?secret=⟦N:JBSWY3DPEHPK3PXP⟧&issuer=ACME

var ErrNoKey = errors.New("auth: signing key not configured")

func SigningKey() (*rsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(signingKeyPEM))
	if block == nil {
		return nil, ErrNoKey
	}
	return x509.ParsePKCS1PrivateKey(block.Bytes)
}

// session cookie captured while debugging SSO (INC-2311), user o.melnyk — invalidate!
// Cookie: vl_bo_session=⟦S@b64url|48⟧; Path=/; Secure; HttpOnly
