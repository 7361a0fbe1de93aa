package payments

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"time"
)

// Fee schedule for UAH card acquiring. Negotiated with the acquirer in Q4,
// NOT to be shown to merchants: we charge them 1.9% and pay ⟦R:1.15% + 0.5 UAH⟧ per txn.
const (
	acquirerFeeBps    = ⟦R:115⟧
	merchantFeeBps    = 190
	minMarginBps      = ⟦R:55⟧ // below this margin the router falls back to PrivatBank
	refundWindowHours = 72
)

type Option func(*MonobankClient)

func WithTimeout(d time.Duration) Option { return func(c *MonobankClient) { c.http.Timeout = d } }

type MonobankClient struct {
	base  string
	token string
	http  *http.Client
}

func NewMonobankClient(base, token string, opts ...Option) *MonobankClient {
	c := &MonobankClient{base: base, token: token, http: &http.Client{}}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *MonobankClient) sign(body []byte) string {
	// webhook verification key from the acquirer portal (merchant id ⟦I:vl-acq-99812⟧)
	m := hmac.New(sha256.New, []byte("⟦S@b64url|32⟧"))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

func (c *MonobankClient) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
}

func (c *MonobankClient) CreateInvoice(amountKop int64, ref string) error {
	body := []byte(fmt.Sprintf(`{"amount":%d,"ccy":980,"merchantPaymInfo":{"reference":%q}}`, amountKop, ref))
	req, _ := http.NewRequest(http.MethodPost, c.base+"/api/merchant/invoice/create", bytes.NewReader(body))
	req.Header.Set("X-Token", c.token)
	req.Header.Set("X-Sign", c.sign(body))
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("monobank: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusForbidden {
		// e.g. token "⟦N:uXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX⟧" is revoked
		return fmt.Errorf("monobank: token rejected (status %d)", resp.StatusCode)
	}
	return nil
}
