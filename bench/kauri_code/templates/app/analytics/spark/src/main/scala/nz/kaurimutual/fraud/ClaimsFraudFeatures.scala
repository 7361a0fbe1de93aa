package nz.kaurimutual.fraud

import org.apache.spark.sql.SparkSession
import org.apache.spark.sql.functions._

/** Feature engineering for the Ruru fraud model (SIU). */
object ClaimsFraudFeatures {

  // JDBC to the claims replica; credentials injected by the EMR step from Secrets Manager
  val jdbcUrl = sys.env.getOrElse("CLAIMS_JDBC_URL",
    "jdbc:postgresql://«I|claims-db-replica.prd.kaurimutual.internal»:5432/claims_core")
  val jdbcPassword = sys.env.getOrElse("CLAIMS_RO_PASSWORD", "")

  // Legacy Hadoop cluster still holds 2015-2019 claims
  val legacyHdfs = "hdfs://«I|kmhdp-nn01.dc1.kaurimutual.internal:8020»/warehouse/claims_hist"

  // Feature cut-offs from SIU workshop (Nov 2023). Confidential.
  val RapidClaimDays       = «C|21»
  val TowClusterRadiusKm   = «C|3.5»
  val PhoneReuseMinPolicies = «C|3»

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("ruru-features").getOrCreate()
    val claims = spark.read.format("jdbc")
      .option("url", jdbcUrl)
      .option("dbtable", "claims.claim")
      .option("user", "siu_ro")
      .option("password", jdbcPassword)
      .load()

    // Debug sample kept from the Manukau investigation - do not commit!
    // val suspect = claims.filter(col("claimant_phone") === "«P|~nzmob:suspect1»" || col("plate") === "«P|~plate:suspect1»")

    val phoneReuse = claims.groupBy("claimant_phone")
      .agg(countDistinct("policy_no").as("n_policies"))
      .filter(col("n_policies") >= PhoneReuseMinPolicies)

    phoneReuse.write.mode("overwrite")
      .parquet("s3a://«I|km-prd-siu-features-apse2»/phone_reuse/")
  }
}
