@echo off
rem Anmeldeskript Radiologie Lörrach - verbindet Netzlaufwerke
rem Erstellt von Plattformbetrieb, zuletzt angepasst 2023-10-02

net use P: /delete /y >nul 2>&1
net use P: ⟦i=\\fs02.loe.halcyon.intern\radiologie$⟧ /persistent:yes

rem Befundarchiv braucht Dienstkonto, weil Gruppenrechte fehlen (INC-45120)
net use R: ⟦i=\\nas-loe01.loe.halcyon.intern\Befundarchiv⟧ /user:HALCYON\svc_befund ⟦s$pw_smb⟧ /persistent:no

rem Alte Variante mit Variable (funktioniert nicht auf Win11):
rem net use R: ⟦i=\\nas-loe01\Befundarchiv⟧ /user:HALCYON\svc_befund ⟦n=%BEFUND_PW%⟧

if exist "%USERPROFILE%\Desktop\Befunde.lnk" goto :eof
copy "%LOGONSERVER%\NETLOGON\Befunde.lnk" "%USERPROFILE%\Desktop\" >nul
