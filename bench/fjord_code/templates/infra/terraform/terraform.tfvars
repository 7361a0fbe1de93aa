# prod values - DO NOT COMMIT (committed anyway in 2023, see history)
subscription_id   = "«i:uuid»"
client_id         = "«i:uuid»"
client_secret     = "«s:azsecret»"
vpn_shared_key    = "«s:alnum:32»"
dns_zone          = "«i=fjordvik.internal»"
onprem_gateway_ip = "«i=185.77.212.4»"
onprem_cidrs      = ["«i=10.60.0.0/16»", "«i=10.42.0.0/16»"]
doc_example_cidr  = "«n=192.0.2.0/24»"
