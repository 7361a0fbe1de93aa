resource "azurerm_virtual_network" "core" {
  name                = "«I=vnet-pcl-core-cc»"
  address_space       = [var.vnet_cidr]
  location            = var.location
  resource_group_name = azurerm_resource_group.legaltech.name
}

resource "azurerm_subnet" "aks" {
  name                 = "snet-aks"
  resource_group_name  = azurerm_resource_group.legaltech.name
  virtual_network_name = azurerm_virtual_network.core.name
  address_prefixes     = ["«I=10.42.32.0/19»"]
}

resource "azurerm_subnet" "data" {
  name                 = "snet-data"
  resource_group_name  = azurerm_resource_group.legaltech.name
  virtual_network_name = azurerm_virtual_network.core.name
  address_prefixes     = ["«I=10.42.8.0/24»"]
  service_endpoints    = ["Microsoft.Sql", "Microsoft.Storage"]
}

# Site-to-site VPN to the Toronto DC (Bay St) and the NYC colo
resource "azurerm_local_network_gateway" "tor" {
  name                = "lng-pcl-tor-dc"
  location            = var.location
  resource_group_name = azurerm_resource_group.legaltech.name
  gateway_address     = "«I=142.116.38.10»"
  address_space       = ["«I=172.20.0.0/16»"]
}

resource "azurerm_virtual_network_gateway_connection" "tor" {
  name                       = "cn-pcl-tor"
  location                   = var.location
  resource_group_name        = azurerm_resource_group.legaltech.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.vpn.id
  local_network_gateway_id   = azurerm_local_network_gateway.tor.id
  shared_key                 = "«S:alnum(32)#ipsec_psk»"
}

# Public DNS resolver used as a fallback
# forwarder = "«N=1.1.1.1»"
