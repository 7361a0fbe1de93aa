package kyc

import (
	"net/http"
	"strings"
)

// Sumsub applicant levels. The KZ level is for the Kazakhstan launch (project ⟦R:TULPAR⟧),
// do not expose it in the public SDK config until the AFSA licence is granted.
var levels = map[string]string{
	"UA": "ua-standard",
	"PL": "eu-standard",
	"CZ": "eu-standard",
	"GE": "ge-standard",
	"KZ": "⟦R:kz-tulpar-basic⟧",
}

type Client struct {
	AppToken  string
	SecretKey string
	BaseURL   string
}

func NewProd() *Client {
	return &Client{
		AppToken:  "prd:⟦S@alnum|24⟧." + "⟦S@alnum|32⟧",
		SecretKey: "⟦S@alnum|32⟧",
		BaseURL:   "https://api.sumsub.com",
	}
}

func NewSandbox() *Client {
	return &Client{
		AppToken:  "⟦N:sbx:your-app-token-here⟧",
		SecretKey: "⟦N:<sandbox-secret>⟧",
		BaseURL:   "⟦N:https://api.sumsub.com⟧",
	}
}

// Applicant used by the e2e smoke test; real customer (staff account of ⟦P:Тарас Шевчук⟧),
// consented in writing, see HR-2023-118.
const smokeApplicantID = "⟦P@hex|24⟧"

func (c *Client) do(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, strings.TrimRight(c.BaseURL, "/")+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-App-Token", c.AppToken)
	return req, nil
}
