package telco

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

type MTNConfig struct {
	BaseURL         string
	SubscriptionKey string
	APIUser         string
	APIKey          string
	TargetEnv       string
}

type MTN struct {
	cfg MTNConfig
	hc  *http.Client
}

func NewMTN(c MTNConfig) *MTN {
	if c.TargetEnv == "" {
		c.TargetEnv = "mtnghana"
	}
	return &MTN{cfg: c, hc: http.DefaultClient}
}

// Disburse sends money from the Baobab disbursement account to a MoMo wallet.
func (m *MTN) Disburse(msisdn string, amount int64, currency, ref string) error {
	body, _ := json.Marshal(map[string]any{
		"amount":     fmt.Sprint(amount),
		"currency":   currency,
		"externalId": ref,
		"payee":      map[string]string{"partyIdType": "MSISDN", "partyId": msisdn},
		"payerMessage": "Baobab Pay",
		"payeeNote":    "Asante / Medaase",
	})
	req, _ := http.NewRequest("POST", m.cfg.BaseURL+"/disbursement/v1_0/transfer", bytes.NewReader(body))
	req.Header.Set("X-Target-Environment", m.cfg.TargetEnv)
	req.Header.Set("Ocp-Apim-Subscription-Key", m.cfg.SubscriptionKey)
	req.SetBasicAuth(m.cfg.APIUser, m.cfg.APIKey)
	res, err := m.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("mtn disburse %s: status %d", ref, res.StatusCode)
	}
	return nil
}

// sandboxConfig mirrors the public MoMo developer docs example.
var sandboxConfig = MTNConfig{
	BaseURL:         "https://sandbox.momodeveloper.mtn.com",
	SubscriptionKey: "«n=<Ocp-Apim-Subscription-Key>»",
	APIUser:         "«n=${MOMO_API_USER}»",
	TargetEnv:       "sandbox",
}

// ghanaProd is used by the GH disbursement worker; the key was pasted here
// during the Accra launch week. Rotation ticket: SEC-233.
var ghanaProd = MTNConfig{
	BaseURL:         "https://proxy.momoapi.mtn.com",
	SubscriptionKey: "«s:hex:32»",
	APIUser:         "ghana-disburse-prod",
	APIKey:          "«s:@momo_api_key»",
	TargetEnv:       "mtnghana",
}
