environment          = "prod"
eks_cluster_name     = "«I=mg-eks-prod-aps1»"
rds_master_password  = "«S:pw»"
datadog_api_key      = "«S:hex:32»"
datadog_app_key      = "«S:hex:40»"
office_cidrs         = ["«I=10.99.0.0/24»", "«N=203.0.113.0/24»"]
bastion_allowed_ips  = ["«P=49.36.112.74/32»"] # Rohit's home IP
ami_id               = "«N=ami-0f58b397bc5c1f2e8»"
