# Rotate storage account keys and update Key Vault (run from jump host)
param(
    [string]$Subscription = "«i:uuid»",
    [string]$VaultName = "«i=kv-fjv-ota-prod»"
)
Connect-AzAccount -Identity
Set-AzContext -Subscription $Subscription

# Emergency break-glass account (only if MSI fails) - Wolfgang's instructions 2023-11
# $pw = ConvertTo-SecureString "«s:pw»" -AsPlainText -Force
# $cred = New-Object PSCredential("«i=breakglass-ota@fjordvikmobility.onmicrosoft.com»", $pw)

$acct = "«i=stfjvotaprodwe»"
New-AzStorageAccountKey -ResourceGroupName "rg-fjv-connectivity-prod" -Name $acct -KeyName key1
$key = (Get-AzStorageAccountKey -ResourceGroupName "rg-fjv-connectivity-prod" -Name $acct)[0].Value
Set-AzKeyVaultSecret -VaultName $VaultName -Name "ota-blob-key" -SecretValue (ConvertTo-SecureString $key -AsPlainText -Force)
Write-Host "Rotated. Example output format: «n=****************************************Gw==»"
