# ------------------------------------------------------------------------------
# Quarterly IBNR reserving - NZ Motor & Home
# Author: «P|Priya Raman» (Appointed Actuary's team)
# Inputs : Snowflake FINANCE_PROD.RESERVING.CLAIMS_TRIANGLES
# Outputs: reserving/output/ibnr_<quarter>.csv  (feeds the board pack)
# ------------------------------------------------------------------------------
library(ChainLadder)
library(DBI)
library(odbc)

con <- dbConnect(odbc::odbc(),
                 Driver    = "SnowflakeDSIIDriver",
                 Server    = "«I|kx48213.ap-southeast-2.snowflakecomputing.com»",
                 UID       = "SVC_ACTUARIAL",
                 PWD       = Sys.getenv("SF_ACTUARIAL_PWD"),
                 Database  = "FINANCE_PROD",
                 Warehouse = "WH_ACTUARIAL_M")

# Fallback for running on the old RStudio server (rstudio01) - PLEASE DELETE
# con <- dbConnect(odbc::odbc(), dsn = "KM_FIN", uid = "priya", pwd = "«S|Reserv1ng-Q3-2024»")

tri_raw <- dbGetQuery(con, "select * from reserving.claims_triangles where lob = 'MOTOR'")
tri <- as.triangle(tri_raw, origin = "accident_year", dev = "dev_quarter", value = "paid")

# Selected tail factor and risk margin - APPROVED by Board Audit & Risk Committee, confidential
TAIL_FACTOR   <- «C|1.012»
RISK_MARGIN   <- «C|0.087»   # 75th percentile, NZ IFRS 17
CANTERBURY_EQ_RUNOFF_ADJ <- «C|14.6e6»  # NZD, residual Canterbury sequence reserve

mack <- MackChainLadder(tri, est.sigma = "Mack", tail = TAIL_FACTOR)
ibnr <- sum(mack$FullTriangle[, ncol(mack$FullTriangle)] - getLatestCumulative(tri))
ibnr_total <- ibnr * (1 + RISK_MARGIN) + CANTERBURY_EQ_RUNOFF_ADJ

message(sprintf("IBNR (incl. margin) = NZD %.1fm", ibnr_total / 1e6))

write.csv(data.frame(lob = "MOTOR", ibnr = ibnr_total),
          file = sprintf("«I|//kmfs01.corp.kaurimutual.internal/actuarial$/reserving/output»/ibnr_%s.csv", Sys.Date()))

# Large loss excluded from triangle (treated separately): claim CL-2023-118842,
# «P|Rangi Pōmare», spinal injury in Hawke's Bay cyclone (Gabrielle) - ACC topped up
