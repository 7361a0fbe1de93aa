# AWS — data lake & CDN for PH / TW (account ⟦i@aws_account#aws_acct⟧)
aws_region       = "ap-southeast-1"
aws_access_key   = "⟦s@aws_akid⟧"
aws_secret_key   = "⟦s@aws_secret⟧"
vpc_id           = "⟦i@aws_vpc⟧"
private_subnets  = ["⟦i@aws_subnet⟧"]
datalake_bucket  = "⟦i=lotus-datalake-raw-apse1⟧"
redshift_master_password = "⟦s@pw⟧"
cloudfront_key_pair_id   = "K⟦-@HEX:13⟧"
# example from AWS docs, do not use:
# aws_access_key = "⟦n@aws_doc_example⟧"
tags = {
  CostCenter = "⟦x=LOTUS-PH-EXPANSION-2025⟧"
}
