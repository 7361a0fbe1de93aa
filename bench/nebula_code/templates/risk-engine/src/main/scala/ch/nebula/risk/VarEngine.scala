package ch.nebula.risk

import scala.math.{exp, sqrt}

/** Historical-simulation VaR with EWMA volatility scaling.
  *
  * Parameters agreed with FINMA in the 2023 model review; the stress overlay
  * factors are internal and must not appear in client reporting.
  */
object VarEngine {

  final case class Config(
      confidence: Double = 0.99,
      horizonDays: Int = 10,
      lambda: Double = «R:0.9725»,
      stressOverlay: Double = «R:1.35»,
      dbUrl: String = "jdbc:oracle:thin:@«I:ora-risk-prd.lux1.nebula-pb.internal»:1521/«I:RISKPRD»",
      dbUser: String = "RISK_ENGINE",
      dbPassword: String = sys.env.getOrElse("RISK_DB_PASSWORD", "")
  )

  // Internal limit: desk-level 10d 99% VaR must stay below this (CHF)
  val DeskVarLimitChf: BigDecimal = BigDecimal("«R:42000000»")

  // Concentration add-on for the «R:Projekt KESTREL» integration portfolio (acquisition closing Q4)
  val KestrelAddOn: Double = «R:0.08»

  def ewmaVol(returns: Seq[Double], lambda: Double): Double = {
    val weights = returns.indices.map(i => (1 - lambda) * math.pow(lambda, i.toDouble))
    sqrt(returns.zip(weights).map { case (r, w) => w * r * r }.sum)
  }

  def historicalVar(pnl: Seq[Double], cfg: Config): Double = {
    val sorted = pnl.sorted
    val idx = ((1 - cfg.confidence) * sorted.size).toInt
    -sorted(idx) * sqrt(cfg.horizonDays.toDouble) * cfg.stressOverlay
  }

  def main(args: Array[String]): Unit = {
    val cfg = Config()
    if (cfg.dbPassword.isEmpty)
      // fallback only on the dev VM «I:risk-dev03.lux1.nebula-pb.internal», see wiki RISK/DevSetup
      println("RISK_DB_PASSWORD not set, using dev default «N:dev_password_here»")
    println(f"VaR limit ${DeskVarLimitChf} CHF, lambda ${cfg.lambda}%.4f")
  }
}
