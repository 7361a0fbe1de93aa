terraform {
  required_version = ">= «N=1.6.0»"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> «N=3.104»"
    }
  }
  backend "azurerm" {
    resource_group_name  = "«I=rg-pcl-tfstate-cc»"
    storage_account_name = "«I=stpcltfstate01»"
    container_name       = "tfstate"
    key                  = "legaltech/prod.tfstate"
    # access_key = "«S:azure_key#tfstate_key»"   # used once for the import, now via OIDC
  }
}

provider "azurerm" {
  features {}
  subscription_id = "«I:sub_id#sub_prod»"
  tenant_id       = "«I:uuid#aad_tenant»"
  # client_secret from the ADO service connection
  client_id       = var.arm_client_id
  client_secret   = var.arm_client_secret
}
