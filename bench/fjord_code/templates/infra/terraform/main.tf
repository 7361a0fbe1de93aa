terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "«n=~> 3.97»" }
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}

resource "azurerm_resource_group" "conn" {
  name     = "«i=rg-fjv-connectivity-prod»"
  location = "westeurope"
}

resource "azurerm_virtual_network" "conn" {
  name                = "«i=vnet-fjv-conn-prod-we»"
  address_space       = ["«i=10.31.0.0/16»"]
  location            = azurerm_resource_group.conn.location
  resource_group_name = azurerm_resource_group.conn.name
}

resource "azurerm_subnet" "aks" {
  name                 = "snet-aks"
  resource_group_name  = azurerm_resource_group.conn.name
  virtual_network_name = azurerm_virtual_network.conn.name
  address_prefixes     = ["«i=10.31.16.0/20»"]
}

resource "azurerm_postgresql_flexible_server" "ota" {
  name                   = "«i=pg-ota-prod»"
  resource_group_name    = azurerm_resource_group.conn.name
  location               = "westeurope"
  administrator_login    = "otaadmin"
  administrator_password = "«s:pw»"  # TODO move to key vault, see FJV-1880
  sku_name               = "GP_Standard_D2s_v3"
  version                = "15"
}

resource "azurerm_key_vault_secret" "ota_db" {
  name         = "ota-db-password"
  value        = random_password.ota_db.result
  key_vault_id = azurerm_key_vault.ota.id
}

resource "azurerm_network_security_rule" "vpn_in" {
  name                        = "allow-vpn-brno"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "500,4500"
  source_address_prefix       = "«i=185.77.212.0/28»"   # Brno plant egress (O2 CZ fixed range)
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.conn.name
  network_security_group_name = azurerm_network_security_group.vpngw.name
}
