/* autoexec.sas — Load Research SAS 9.4 workspace (SASApp) */
options compress=yes fullstimer;

/* Meter data mart (SQL Server via ODBC) */
libname mdm odbc noprompt="DRIVER={ODBC Driver 17 for SQL Server};SERVER=«I=mdm-sql02.corp.saguaropw.net»;DATABASE=«I=MDM_Interval»;UID=svc_sas;PWD=«S:sas002#sas_mdm»;" schema=dbo;

/* Legacy Oracle CC&B — password encoded with PROC PWENCODE (this is reversible!) */
libname ccb oracle user=CISADM_RO password="«S:sas002#sas_ccb»" path="«I=ccbprd-scan.corp.saguaropw.net:1521/CCBPRD»" schema=CISADM;

/* Weather history */

/* Personal sandbox — «P:name#emp_analyst» */
libname sbx "/home/«N=&sysuserid»/sandbox";

/* documentation example, do not use */
/* libname demo odbc dsn=DemoDSN user=demo password="«N={SAS002}XXXXXXXX»"; */
