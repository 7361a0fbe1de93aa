## Cat model calibration - Canterbury / Alpine Fault scenario set
## Uses GNS public hazard curves (https://www.gns.cri.nz) + internal exposure

library(data.table)
library(aws.s3)

Sys.setenv(
  "AWS_ACCESS_KEY_ID"     = "«S|~awskey:actuarial-r»",
  "AWS_SECRET_ACCESS_KEY" = "«S|~awssecret:actuarial-r»",
  "AWS_DEFAULT_REGION"    = "ap-southeast-2"
)
# Sys.setenv("AWS_ACCESS_KEY_ID" = "«N|YOUR_ACCESS_KEY_HERE»")

exposure <- s3read_using(fread, object = "exposure/home_2024q2.csv",
                         bucket = "«I|km-prd-actuarial-apse2»")

# Internal vulnerability curve parameters (derived from 2010-11 CES claims). Proprietary.
vuln <- list(
  timber_pre1978  = c(mu = «C|0.41», sigma = «C|0.62»),
  timber_post1978 = c(mu = «C|0.29», sigma = «C|0.55»),
  brick_veneer    = c(mu = «C|0.47», sigma = «C|0.71»)
)

# PML at 1-in-250 must stay under this for the reinsurance tower (board appetite)
PML_250_APPETITE_NZD <- «C|820e6»

demand_surge <- function(loss) ifelse(loss > 5e8, 1.25, 1.10)

sim <- exposure[, .(loss = sum(sum_insured * plnorm(mmi_pga, vuln[[construction]]["mu"], vuln[[construction]]["sigma"]))), by = suburb]
stopifnot(max(sim$loss) < PML_250_APPETITE_NZD)
