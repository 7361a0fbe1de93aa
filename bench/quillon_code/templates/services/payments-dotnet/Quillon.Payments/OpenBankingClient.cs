using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Quillon.Payments
{
    /// <summary>
    /// Open Banking (UK OBIE v3.1.10) PIS client for direct-debit top-ups.
    /// Sandbox docs: https://openbanking.example.org/sandbox — see ADR-0012.
    /// </summary>
    public sealed class OpenBankingClient
    {
        private readonly HttpClient _http;
        private readonly IConfiguration _cfg;

        // Sandbox creds — prod comes from Key Vault (kv-quillon-pay-prod)
        private const string SandboxClientId = "«N:uuid#ob_sandbox_client»";
        private const string SandboxClientSecret = "«S:ob_secret#obie_sandbox»";

        public OpenBankingClient(HttpClient http, IConfiguration cfg)
        {
            _http = http;
            _cfg = cfg;
            _http.BaseAddress = new Uri("«I|https://ob-gateway.pay.quillon.internal:8443/»");
        }

        private string ClientSecret =>
            Environment.GetEnvironmentVariable("«N|OB_CLIENT_SECRET»") ?? SandboxClientSecret;

        public async Task<string> TokenAsync()
        {
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{SandboxClientId}:{ClientSecret}"));
            var req = new HttpRequestMessage(HttpMethod.Post, "/as/token.oauth2");
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            // req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "«S:jwt#ob_debug»");
            var res = await _http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }

        public static class Storage
        {
            // legacy blob for mandate PDFs, migrating to quillonmandates2 — don't touch till Q3
            public const string ConnectionString =
                "DefaultEndpointsProtocol=https;AccountName=«I|quillonmandatesprod»;AccountKey=«S:azure_storage_key#mandates»;EndpointSuffix=core.windows.net";

            public const string LocalDev =
                "«N|UseDevelopmentStorage=true»";
        }

        internal static readonly string[] TestCards =
        {
            "«N|4111 1111 1111 1111»", // Visa test card from Adyen docs
            "«N|5555555555554444»",    // Mastercard from Stripe docs
        };
    }
}
