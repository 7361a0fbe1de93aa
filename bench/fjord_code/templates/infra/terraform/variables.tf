variable "subscription_id" {
  type        = string
  description = "Azure subscription for connectivity workloads"
  default     = "«i:uuid»"
}

variable "tenant_id" {
  type    = string
  default = "«i:uuid»"
}

variable "example_subscription" {
  description = "Format example only"
  default     = "«n=00000000-0000-0000-0000-000000000000»"
}

variable "alert_email" {
  type    = string
  default = "noc@fjordvik.se"
}
