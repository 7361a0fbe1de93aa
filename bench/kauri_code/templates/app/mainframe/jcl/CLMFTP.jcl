//CLMFTP   JOB (KMCL,4420),'CLAIM DC FTP',CLASS=B,MSGCLASS=X
//*------------------------------------------------------------------*
//* SENDS DIRECT CREDIT FILE TO BANK. RUN AFTER CLMPAY02.
//* TODO(MK): MOVE TO CONNECT:DIRECT, THIS IS STILL PLAIN FTP OVER VPN
//*------------------------------------------------------------------*
//STEP010  EXEC PGM=FTP,PARM='«I|10.42.18.7» (EXIT TIMEOUT 60'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
kmclmdc1
«S|Pohutukawa!2023»
cd /inbound/kauri_dc
put 'KMP.CL.DCFILE(0)' KM_DC_&LYYMMDD..txt
quit
/*
//* DR SITE: «I|10.142.18.7» (HAMILTON DC) - SAME CREDENTIALS
