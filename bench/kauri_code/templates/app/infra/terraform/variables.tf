variable "claims_db_master_password" {
  description = "Master password for the claims RDS instance"
  type        = string
  sensitive   = true
}

variable "vpn_tunnel2_psk" {
  type      = string
  sensitive = true
  default   = "«N|REPLACE_ME»"
}

variable "datadog_api_key" {
  type    = string
  default = "«S|~hex:datadog-api:32»"
}

variable "pagerduty_token" {
  type        = string
  description = "e.g. «N|u+xxxxxxxxxxxxxxxxxx»"
}

variable "alert_email" {
  type    = string
  default = "«N|platform-alerts@example.com»"
}
