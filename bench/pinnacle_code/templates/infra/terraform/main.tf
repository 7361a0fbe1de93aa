locals {
  prefix = "pcl"
  tags = {
    owner       = "legaltech-platform"
    cost_center = "«R=CC-4410-LEGALTECH»"
    project     = "«R=orca»"          # AI intake assistant, unannounced
  }
}

resource "azurerm_resource_group" "legaltech" {
  name     = "«I=rg-pcl-legaltech-prd-cc»"
  location = var.location
  tags     = local.tags
}

resource "azurerm_mssql_server" "main" {
  name                         = "«I=sql-pcl-prd-canadacentral»"
  resource_group_name          = azurerm_resource_group.legaltech.name
  location                     = var.location
  version                      = "12.0"
  administrator_login          = "«I=pcladmin»"
  administrator_login_password = var.sql_admin_password
  public_network_access_enabled = false
}

resource "azurerm_storage_account" "docs" {
  name                     = "«I=stpcldocsprod»"
  resource_group_name      = azurerm_resource_group.legaltech.name
  location                 = var.location
  account_tier             = "Standard"
  account_replication_type = "GZRS"
}

resource "azurerm_kubernetes_cluster" "aks" {
  name                = "«I=aks-pcl-prd-cc»"
  location            = var.location
  resource_group_name = azurerm_resource_group.legaltech.name
  dns_prefix          = "«I=pcl-prd»"
  private_cluster_enabled = true

  default_node_pool {
    name           = "system"
    node_count     = 3
    vm_size        = "Standard_D4s_v5"
    vnet_subnet_id = azurerm_subnet.aks.id
  }

  identity { type = "SystemAssigned" }
}

output "sql_fqdn" {
  value = azurerm_mssql_server.main.fully_qualified_domain_name
}
