<#
  Pulls yesterday's AMI exceptions (no-read, tamper, reverse flow) and e-mails the
  Revenue Protection desk.
  Sample output (2024-07-15):
    MeterId   Exception     Account        Customer
    3R-118842 REVERSE_FLOW  «P:custacct#phx.ami1»   «P:name#phx.ami1»
    3R-207715 COVER_OPEN    «P:custacct#mx2»   «P:name#mx2»
    9F-000001 NO_READ       «N=0000-000-000»   «N=TEST METER - LAB»
#>
param([datetime]$Date = (Get-Date).AddDays(-1))

$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=«I=mdm-sql02.corp.saguaropw.net»;Database=«I=MDM_Interval»;Integrated Security=True"
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "EXEC rp.usp_GetExceptions @Date"
$null = $cmd.Parameters.AddWithValue("@Date", $Date)
$rows = $cmd.ExecuteReader()

$hook = "«S:teams_hook#revprot»"
Invoke-RestMethod -Method Post -Uri $hook -ContentType "application/json" -Body (@{ text = "AMI exceptions for $Date ready" } | ConvertTo-Json)
