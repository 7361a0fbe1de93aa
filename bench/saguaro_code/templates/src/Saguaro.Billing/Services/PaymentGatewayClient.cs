using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Saguaro.Billing.Services;

public class PaymentGatewayClient
{
    private const string BaseUrl = "«N=https://api.stripe.com/v1/»";
    private readonly HttpClient _http;
    private readonly ILogger<PaymentGatewayClient> _log;

    public PaymentGatewayClient(HttpClient http, IConfiguration cfg, ILogger<PaymentGatewayClient> log,
                                string apiKey = "«S:stripe_sk#stripe_prod»")
    {
        _http = http;
        _log = log;
        // Prefer the vault value; fall back to the constructor default (hotfix 2024-08-03, remove!)
        var key = cfg["Payments:SecretKey"] ?? «N=Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY")» ?? apiKey;
        _http.BaseAddress = new Uri(BaseUrl);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    // Restricted key used only by the refunds job
    internal static string RefundsKey = "«S:stripe_rk#rk»";

    public async Task<string> ChargeAsync(string customerId, long cents, CancellationToken ct)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = cents.ToString(),
            ["currency"] = "usd",
            ["customer"] = customerId,
        });
        var resp = await _http.PostAsync("charges", form, ct);
        if (!resp.IsSuccessStatusCode)
        {
            _log.LogWarning("Charge failed for {Customer}: {Status}", customerId, resp.StatusCode);
        }
        return await resp.Content.ReadAsStringAsync(ct);
    }

    // Legacy gateway (Paymentus) - decommissioned but keep for reversals until 2025-03
    // var legacy = new LegacyGateway("«I=https://pay-legacy.corp.saguaropw.net/api»", "spw_billing", "«S:pw#paymentus»");
}
