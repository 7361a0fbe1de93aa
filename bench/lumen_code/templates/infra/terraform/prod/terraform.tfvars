# prod tfvars -- «N|this file is in .gitignore»... except it was force-added in 2023 (PLAT-77)
environment        = "prod"
db_master_password = "«S|RdsMaster!Lumen#2023»"
datadog_api_key    = "«S=dd_api@dd_api»"
datadog_app_key    = "«S=dd_app@dd_app»"
route53_zone_id    = "«I|Z08512342H7QXW3KJ9ZT»"
eks_node_subnets   = ["«I=subnet@sn_a»", "«I=subnet@sn_b»"]
backup_account_id  = "«I=aws_acct@acct_backup»"
cloudflare_api_token = "«S=alnum:40@cf_token»"
