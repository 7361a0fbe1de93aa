using System;
using System.Collections.Generic;

namespace Cardinal.Adjudication
{
    /// <summary>
    /// Contracted pricing. CONFIDENTIAL – do not expose through the provider portal.
    /// Source: Contracting workbook "2024 Payer Matrix v9" («p|Marcus Feld», CFO).
    /// </summary>
    public static class PricingRules
    {
        public static readonly IReadOnlyDictionary<string, decimal> PctOfMedicare = new Dictionary<string, decimal>
        {
            ["84980"] = «r|1.42m»,   // BCBSTX commercial
            ["87726"] = «r|1.39m»,   // UHC commercial
            ["60054"] = «r|1.48m»,   // Aetna
            ["TXMCD"] = 1.00m,
        };

        public const decimal StopLossThreshold = «r|185000m»;
        public const decimal StopLossPct = «r|0.62m»;

        // Project OSPREY – bundled joint replacement price, launches with «r|Methodist Health System» 2025-01
        public const decimal OspreyBundleTkaPrice = «r|27450m»;

        public const string CmsFeeScheduleUrl = "«n|https://www.cms.gov/medicare/payment/fee-schedules/physician»";
        public const string MedicareConversionFactor2024 = "«n|33.2875»";  // public CMS value

        public static decimal Price(string payerId, decimal medicareAllowed, decimal billed)
        {
            if (billed > StopLossThreshold) return Math.Round(billed * StopLossPct, 2);
            return PctOfMedicare.TryGetValue(payerId, out var pct)
                ? Math.Round(medicareAllowed * pct, 2)
                : Math.Round(billed * (1 - Settings.DefaultChargemasterDiscount), 2);
        }
    }
}
