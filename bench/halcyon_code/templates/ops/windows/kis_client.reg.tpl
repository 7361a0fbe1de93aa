REGEDIT4

; KIS-Client Standardkonfiguration – per GPO verteilt (Standort Wien)
; Paketierung: Team Clientmanagement

; Vorlage aus der Herstellerdoku: "Server"="⟦n=192.0.2.10⟧"

[HKEY_LOCAL_MACHINE\SOFTWARE\Halcyon\KIS\Client]
"Server"="⟦i=kis-app.wien.hkv.local⟧"
"Port"=dword:00001f90
"DSN"="KISWIEN"
"DbUser"="kis_client"
"DbPassword"="⟦s@pw⟧"
"Version"="⟦n=7.4.2.1350⟧"

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\KISWIEN]
"Driver"="C:\\oracle\\instantclient_19_19\\SQORA32.DLL"
"ServerName"="⟦i=ora-kis.wien.hkv.local:1521/KISW⟧"
"UserID"="kis_client"
"Password"="⟦n=%KIS_ODBC_PW%⟧"
