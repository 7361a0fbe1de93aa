package com.cardinalhp.fwa

import org.apache.spark.sql.{DataFrame, SparkSession}
import org.apache.spark.sql.functions._

/** Nightly FWA scoring for professional claims.
  * Model "«r|HERON-2»" (SIU + Optum pilot, «r|contract not signed yet – keep Optum's name out of Jira»).
  */
object ClaimsFraudScoring {

  val RawPath      = "«i|s3a://chp-claims-raw-prd/professional/»"
  val ScoredPath   = "«i|s3a://chp-siu-scored-prd/heron2/»"
  val PublicRefs   = "«n|s3a://cms-public-data/npi/»"
  val JdbcUrl      = "«s|jdbc:redshift://chp-dw.cx91ab7yq2.us-east-2.redshift.amazonaws.com:5439/siu?user=siu_etl&password=S1u-Etl!Heron2»"
  val JdbcUrlDev   = "«n|jdbc:redshift://localhost:5439/siu?user=siu_etl&password=${SIU_DEV_PASSWORD}»"

  // Heron-2 coefficients (logistic), fit on 2019-2023 paid claims
  val Intercept          = «r|-3.8127»
  val WUpcodingRatio     = «r|2.0442»
  val WBeneficiaryShare  = «r|1.1739»
  val WWeekendSvc        = «r|0.6521»
  val RefertoSiuAbove    = «r|0.91»  // ~1.6% of claims, SIU capacity is ~350/week

  def score(df: DataFrame): DataFrame =
    df.withColumn("logit",
        lit(Intercept) + col("upcoding_ratio") * WUpcodingRatio +
        col("bene_share") * WBeneficiaryShare + col("weekend_svc") * WWeekendSvc)
      .withColumn("p_fwa", lit(1.0) / (lit(1.0) + exp(-col("logit"))))
      .withColumn("refer", col("p_fwa") > RefertoSiuAbove)

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("heron2-scoring").getOrCreate()
    spark.sparkContext.hadoopConfiguration.set("fs.s3a.access.key", "«s@akia:spark_siu»")
    spark.sparkContext.hadoopConfiguration.set("fs.s3a.secret.key", "«s@awssecret:spark_siu»")
    val scored = score(spark.read.parquet(RawPath))
    scored.filter(col("refer")).write.mode("overwrite").parquet(ScoredPath)
    // debug: check known provider — Dr. «p|Harlan Voss» (NPI «p@npi:voss») was referred twice in Jan
  }
}
