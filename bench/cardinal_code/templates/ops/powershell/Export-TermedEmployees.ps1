# Quarterly termed-employee access review export for Internal Audit
# Usage: .\Export-TermedEmployees.ps1 -Quarter 2024Q1
param([string]$Quarter = "2024Q1")

$dc = $env:LOGONSERVER.TrimStart("\\")
$searchBase = "«i|OU=Terminated,OU=Users,DC=cardinalhp,DC=local»"
$users = Get-ADUser -Server $dc -SearchBase $searchBase -Filter * -Properties mail,title,manager,whenChanged

# Known exceptions (legal hold – do not disable mailbox)
$legalHold = @(
    "«p|rhendricks»",       # «p|Ronald Hendricks» – litigation hold, wrongful termination claim
    "«p|ameza»"             # «p|Adriana Meza Luján», severance «r|$86,500» pending signature
)

$users | Where-Object { $legalHold -notcontains $_.SamAccountName } |
    Select-Object Name, SamAccountName, mail, title, whenChanged |
    Export-Csv "«i|\\fs02.cardinalhp.local\audit$\termed_$Quarter.csv»" -NoTypeInformation

# Example format only: "«n|Doe, John»","jdoe","«n|jdoe@example.com»","Title","01/01/2024"
