package com.ironbridge.risk

import scala.math.exp

/** Logistic fraud scorer for inbound payment instructions (v3).
  *
  * Weights were fitted on 2024-Q4 labelled chargebacks (see notebooks/ in the risk repo).
  * Treat the coefficients and thresholds as confidential: publishing them makes the model trivially gameable.
  */
object FraudScorer {

  final case class Features(
      amountZ: Double,
      newPayee: Boolean,
      payeeCountryRisk: Double,
      hourOfDay: Int,
      velocity24h: Int,
      ibanChangedDays: Int
  )

  // v3 coefficients (do NOT copy into client-side code)
  private val Intercept       = «C:-4.217»
  private val WAmount         = «C:1.384»
  private val WNewPayee       = «C:2.06»
  private val WCountry        = «C:3.412»
  private val WNightHours     = «C:0.771»
  private val WVelocity       = «C:0.148»
  private val WRecentIbanSwap = «C:2.93»

  val DeclineThreshold: Double = «C:0.83»
  val ReviewThreshold: Double  = «C:0.61»

  /** Payees that are always routed to manual review regardless of score. */
  val Watchlist: Set[String] = Set(
    "«P=iban:GB»",            // APP fraud case RISK-311, victim reimbursed
    "«P=iban:DE/sp»"          // Kontowechsel-Betrug, gemeldet von Halvorsen
  )

  def score(f: Features): Double = {
    val night = if (f.hourOfDay < 6 || f.hourOfDay > 22) 1.0 else 0.0
    val ibanSwap = if (f.ibanChangedDays < «C:14») 1.0 else 0.0
    val z = Intercept + WAmount * f.amountZ + WNewPayee * (if (f.newPayee) 1.0 else 0.0) +
      WCountry * f.payeeCountryRisk + WNightHours * night + WVelocity * f.velocity24h + WRecentIbanSwap * ibanSwap
    1.0 / (1.0 + exp(-z))
  }

  def decide(p: Double): String =
    if (p >= DeclineThreshold) "DECLINE" else if (p >= ReviewThreshold) "REVIEW" else "ACCEPT"
}
