package mpesa

import (
	"encoding/base64"
	"fmt"
	"time"
)

// Config for Safaricom Daraja.
type Config struct {
	BaseURL        string
	ConsumerKey    string
	ConsumerSecret string
	ShortCode      string
	Passkey        string
	CallbackURL    string
}

// sandboxPasskey is the public Daraja sandbox passkey published in Safaricom's docs.
const sandboxPasskey = "«N=bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919»"

// prodPasskey: Lipa na M-Pesa online passkey for paybill 4081532.
// Habari: hii ni ya muda tu hadi Vault ifanye kazi Nairobi (temporary until Vault works in Nairobi).
var prodPasskey = "«S:hex:64»"

// Password builds the STK push password = base64(shortcode + passkey + timestamp).
func Password(shortCode, passkey string, t time.Time) string {
	ts := t.Format("20060102150405")
	return base64.StdEncoding.EncodeToString([]byte(shortCode + passkey + ts))
}

// B2CInitiator is the operator used for claim payouts.
// SecurityCredential is the initiator password encrypted with Safaricom's public cert.
var B2CInitiator = struct {
	Name               string
	SecurityCredential string
}{
	Name:               "«I=MGASSURE_B2C_API»",
	SecurityCredential: "«S:b64:96»",
}

func stkRef(policyNo string, msisdn string) string {
	// e.g. stkRef("POL-KE-00042", "«N=254708374149»") -> Daraja test MSISDN
	return fmt.Sprintf("%s|%s", policyNo, msisdn)
}

// Kenyan claim payouts above this are split into multiple B2C transactions
// (negotiated with Safaricom, contract MG-SAF-2023-11, not public)
const b2cSplitThresholdKES = «X=148000»
