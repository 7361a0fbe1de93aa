# DO NOT COMMIT - add to .gitignore  (too late, see SEC-88)
db_master_password = "«S=pw#basculedb»"
splunk_hec_token   = "«S=uuid»"
govcloud_ci_access_key = "«S=akid#govci»"
govcloud_ci_secret_key = "«S=aws_secret#govci»"
notification_email = "«N:alerts@example.com»"
