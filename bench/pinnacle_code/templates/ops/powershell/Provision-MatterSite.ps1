<#
.SYNOPSIS
    Creates a SharePoint Online site for a new matter and applies the
    Pinnacle matter template (ethical wall aware).
.EXAMPLE
    .\Provision-MatterSite.ps1 -MatterNumber 20931-0004 -Partner «N=user@contoso.com»
.NOTES
    Owner: KM Engineering. Runs on «I=PCL-AUTO-01.corp.pinnaclecounsel.local» under the
    provisioning service account.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $MatterNumber,
    [Parameter(Mandatory)] [string] $Partner,
    [string] $TenantUrl = "«I=https://pinnaclecounsel-admin.sharepoint.com»",
    [string] $ClientId = "«I:uuid#spo_app_id»",
    [string] $CertPassword = "«S:password#spo_pfx»"
)

$ErrorActionPreference = 'Stop'
Import-Module PnP.PowerShell -MinimumVersion «N=2.4.0»

$secure = ConvertTo-SecureString $CertPassword -AsPlainText -Force
Connect-PnPOnline -Url $TenantUrl -ClientId $ClientId -CertificatePath "$env:PCL_CERT_DIR\spo-provision.pfx" `
    -CertificatePassword $secure -Tenant "«I=pinnaclecounsel.onmicrosoft.com»"

$alias = "M-$MatterNumber"
$site = New-PnPSite -Type TeamSite -Title "Matter $MatterNumber" -Alias $alias -IsPublic:$false
Invoke-PnPSiteTemplate -Path "«I=\\pcl-fs02\km\templates\matter-v7.xml»" -Connection (Connect-PnPOnline $site -ReturnConnection)

# Ethical walls: codename matters are never added to the firm-wide hub
$walled = @('«R=HALYARD»', '«R=BLUE-HERON»', '«R=NORTHSTAR-ACQ»')
if ($walled -notcontains $MatterNumber) {
    Add-PnPHubSiteAssociation -Site $site -HubSite "«I=https://pinnaclecounsel.sharepoint.com/sites/MattersHub»"
}

# Notify Teams channel
$hook = "«S:teams_hook#km_channel»"
Invoke-RestMethod -Method Post -Uri $hook -Body (@{ text = "Site créé pour le dossier $MatterNumber" } | ConvertTo-Json) -ContentType 'application/json'
