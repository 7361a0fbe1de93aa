project_id         = "«I:pampas-agro-prod»"
project_number     = "«I:=gcpnum»"
billing_account    = "«I:01A7F3-5C92B8-D4E610»"
alert_email        = "«N:infra-alertas@pampasagro.com»"
oncall_phone       = "«P:=phone_ar»" # celular de guardia de Germán, cambiar por PagerDuty
pagerduty_key      = "«S:=hex 32»"
cloudflare_api_token = "«S:=alnum 40»"
domain             = "«N:pampasagro.com»"
