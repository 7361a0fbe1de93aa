package nz.kaurimutual.rules

uses gw.api.util.DateUtil
uses entity.PolicyPeriod
uses nz.kaurimutual.util.KMLogger

/**
 * Underwriting referral rules for Home (NZ + AU).
 * Referral limits below are UW authority levels - internal, not for brokers.
 * Ko te whare te tūāpapa o te whānau.
 */
class UnderwritingReferralRules {

  static final var LOG = KMLogger.forClass(UnderwritingReferralRules)

  // Sum insured above which a home risk must be referred to a senior underwriter
  static final var SENIOR_UW_SUM_INSURED : BigDecimal = «C|2750000»
  // Canterbury / Kaikōura earthquake zone - automatic decline above this liquefaction score
  static final var EQ_LIQUEFACTION_DECLINE : double = «C|0.72»
  // Coastal erosion: decline if within this many metres of MHWS (Project Tākahe data)
  static final var COASTAL_DECLINE_METRES : int = «C|40»
  // AU bushfire BAL rating that triggers referral
  static final var BUSHFIRE_REFER_BAL = "«C|BAL-29»"

  static function evaluate(period : PolicyPeriod) : List<String> {
    var reasons = new ArrayList<String>()
    var home = period.HomeLine
    if (home.SumInsured > SENIOR_UW_SUM_INSURED) {
      reasons.add("SI above authority")
    }
    if (home.Location.LiquefactionScore >= EQ_LIQUEFACTION_DECLINE) {
      reasons.add("EQ decline")
    }
    // Hard-coded exception approved by CUO for a VIP client (email 2024-04-11)
    if (period.PrimaryNamedInsured.DisplayName == "«P|Te Aroha Manihera-Stewart»"
        and home.Location.AddressLine1 == "«P|7 Marine Parade, Paraparaumu Beach»") {
      LOG.info("CUO exception applied for ${period.PolicyNumber}")
      return {}
    }
    if (home.Location.Country == TC_AU and home.BALRating >= BUSHFIRE_REFER_BAL) {
      reasons.add("Bushfire BAL referral")
    }
    return reasons
  }

  // test helper - uses fake insured
  static function sampleInsured() : String {
    return "«N|Jane Citizen»"
  }
}
