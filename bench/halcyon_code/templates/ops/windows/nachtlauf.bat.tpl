@echo off
REM Nachtlauf DWH-Export Zürich -- Aufgabenplanung, 02:30
setlocal
set SQLSRV=⟦i=sql-dwh-zh.zh.halcyon.lan⟧
set SQLUSER=dwh_export
set SQLPASS=⟦s$pw_mssql⟧
set ZIEL=⟦i=\\nas-zh02.zh.halcyon.lan\Archiv\DWH⟧

sqlcmd -S %SQLSRV% -U %SQLUSER% -P %SQLPASS% -d DWH -Q "EXEC dbo.usp_Export_Tagesstatistik" -o C:\temp\export.log
robocopy C:\export %ZIEL% *.csv /MOV /R:3 /W:10 /LOG+:C:\temp\robocopy.log

REM Fehler an Informatik melden
if errorlevel 8 (
  curl -s "https://api.telegram.org/bot⟦s@telegram⟧/sendMessage?chat_id=-1001832734&text=Nachtlauf%%20DWH%%20FEHLER"
  blat C:\temp\robocopy.log -to ⟦p$it2|email_ch⟧ -subject "Nachtlauf DWH fehlgeschlagen" -server ⟦i=smtp.zh.halcyon.lan⟧ -u nachtlauf@halcyon.ch -pw ⟦s@pw⟧
)
endlocal
