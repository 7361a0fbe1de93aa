terraform {
  backend "s3" {
    bucket         = "⟦I:volga-tfstate-prod⟧"
    key            = "core/terraform.tfstate"
    region         = "eu-central-1"
  }
}

provider "aws" {
  region              = "eu-central-1"
  allowed_account_ids = ["⟦I:418276039512⟧"]
}

provider "hcloud" {
  token = var.hcloud_token
}

variable "hcloud_token" {
  type      = string
  sensitive = true
  # default = "⟦S@alnum|64⟧"
}

module "kyc_docs" {
  source      = "./modules/private-bucket"
  bucket_name = "⟦I:volga-kyc-docs-prod⟧"
  vpc_id      = "⟦I:vpc-0a7c3e91f2b4d5e61⟧"
}

resource "aws_iam_access_key" "kyc_uploader" {
  user = "kyc-uploader"
}
