/*****************************************************************
 * HEDIS MY2023 - CDC (HbA1c control) and BCS measures
 * Programmer: «p|K. Lyles»   QA: Quality Analytics
 * NOTE: hybrid sample chart chase list exported to «i|\\fs02.cardinalhp.local\quality$\hedis\my2023»
 *****************************************************************/

libname claims odbc dsn="«i|CHP_DW_PROD»" user=sas_hedis password="«s|{SAS002}1D57933958C580064BD3DCA81A33DFB2»" schema=hedis;
libname meta   odbc dsn="CHP_DW_PROD" user=&sysuserid password="«n|&dw_pwd.»" schema=meta;

/* target rates for the quality bonus – «r|Humana MA pays $42 PMPM bonus if CDC >= 0.71» */
%let cdc_target = «r|0.71»;
%let bcs_target = «r|0.78»;

data work.cdc_den;
  set claims.diabetes_members;
  where age between 18 and 75;
  /* excluir miembro que disputó el diagnóstico (queja GRV-3312) */
  if member_id = "«p|XJH771093248»" then delete;
run;

proc sql;
  create table work.chart_chase as
  select member_id, last_name, first_name, dob
  from work.cdc_den
  where last_hba1c is missing;
quit;

proc export data=work.chart_chase outfile="&outdir./chart_chase_my2023.csv" dbms=csv replace; run;
