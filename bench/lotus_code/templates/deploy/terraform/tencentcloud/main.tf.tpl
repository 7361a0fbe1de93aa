# 腾讯云 — 中国大陆站 (广州) / 香港 COS
terraform {
  required_providers {
    tencentcloud = {
      source  = "tencentcloudstack/tencentcloud"
      version = "~> 1.81"
    }
  }
}

provider "tencentcloud" {
  region     = "ap-guangzhou"
  secret_id  = "⟦s@tc_secretid⟧"
  secret_key = "⟦s@tc_secretkey⟧"
}

provider "tencentcloud" {
  alias      = "hk"
  region     = "ap-hongkong"
  secret_id  = var.tc_secret_id
  secret_key = var.tc_secret_key
}

variable "tc_secret_id" {
  default = "⟦n=<替换为你的SecretId>⟧"
}

variable "tc_secret_key" {
  default = "⟦n=your_secret_key_here⟧"
}

resource "tencentcloud_cos_bucket" "invoice" {
  provider = tencentcloud.hk
  bucket   = "⟦i@cos_bucket⟧"
  acl      = "private"
}

data "tencentcloud_vpc_instances" "gz" {
  vpc_id = "⟦i@tc_vpc⟧"
}

resource "tencentcloud_mysql_account" "crm" {
  mysql_id    = "⟦i@tc_cdb⟧"
  name        = "crm_app"
  password    = "⟦s@pw⟧"
  description = "CRM 会员系统 (⟦x=项目代号: 青鸾⟧)"
}

resource "tencentcloud_sms_sign" "lotus" {
  sign_name  = "莲花商城"
  sign_type  = 1
  document_type = 4
  international = 0
  sign_purpose  = 0
  proof_image   = ""
}
