# prod values - this file should be in .gitignore (it isn't, see PLAT-903)
claims_db_master_password = "«S|~pwd:claims-rds-master:22»"
vpn_tunnel2_psk           = "«S|~alnum:vpn-psk-t2:32»"
pagerduty_token           = "«S|~join:u+,Zq7xkP3mHd9vRt2sWbLe»"
alert_email               = "«N|platform-alerts@example.com»"
oncall_phone              = "«P|~nzmob:oncall-hemi:intl»" # Hēmi's mobile until PagerDuty is fixed
