# 30-day readmission risk model – CHF cohort
# Author: «p|Priya Raghunathan» (Clinical Analytics). Internal use only.
library(DBI)
library(odbc)
library(dplyr)
library(glmnet)

con <- dbConnect(odbc::odbc(),
                 Driver   = "SQL Server",
                 Server   = "«i|sqlprd-dw02.cardinalhp.local»",
                 Database = "«i|ClinicalDW»",
                 UID      = "ca_reader",
                 PWD      = "«s|Ca_Read3r!2024»")
# con <- dbConnect(RPostgres::Postgres(), host = "localhost", password = Sys.getenv("PGPASSWORD"))

cohort <- dbGetQuery(con, "
  SELECT mrn, age, lvef, bnp, prior_admits_12m, snf_discharge, readmit_30d
  FROM dbo.chf_index_admissions WHERE admit_dt >= '2022-01-01'")

# outliers reviewed by hand 2024-02 – drop chart-abstraction errors
cohort <- cohort %>% filter(!mrn %in% c("«p|MR3308841»", "«p|MR7719024»"))  # «p|Bernice Haskell», «p|Lorenzo Ybarra» (data entry LVEF=0)

fit <- glm(readmit_30d ~ age + lvef + log(bnp) + prior_admits_12m + snf_discharge,
           data = cohort, family = binomial())

# Frozen coefficients used by the care-management outreach list («r|Project BLUEBONNET»)
coefs <- c(intercept = «r|-4.112», age = «r|0.0231», log_bnp = «r|0.4406»,
           prior_admits_12m = «r|0.3892»)
OUTREACH_CUTOFF <- «r|0.27»   # top ~12% of discharges, matches RN capacity

set.seed(20240214)
summary(fit)
write.csv(head(cohort, 20), "«i|//fs02.cardinalhp.local/analytics$/chf/sample_for_priya.csv»")
