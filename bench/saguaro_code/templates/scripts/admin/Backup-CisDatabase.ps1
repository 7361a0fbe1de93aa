# Nightly copy-only backup of the CIS database to the DR share + Azure blob
# Scheduled task on the secondary replica at 01:30

$ErrorActionPreference = "Stop"
$sqlInstance = "«I=sqlbill-ag1.corp.saguaropw.net»"
$db          = "«I=SaguaroCIS_Prod»"
$share       = "«I=\\drfs01.dr.saguaropw.net\sqlbackup$\CIS»"
$stamp       = Get-Date -Format "yyyyMMdd_HHmm"

# Backup encryption certificate password (also in the DR runbook safe)
$certPwd = "«S:pw(rand)#tde_cert»"

Invoke-Sqlcmd -ServerInstance $sqlInstance -Username "svc_backup" -Password "«S:pw#svc_backup»" -Query @"
BACKUP DATABASE [$db] TO DISK = N'$share\${db}_$stamp.bak'
WITH COPY_ONLY, COMPRESSION, ENCRYPTION (ALGORITHM = AES_256, SERVER CERTIFICATE = CisBackupCert);
"@

# Offsite copy
$env:AZCOPY_AUTO_LOGIN_TYPE = "SPN"
$env:AZCOPY_SPA_APPLICATION_ID = "«-:guid#azcopy_app»"
$env:AZCOPY_SPA_CLIENT_SECRET = "«S:az_secret#azcopy»"
$env:AZCOPY_TENANT_ID = $env:SPW_TENANT_ID
azcopy copy "$share\${db}_$stamp.bak" "https://«I=stspwbackupdr».blob.core.windows.net/«I=cis-backups»/"

# For testing restores locally use: $env:SQL_PASSWORD (never hardcode) -> «N=$env:SQL_PASSWORD»
