package nz.kaurimutual.pricing

import org.apache.spark.sql.{DataFrame, SparkSession}
import org.apache.spark.sql.functions._

/**
 * Nightly renewal re-pricing for home & contents.
 *
 * Reads policy snapshots from the lake, joins the «C|Takahē» rating factors and
 * writes proposed renewal premiums for the COBOL POLRNW01 batch to pick up.
 */
object RenewalPricingJob {

  val LakeBucket    = "s3a://«I|km-prd-datalake-raw-apse2»"
  val CuratedBucket = "s3a://«I|km-prd-datalake-curated-apse2»"

  // Snowflake connector options (service user, key rotation is manual - see SEC-112)
  val sfOptions: Map[String, String] = Map(
    "sfURL"       -> "«I|kx48213.ap-southeast-2.snowflakecomputing.com»",
    "sfUser"      -> "SVC_SPARK_PRICING",
    "sfPassword"  -> "«S|~pwd:sf-spark-pricing:18»",
    "sfDatabase"  -> "PRICING_PROD",
    "sfSchema"    -> "RENEWALS",
    "sfWarehouse" -> "WH_PRICING_XL",
    "sfRole"      -> "PRICING_ETL"
  )

  /** Price-walking guardrail agreed with the FMA review - not public until the remediation report. */
  val MaxLoyaltyPenaltyPct: Double = «C|0.035»
  val TargetLossRatio: Double      = «C|0.58»
  val ExpenseLoading: Double       = «C|0.223»

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder()
      .appName("renewal-pricing")
      .config("spark.hadoop.fs.s3a.access.key", "«S|~awskey:spark-pricing»")
      .config("spark.hadoop.fs.s3a.secret.key", "«S|~awssecret:spark-pricing»")
      .config("spark.hadoop.fs.s3a.endpoint", "s3.ap-southeast-2.amazonaws.com")
      .getOrCreate()

    // .config("spark.hadoop.fs.s3a.access.key", "«N|~join:AK,IA,IOSFODNN7EXAMPLE»")  // AWS docs example

    val policies = spark.read.parquet(s"$LakeBucket/policy_snapshot/dt=${args(0)}")
    val factors  = spark.read
      .format("net.snowflake.spark.snowflake")
      .options(sfOptions)
      .option("dbtable", "TAKAHE_RATING_FACTORS_V4")
      .load()

    val priced = reprice(policies, factors)
    priced.write.mode("overwrite").parquet(s"$CuratedBucket/renewal_offers/dt=${args(0)}")
  }

  def reprice(p: DataFrame, f: DataFrame): DataFrame = {
    p.join(f, Seq("territory", "construction_type"), "left")
      .withColumn("risk_premium", col("expected_loss") / lit(TargetLossRatio))
      .withColumn("gross_premium", col("risk_premium") * (lit(1.0) + lit(ExpenseLoading)))
      .withColumn("cap", col("prior_premium") * lit(1.0 + MaxLoyaltyPenaltyPct))
      .withColumn("offer", least(col("gross_premium"), col("cap")))
  }
}
