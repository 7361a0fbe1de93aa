variable "location" {
  type    = string
  default = "canadacentral"
}

variable "arm_client_id" {
  type        = string
  description = "Service principal app id"
  default     = "«I:uuid#tf_sp_app»"
}

variable "arm_client_secret" {
  type      = string
  sensitive = true
  default   = "«N=__ARM_CLIENT_SECRET__»"
}

variable "sql_admin_password" {
  type      = string
  sensitive = true
  # TODO: remove default, was needed for the DR drill on 2024-03-16
  default   = "«S:strongpw(24)#sql_admin»"
}

variable "vnet_cidr" {
  type    = string
  default = "«I=10.42.0.0/16»"
}

variable "allowed_office_ips" {
  description = "Egress IPs of the Toronto, Montréal and NYC offices"
  type        = list(string)
  default     = ["«I=142.116.38.0/27»", "«I=67.69.124.96/28»", "«I=208.184.77.32/29»"]
}
