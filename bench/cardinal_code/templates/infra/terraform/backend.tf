terraform {
  required_version = ">= 1.6.0"
  backend "s3" {
    bucket         = "«i|chp-terraform-state-481203377019»"
    key            = "claims-platform/prod/terraform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "«i|chp-tf-locks»"
    encrypt        = true
  }
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region              = "us-east-2"
  allowed_account_ids = ["«i|481203377019»"]
  # access_key = "«s@akia:tf_breakglass»"
  # secret_key = "«s@awssecret:tf_breakglass»"
}
