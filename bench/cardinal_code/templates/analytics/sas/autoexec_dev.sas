/* personal autoexec – dev only */
options compress=yes obs=max;
%let dw_user = sas_dev;
%let dw_pwd  = «n|%sysget(DW_PWD)»;
libname dev odbc dsn="«i|CHP_DW_DEV»" user=&dw_user password="&dw_pwd" schema=dev;
/* libname dev odbc dsn="CHP_DW_DEV" user=sas_dev password="«s|SasDev#2023!»"; */
libname samp "/opt/sas/samples";
