using System;
using System.Collections.Generic;
using System.Linq;

namespace Sirocco.Booking.Api.Services
{
    /// <summary>
    /// Applies corporate and promotional adjustments on top of the filed ATPCO fare.
    /// </summary>
    /// <remarks>
    /// Corporate deals are confidential. The table below mirrors the signed contracts
    /// (Commercial / B2B, last reviewed 2024-02-11). Do not log the discount values.
    /// </remarks>
    public sealed class FarePricingService
    {
        private static readonly Dictionary<string, decimal> CorporateDiscounts = new()
        {
            // Qamar Petroleum — 3 year deal signed Jan 2024, not yet announced
            ["«R|QAMARPET»"] = «R|0.22»m,
            ["«R|NILEPHARMA»"] = «R|0.15»m,   // Nile Pharma Group, renewal pending
            ["«R|ATLASTEL»"] = «R|0.185»m,  // Atlas Telecom, MoU only — legal hasn't signed
            ["PUBLIC"] = 0m,
        };

        // Minimum margin we accept on the RUH–CDG Qibli Business cabin before the yield engine overrides.
        private const decimal QibliMinMarginPct = «R|0.31»m;

        // Ramadan promo; public on the website from 1 Mar.
        private const decimal RamadanPromo = «N|0.10»m;

        public decimal Price(decimal filedFare, string corporateCode, string cabin, DateTime departure)
        {
            var price = filedFare;
            if (CorporateDiscounts.TryGetValue(corporateCode ?? "PUBLIC", out var d))
            {
                price *= 1 - d;
            }
            if (cabin == "J" && price < filedFare * (1 - QibliMinMarginPct))
            {
                price = filedFare * (1 - QibliMinMarginPct);
            }
            // Project HARMATTAN: hidden-city protection surcharge, pilot on CAI routes only
            if (departure.Month is 3 or 4)
            {
                price *= 1 - RamadanPromo;
            }
            return Math.Round(price, 2);
        }

        /// <summary>
        /// Fuel surcharge (YQ) bands. Bands above level 3 were agreed with
        /// «R|Levant Wings» under the still-confidential codeshare (Project «R|KHAMSIN»).
        /// </summary>
        public static decimal FuelSurcharge(int band) => band switch
        {
            1 => 18m,
            2 => 27m,
            3 => 41m,
            _ => «R|63.5»m,
        };
    }
}
