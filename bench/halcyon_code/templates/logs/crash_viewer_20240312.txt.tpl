===== Gämsblick PACS-Viewer – Absturzbericht =====
Zeit:        2024-03-12 10:41:07 (Europe/Vienna)
Version:     ⟦n=3.2.0.1187⟧ (x64)
Rechner:     ⟦i=W-RAD-WS017.wien.hkv.local⟧
Benutzer:    HKV\⟦p$doc3|login⟧
Ausnahme:    EXCEPTION_ACCESS_VIOLATION (0xc0000005) bei 0x00007ff6`1a2b3c4d
Modul:       dcmnet.dll ⟦n=3.6.7.0⟧

--- Aufrufstapel ---
 #0 0x00007ff61a2b3c4d dcmnet!DUL_ReceivePDV+0x1bd
 #1 0x00007ff61a2a0011 HkvPacsViewer!PacsClient::cMove+0x221
 #2 0x00007ff61a29f8e0 HkvPacsViewer!MainWindow::onStudyOpened+0x90

--- Letzte Aktion ---
Studie geöffnet: Patient ⟦p$pat2|dicom⟧, PID ⟦p$pat2_mrn⟧, CT Thorax 14.11.2023

--- Umgebungsvariablen (Auszug) ---
COMPUTERNAME=W-RAD-WS017
HKV_WADO_PASSWORD=⟦s$pw_pacs⟧
HKV_TELEMETRY_KEY=⟦s@alnum:32⟧
NPM_TOKEN=⟦s@npm⟧
PATH=C:\Program Files\Gaemsblick;C:\Windows\system32
TEMP=C:\Users\⟦p$doc3|login⟧\AppData\Local\Temp

--- Module ---
Qt5Core.dll         ⟦n=5.15.2.0⟧
dcmdata.dll         3.6.7.0
