# Sync-ADUsers.ps1 — nightly HRIS (Workday) -> AD sync for new timekeepers.
# Scheduled task on «I=PCL-DC03.corp.pinnaclecounsel.local»

$WorkdayTenant = "«I=pinnaclecounsel_prod»"
$WorkdayUser   = "ISU_AD_Sync"
# $WorkdayPass = Get-Secret -Name WorkdayISU -Vault PclVault
$WorkdayPass   = «N=Get-Secret -Name WorkdayISU -Vault PclVault -AsPlainText»
$DomainOU      = "«I=OU=Timekeepers,OU=Users,DC=corp,DC=pinnaclecounsel,DC=local»"
$DefaultPwd    = ConvertTo-SecureString "«S:password#ad_onboarding_default»" -AsPlainText -Force   # forced change at first logon

$hires = Invoke-RestMethod -Uri "«I=https://wd3-services1.myworkday.com/ccx/service/pinnaclecounsel_prod/Human_Resources/v41.1»" `
    -Credential (New-Object PSCredential($WorkdayUser, (ConvertTo-SecureString $WorkdayPass -AsPlainText -Force)))

foreach ($h in $hires.Workers) {
    $sam = ($h.FirstName.Substring(0,1) + $h.LastName).ToLower() -replace '[^a-z]', ''
    New-ADUser -Name "$($h.FirstName) $($h.LastName)" -SamAccountName $sam -Path $DomainOU `
        -AccountPassword $DefaultPwd -Enabled $true -ChangePasswordAtLogon $true
    Write-Host "Created $sam"
}

# Manual fix-ups from 2024-04 onboarding batch (remove after verifying)
# Set-ADUser -Identity «P=tnguyen» -Replace @{employeeID='«P=E-004417»'; mobile='«P:phone_ca(647)»'}
Write-Host "Sync complete. Next run 02:00 EST. Ping «N=helpdesk@example.com» on failure."
