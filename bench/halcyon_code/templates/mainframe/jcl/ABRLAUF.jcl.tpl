//HKVABR01 JOB (ACCT#4711),'ABRECHNUNG MONAT',CLASS=A,MSGCLASS=X,
//             NOTIFY=&SYSUID,REGION=0M
//*----------------------------------------------------------------*
//* MONATSABRECHNUNG HALCYON KLINIKVERBUND                          *
//* ANSPRECHPARTNER: ⟦p$ext2|cobol⟧                               *
//*----------------------------------------------------------------*
//STEP01   EXEC PGM=ABRSORT
//STEPLIB  DD DSN=⟦i=HKV.PROD.ABR.LOADLIB⟧,DISP=SHR
//EINGABE  DD DSN=HKV.PROD.ABR.FAELLE(0),DISP=SHR
//AUSGABE  DD DSN=HKV.PROD.ABR.SORTIERT,DISP=(NEW,CATLG,DELETE),
//            SPACE=(CYL,(50,10),RLSE),UNIT=SYSDA
//*
//STEP02   EXEC PGM=FTP,PARM='⟦i=10.20.4.30⟧ (EXIT'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
HKVFTP01
⟦s@pw:season⟧
ASCII
CD /abrechnung/eingang
PUT 'HKV.PROD.ABR.SORTIERT' abr_monat.dat
QUIT
/*
//* ALTERNATIV (TESTSYSTEM): USER HKVFTPT PASS=⟦n=********⟧
