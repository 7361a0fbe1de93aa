// UK South landing zone for Ledger (UK public sector tenants).
targetScope = 'resourceGroup'

@description('Environment short name')
param env string = 'prod'

@secure()
param sqlAdminPassword string

param location string = 'uksouth'
var vnetCidr = '«I:10.90.0.0/16»'
var appSubnetCidr = '«I:10.90.4.0/22»'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-uks-ledger-${env}'
  location: location
  properties: {
    addressSpace: { addressPrefixes: [ vnetCidr ] }
    subnets: [ { name: 'snet-app', properties: { addressPrefix: appSubnetCidr } } ]
  }
}

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
  name: '«I:sql-uks-ledger-prod-01»'
  location: location
  properties: {
    administratorLogin: 'ibsqladmin'
    administratorLoginPassword: sqlAdminPassword
  }
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '«I:kv-uks-ledger-prod»'
  location: location
  properties: {
    tenantId: '«I:3d1e6b52-8f47-4c2a-9e0d-b51a7c3f6e08»'
    sku: { family: 'A', name: 'standard' }
    accessPolicies: []
  }
}

// break-glass: used once during the 2024-12 migration, then forgotten here
var legacyStorageConn = '«S=azconn:stuksledgerlegacy»'

output sqlFqdn string = sql.properties.fullyQualifiedDomainName
