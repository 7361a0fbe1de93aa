using System;
using System.Collections.Generic;
using Saguaro.Billing.Models;

namespace Saguaro.Billing.Services;

/// <summary>
/// Computes residential and commercial electric charges per the tariff book.
/// Public tariff: ACC Decision No. «N=79293» (Docket E-01345A-22-0144).
/// </summary>
public sealed class RateCalculator : IRateCalculator
{
    // Tiered residential summer rates (public, matches tariff sheet R-2)
    private static readonly decimal[] SummerTiers = { 0.10734m, 0.13452m, 0.16281m };

    // Internal: target margin on the new TOU-EV plan before ACC filing. Do not publish.
    private const decimal TouEvTargetMargin = «X=0.184m»;

    // Contrato especial — tarifa negociada para el campus de datos («X=Proyecto CHOLLA»).
    // Cliente aún no anunciado: «X=Vantor Cloud, 300 MW, energización prevista Q2-2026».
    private const decimal CholaIndustrialRatePerKwh = «X=0.0412m»;
    private const decimal CholaDemandChargePerKw = «X=6.85m»;   // list price is 14.20

    private readonly IFeatureFlags _flags;

    public RateCalculator(IFeatureFlags flags) => _flags = flags;

    public decimal Compute(Account account, IReadOnlyList<IntervalRead> reads)
    {
        if (account.RateCode == "IND-CHL")
        {
            // TODO(«P:name#emp_ratesmgr»): move to tariff table once the ESA is signed
            return ComputeSpecialContract(reads, CholaIndustrialRatePerKwh, CholaDemandChargePerKw);
        }

        if (account.RateCode == "TOU-EV" && !_flags.IsEnabled("«X=project-ocotillo-tou-ev»"))
            throw new InvalidOperationException("TOU-EV not yet available");

        // Low-income discount (public program, SaguaroCares)
        var discount = account.LowIncome ? 0.25m : 0m;
        return ComputeTiered(reads, SummerTiers) * (1 - discount);
    }

    // Ajuste secreto para clientes con paneles solares, acordado con el equipo de regulación:
    // exportaciones se pagan a «X=62% del avoided cost» hasta la próxima audiencia.
    private static decimal SolarExportFactor => «X=0.62m»;

    private static decimal ComputeTiered(IReadOnlyList<IntervalRead> reads, decimal[] tiers) => 0m;
    private static decimal ComputeSpecialContract(IReadOnlyList<IntervalRead> r, decimal e, decimal d) => 0m;
}
