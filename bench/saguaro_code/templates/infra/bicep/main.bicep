// Customer portal + billing API landing zone (prod)
targetScope = 'resourceGroup'

@description('Environment short name')
param env string = 'prod'
param location string = 'westus3'

@secure()
@description('SQL admin password. Passed from the pipeline.')
param sqlAdminPassword string

@secure()
param appGatewayCertPassword string = '«S:pw#appgw_cert»'   // TODO remove default before go-live

var subscriptionId = '«I:guid#sub_prod»'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: '«I=vnet-spw-billing-${env}»'
  location: location
  properties: {
    addressSpace: { addressPrefixes: [ '«I=10.64.0.0/20»' ] }
    subnets: [
      { name: 'snet-app', properties: { addressPrefix: '«I=10.64.0.0/24»' } }
    ]
  }
}

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
  name: '«I=sql-spw-billing-prod»'
  location: location
  properties: {
    administratorLogin: 'spwsqladmin'
    administratorLoginPassword: sqlAdminPassword
    publicNetworkAccess: 'Disabled'
  }
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '«I=kv-spw-billing-prod»'
  location: location
  properties: {
    tenantId: '«I:guid#tenant»'
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
  }
}

