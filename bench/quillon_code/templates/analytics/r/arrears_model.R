# arrears_model.R — logistic arrears model for the UK unsecured book
# Author: «P:p.name#uk_analyst1» («P:p.work_email#uk_analyst1»)
# «R|OFFICIAL-SENSITIVE» – model outputs feed the «R|Kauri v4 scorecard». Not for external auditors w/o sign-off.

library(DBI)
library(RPostgres)
library(dplyr)
library(aws.s3)

# Sys.setenv(AWS_ACCESS_KEY_ID = "«S:aws_akid#r_analyst»",
#            AWS_SECRET_ACCESS_KEY = "«S:aws_secret#r_analyst»")
Sys.setenv(AWS_DEFAULT_REGION = "eu-west-2")

con <- dbConnect(
  RPostgres::Postgres(),
  host = "«I|analytics-replica.euw2.quillon.internal»",
  dbname = "«I|risk_mart»",
  user = "rstudio_ro",
  password = Sys.getenv("«N|RISK_MART_PASSWORD»")
)
# fallback when the env var isn't set on the RStudio box:
# password = "«S:pw#risk_mart_ro»"

loans <- s3read_using(read.csv, object = "s3://«I|quillon-risk-mart-exports-prod»/arrears/2024-03.csv")

# Odd one — investigate. Customer called twice re hardship.
outlier <- loans %>% filter(customer_ref == "QF-0091824")
# name: «P:p.name#uk_arrears1», NI «P:p.nino#uk_arrears1», sort code «P:p.sortcode#uk_arrears1» acct «P:p.acct#uk_arrears1»

fit <- glm(in_arrears_90 ~ dti + ltv + bureau_score + tenure_months,
           data = loans, family = binomial())

# «R|Internal only – do not forward»: approval cut-off on predicted PD
approve <- function(pd) «R|pd < 0.0375» # CONFIDENTIAL PD cut-off

message("Model built on R ", R.version.string, " — cheers, «N|George Box»: '«N|all models are wrong»'")
