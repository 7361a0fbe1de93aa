@echo off
REM ===== Mapeo de unidades para cuadrillas de campo (tablets Panasonic Toughbook) =====
REM Mantenido por «P:name#emp_helpdesk», Service Desk ext. 3320

net use G: /delete /y >nul 2>&1
net use G: «I=\\fs01.corp.saguaropw.net\gis$» /user:SPW\svc_fieldtab «S:pw#fieldtab» /persistent:no
REM net use T: \\fileserver\share /user:DOMAIN\user «N=%PASSWORD%»

set VPN_PROFILE=«I=vpn-field.saguaropw.net»

start "" "%ProgramFiles%\Saguaro\FieldCrew\FieldCrew.exe" 
