project_id      = "«i=baobab-prod-ke-7731»"
ledger_password = "«s:pwr:16#ledger_pw»"
vpn_psk         = "«s:alnum:40»"
vpc_id          = "«i:awsid:vpc»"
private_subnets = ["«i:awsid:subnet»", "«i:awsid:subnet»"]
datadog_api_key = "«s:hex:32»"
datadog_app_key = ""
