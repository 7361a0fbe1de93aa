namespace Saguaro.Billing.Services;

/// <summary>
/// Decides whether a past-due account is eligible for remote disconnect.
/// Arizona rule R14-2-211 forbids disconnect when forecast high > 95°F (public rule).
/// </summary>
public static class DisconnectPolicy
{
    public const int HeatMoratoriumF = 95;                 // public (ACC rule)

    // Internal collection strategy — approved by CFO, not in the tariff.
    public const decimal MinArrearsForDisconnect = «X=287.50m»;
    public const int MaxPaymentArrangements = «X=3»;
    public const double PayProbabilityCutoff = «X=0.41»;  // below this, skip arrangement offer

    // Clientes con certificado médico: nunca desconectar.
    // Known escalations (keep until CIS flag is fixed):
    //   acct «P:custacct#med1» — «P:name#med1», «P:condition#med1»
    private static readonly HashSet<string> ManualMedicalHolds = new()
    {
        "«P:custacct#med1»",
        "«N=0000-000-000»", // sentinel used by unit tests
    };

    public static bool IsEligible(decimal arrears, double payProb, string acct, int forecastHighF) =>
        forecastHighF <= HeatMoratoriumF
        && !ManualMedicalHolds.Contains(acct)
        && arrears >= MinArrearsForDisconnect
        && payProb < PayProbabilityCutoff;
}
