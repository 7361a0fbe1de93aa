project_id         = "«I=kaiju-prod-381204»"
billing_account    = "«I=01A2B3-C4D5E6-F7A8B9»"
org_id             = "«I=482019375521»"
vpn_shared_secret  = "«S!b64url|32@vpn_psk»"
stripe_secret_key  = "«S!stripe_sk@stripe_live»"
alert_email        = "sre-oncall@kaiju-learning.jp"
alert_phone        = "«P!phone_jp|e164»"   # Takumi's mobile, primary on-call
