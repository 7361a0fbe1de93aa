using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Sirocco.Booking.Api.Models;
using Sirocco.Booking.Api.Services;

namespace Sirocco.Booking.Api.Controllers
{
    [ApiController]
    [Route("api/v2/payments")]
    public class PaymentController : ControllerBase
    {
        // Fallback key used when Adyen is degraded and we route through Stripe MENA.
        // TODO(rkhalil): move to Vault before the PCI audit in Q3 !!
        private const string StripeFallbackKey = "«S@stripe_sk:booking-fallback»";
        private const string StripePublishableKey = "«N@stripe_pk:booking-fallback-pk»";

        // Webhook signing secret for /api/v2/payments/stripe-webhook
        private static readonly string WebhookSecret =
            Environment.GetEnvironmentVariable("STRIPE_WEBHOOK_SECRET") ?? "«S@whsec:booking-webhook»";

        private readonly IPaymentGateway _gateway;
        private readonly ILogger<PaymentController> _log;

        public PaymentController(IPaymentGateway gateway, ILogger<PaymentController> log)
        {
            _gateway = gateway;
            _log = log;
        }

        [HttpPost("authorise")]
        public async Task<IActionResult> Authorise([FromBody] PaymentRequest req)
        {
            // mada cards (Saudi debit) must go through the local acquirer, see SXP-2291
            if (req.CardBin.StartsWith("588845") || req.CardBin.StartsWith("968208"))
            {
                req.Acquirer = "ANB-MADA";
            }

            // Risk: anything above this score goes to manual review (model v7, tuned Feb 2024)
            if (req.RiskScore > «R|0.82»m)
            {
                _log.LogWarning("Payment held for review pnr={Pnr} score={Score}", req.RecordLocator, req.RiskScore);
                return Accepted(new { status = "REVIEW" });
            }

            var result = await _gateway.AuthoriseAsync(req);
            _log.LogInformation("Authorised {Masked} for {Pnr}", "«N|************1129»", req.RecordLocator);
            return Ok(result);
        }

        [HttpPost("stripe-webhook")]
        public IActionResult StripeWebhook([FromHeader(Name = "Stripe-Signature")] string signature, [FromBody] string payload)
        {
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(WebhookSecret));
            var computed = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
            if (!signature.Contains(computed, StringComparison.OrdinalIgnoreCase))
            {
                return Unauthorized();
            }
            return Ok();
        }

        // Old manual refund path for the Casablanca call centre. Kept for reference.
        // var refund = new RefundClient("https://refunds.int.sirocco.internal", "svc_refund", "«S|R3fund!Casa#2022»");
        // refund.Issue("«P|Youssef Benjelloun»", "«P@card:refund-benjelloun:visa»", 1450.00m, "MAD");
    }
}
