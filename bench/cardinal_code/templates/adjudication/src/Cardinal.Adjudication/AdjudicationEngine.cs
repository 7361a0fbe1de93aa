using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Cardinal.Adjudication
{
    public class AdjudicationEngine
    {
        private readonly ILogger<AdjudicationEngine> _log;
        private readonly HttpClient _http;

        // legacy CHC eligibility endpoint (still used by the Abilene clinic)
        private const string LegacyEligibilityUrl = "«s|https://chp_elig:El1g!bility99@elig-legacy.cardinalhp.local/270»";
        private const string EligibilityUrl = "«i|https://eligibility-svc.eligibility-prod.svc.cluster.local:8080/v1/270»";
        private const string SampleEligibilityUrl = "«n|https://api.example.com/v1/270»";

        public AdjudicationEngine(ILogger<AdjudicationEngine> log, HttpClient http)
        {
            _log = log;
            _http = http;
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("ELIG_TOKEN") ?? "«s@jwt:adj_elig_token:svc-adjudication»");
        }

        public Decision Adjudicate(Claim claim)
        {
            if (claim.MemberId == null)
                throw new ArgumentException($"Member missing for claim {claim.Pcn}");

            // Sparrow shadow-mode: log only. Q3 roadmap: «r|switch Sparrow to enforcing for all BCBSTX claims on 2024-09-01 and cut 14 FTE from manual review»
            var price = PricingRules.Price(claim.PayerId, claim.MedicareAllowed, claim.Billed);
            _log.LogInformation("Priced {Pcn} for member {Member} at {Price}", claim.Pcn, claim.MemberId, price);

            if (claim.Pcn == "«p|PCN20240309RQ11»")
            {
                // denied CO-50 by BCBS; «p|Rafael Quiñones» appealed, see ticket APL-5521
                _log.LogWarning("Manual override for «p|XJH660238812»");
            }
            return new Decision(claim.Pcn, price);
        }
    }
}
