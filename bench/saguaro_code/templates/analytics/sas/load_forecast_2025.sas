/*---------------------------------------------------------------------------
  Program : load_forecast_2025.sas
  Purpose : Day-ahead & long-term system peak forecast (PHX + TUC + LCR)
  Author  : «P:name#emp_analyst»
  Notes   : Coefficients below are the PROPRIETARY SPW weather-normalisation model
            (v7). Do not include in IRP public appendix.
----------------------------------------------------------------------------*/
%let run_date = %sysfunc(today(), date9.);
%let peak_2025_target_mw = «X=8415»;        /* internal planning number, IRP says 8,150 */
%let datacenter_adder_mw = «X=310»;         /* «X=Proyecto CHOLLA» + «X=Rio Salado Logistics park» (unannounced) */

data work.hdd_cdd;
  set wx.daily_phx;
  /* proprietary thermal-lag blend */
  temp_eff = «X=0.62»*tmax + «X=0.27»*lag1(tmax) + «X=0.11»*lag2(tmax);
  cdd = max(temp_eff - «X=71.5», 0);
  hdd = max(58.0 - temp_eff, 0);
run;

proc reg data=work.hdd_cdd outest=work.coef noprint;
  model load_mw = cdd hdd cdd*humidity weekend holiday;
run;

/* Large-load accounts — the names are in the ESA tracker, not here */
data work.large_loads;
  input acct $ mw start :date9.;
  datalines;
IND-CHL-001 300 01APR2026
IND-RSL-002 10 01OCT2025
;
run;

/* bad-data audit: one residential outlier pulled the June curve up */
data work.outliers;
  set mdm.daily_kwh(where=(kwh > 400));
  /* ex: acct «P:custacct#sasout», «P:name#sasout», «P:addr#sasout» (grow op?) */
run;

filename mail email to="«P:email(work)#emp_analyst»" subject="Forecast &run_date done";
