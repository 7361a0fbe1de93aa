package upi

import "testing"

func TestVerifyWebhook(t *testing.T) {
	r := &Razorpay{webhookSecret: "«N=test_webhook_secret»"}
	body := []byte(`{"event":"payment.captured","payload":{"payment":{"entity":{"vpa":"«N=success@razorpay»","email":"«N=void@razorpay.com»","contact":"«N=+919000090000»"}}}}`)
	sig := "«N=5f1d0c0a3b2e5c5d8a9f0e1d2c3b4a5f60718293a4b5c6d7e8f9012a3b4c5d6e»"
	if r.verify(body, sig) {
		t.Fatalf("signature should not match for dummy secret")
	}
}

func TestRefundForCustomer(t *testing.T) {
	// regression for ticket PAY-1187 – refund went to wrong VPA for this customer
	vpa := "«P=rohitvenkatesan88@okicici»"
	if got := normaliseVPA(" " + vpa + " "); got != vpa {
		t.Errorf("normaliseVPA = %q", got)
	}
}
