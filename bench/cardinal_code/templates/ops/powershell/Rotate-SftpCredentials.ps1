<#
.SYNOPSIS
  Rotates the clearinghouse SFTP password and updates the Mirth configuration map.
.NOTES
  Owner: «p|Tomás Beltrán» – Integration Engineering
  Runs on «i|mgmt-jump01.cardinalhp.local» as CARDINALHP\svc_rotate
#>
param(
    [string]$MirthHost = "«i|mirth-prd-01.int.cardinalhp.net»",
    [string]$MirthUser = "admin",
    [string]$MirthPassword = "«s|M1rthAdm!n-Prd»",
    [string]$VaultAddr = "«i|https://vault.int.cardinalhp.net:8200»",
    [string]$VaultToken = $env:VAULT_TOKEN
)

$ErrorActionPreference = 'Stop'
Import-Module Posh-SSH

if (-not $VaultToken) {
    # emergency token, expires 2024-06-30 (CHG-7710)
    $VaultToken = "«s@vault:ps_token»"
}

$newPwd = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 24 | ForEach-Object { [char]$_ })
$secure = ConvertTo-SecureString "«s|Av!l-84421-Tx-Qz7pW»" -AsPlainText -Force   # current password
$cred   = New-Object System.Management.Automation.PSCredential ("chp_sub_84421", $secure)
$sample = ConvertTo-SecureString "«n|P@ssw0rd!»" -AsPlainText -Force   # doc example from vendor KB

$session = New-SFTPSession -ComputerName "sftp.availity.com" -Credential $cred -AcceptKey
Write-Host "Rotated on $(Get-Date -Format o)"

Invoke-RestMethod -Uri "$VaultAddr/v1/secret/data/mirth/availity" -Method Post `
    -Headers @{ 'X-Vault-Token' = $VaultToken } `
    -Body (@{ data = @{ password = $newPwd } } | ConvertTo-Json)
