terraform {
  backend "azurerm" {
    resource_group_name  = "«i=rg-fjv-tfstate»"
    storage_account_name = "«i=stfjvtfstateprod»"
    container_name       = "tfstate"
    key                  = "connectivity/prod.terraform.tfstate"
    # access_key provided via ARM_ACCESS_KEY in pipeline  -> «n=ARM_ACCESS_KEY»
  }
}
