aws_account_id      = "«i|481203377019»"
eks_cluster_name    = "«i|chp-eks-prod-use2»"
alert_email         = "«n|platform-alerts@example.org»"
datadog_api_key     = "«s@dd:datadog_tf»"
datadog_app_key     = "«s@hex:datadog_app_tf:40»"
tunnel2_psk         = "«s|Dal2Tunnel#Psk-77x»"
# partner VPN for «r|Baylor Scott & White data-sharing pilot (announce after board vote in June)»
partner_vpn_peer_ip = "«i|52.14.201.77»"
