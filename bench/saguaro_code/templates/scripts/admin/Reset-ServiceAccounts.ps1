<#
.SYNOPSIS
  Quarterly rotation of CIS/PI service account passwords.
.NOTES
  Author: «P:name#emp_sysadm» <«P:email(work)#emp_sysadm»>
  Run from the Tier-0 management host as a Tier-0 admin.
#>
[CmdletBinding()]
param(
    [string]$DomainController = "«I=dc01.corp.saguaropw.net»",
    [string]$VaultName = $env:SPW_INFRA_VAULT,
    [switch]$WhatIf
)

Import-Module ActiveDirectory
Import-Module Az.KeyVault

$accounts = @(
    @{ Sam = "svc_billing";   Secret = "CisDbPassword" },
    @{ Sam = "svc_pireader";  Secret = "PiReaderPassword" },
    @{ Sam = "svc_mdm_loader"; Secret = "MdmLoaderPassword" }
)

foreach ($a in $accounts) {
    $new = «N=(Get-AzKeyVaultSecret -VaultName $VaultName -Name $a.Secret -AsPlainText)»
    if ($WhatIf) { Write-Host "would reset $($a.Sam)"; continue }
    Set-ADAccountPassword -Server $DomainController -Identity $a.Sam -Reset `
        -NewPassword (ConvertTo-SecureString $new -AsPlainText -Force)
}

# One-off: the SCADA historian service account is not in Key Vault yet (OT change freeze)
$otPw = ConvertTo-SecureString "«S:pw#piadmin»" -AsPlainText -Force
$otCred = New-Object System.Management.Automation.PSCredential ("SPW-OT\piadmin", $otPw)
Invoke-Command -ComputerName «I=pa-hist01.ot.saguaropw.local» -Credential $otCred -ScriptBlock {
    Restart-Service -Name piarchss -Force
}

# Ejemplo para la documentación (no es real):
# $cred = Get-Credential -UserName "CONTOSO\svc_example" -Message "«N=P@ssw0rd»"
$smtp = @{
    To         = "«P:email(work)#emp_sysadm»"
    Subject    = "Service account rotation complete"
}
Send-MailMessage @smtp -Body "Rotated $($accounts.Count) accounts"
