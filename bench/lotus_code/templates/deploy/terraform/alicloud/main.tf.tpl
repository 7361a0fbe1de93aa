# Alibaba Cloud — Singapore prod landing zone
# 账号: lotus-prod (UID ⟦i@aliyun_uid#ali_uid⟧)
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "⟦n=1.217.1⟧"
    }
  }
  backend "oss" {
    bucket = "⟦i=lotus-tfstate-prod⟧"
    prefix = "landing-zone"
    region = "ap-southeast-1"
  }
}

provider "alicloud" {
  region     = "ap-southeast-1"
  # 临时写死, 等 CI 的 OIDC 配好就删
  access_key = "⟦s@aliyun_akid#ak_tf⟧"
  secret_key = "⟦s@aliyun_aksecret#sk_tf⟧"
}

resource "alicloud_vpc" "prod" {
  vpc_name   = "lotus-prod-sg"
  cidr_block = "10.16.0.0/12"
}

resource "alicloud_vswitch" "app_a" {
  vpc_id       = alicloud_vpc.prod.id
  cidr_block   = "10.16.1.0/24"
  zone_id      = "ap-southeast-1a"
  vswitch_name = "app-a"
}

resource "alicloud_polardb_cluster" "order" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PrePaid"
  vswitch_id    = alicloud_vswitch.app_a.id
  description   = "lotus-order-prod"
  security_ips  = ["10.16.0.0/12"]
}

resource "alicloud_polardb_account" "order_rw" {
  db_cluster_id    = "⟦i@polardb_id#polar_order⟧"
  account_name     = "order_rw"
  account_password = "⟦s@pw#order_db_pw⟧"
  account_type     = "Normal"
}

resource "alicloud_oss_bucket" "kyc" {
  bucket = "⟦i=lotus-kyc-docs-sg-prod⟧"
  acl    = "private"
  tags = {
    data_class = "⟦x=RESTRICTED-PII⟧"
  }
}

resource "alicloud_security_group_rule" "bastion_ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  security_group_id = "⟦i@sg_id⟧"
  cidr_ip           = "⟦p@pub_ip⟧/32" # ⟦p@name:zh⟧ 家里的宽带 IP, 临时放行
}
