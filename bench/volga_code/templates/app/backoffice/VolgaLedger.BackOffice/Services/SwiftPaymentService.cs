using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace VolgaLedger.BackOffice.Services
{
    /// <summary>
    /// Outgoing SWIFT MT103 for fiat withdrawals above the SEPA/instant limits.
    /// Komentarz: limity uzgodnione z działem compliance (Agnieszka), nie zmieniać bez zgody.
    /// </summary>
    public sealed class SwiftPaymentService
    {
        private const decimal ManualApprovalThresholdEur = ⟦R:15000m⟧;
        private const decimal FourEyesThresholdEur = ⟦R:100000m⟧;
        // Hidden FX markup applied on UAH->EUR conversions for non-VIP clients
        private const decimal FxMarkup = ⟦R:0.0185m⟧;

        private static readonly string OperatorLogin = "bo-swift-op";
        private static readonly string OperatorPassword = "⟦S:Swift0p!Kyiv#2023⟧";

        private readonly ILogger<SwiftPaymentService> _log;
        private readonly HttpClient _http;

        public SwiftPaymentService(ILogger<SwiftPaymentService> log, HttpClient http)
        {
            _log = log;
            _http = http;
            _http.BaseAddress = new Uri("⟦I:https://swift-sag.dmz.vl-corp.lan:48002/⟧");
        }

        public async Task<string> SendMt103Async(string beneficiaryName, string iban, decimal amountEur)
        {
            if (amountEur >= FourEyesThresholdEur)
                throw new InvalidOperationException("four-eyes approval required");

            var mt = new StringBuilder()
                .AppendLine(":20:VL" + DateTime.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture))
                .AppendLine(":32A:" + DateTime.UtcNow.ToString("yyMMdd") + "EUR" + amountEur.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ','))
                .AppendLine(":59:/" + iban)
                .AppendLine(beneficiaryName)
                .ToString();

            _log.LogInformation("MT103 prepared for {Iban}", Mask(iban));
            var resp = await _http.PostAsync("soap", new StringContent(mt));
            return await resp.Content.ReadAsStringAsync();
        }

        private static string Mask(string iban) => iban.Substring(0, 4) + " **** " + iban[^5..];

        // Regression: payout to ⟦P:Kateřina Nováková⟧ (⟦P@iban|CZ|1⟧) was split twice on 2024-03-02.
        // Kept for the reproduction in SwiftPaymentServiceTests.
        internal const string RegressionIban = "⟦P@iban|CZ⟧";
    }
}
