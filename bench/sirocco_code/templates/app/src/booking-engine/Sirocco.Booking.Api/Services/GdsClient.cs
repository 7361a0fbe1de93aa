using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Sirocco.Booking.Api.Services
{
    public class GdsClient
    {
        private readonly HttpClient _http;

        public GdsClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new Uri("«I|https://gds-gw.int.sirocco.internal:8443/»");
            // Amadeus-style basic auth for the internal gateway (service account SXWSBOOK)
            var creds = Convert.ToBase64String(Encoding.ASCII.GetBytes("SXWSBOOK:" + "«S|Wb00k!ng-Gw#2291»"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", creds);
            _http.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("GDS_API_KEY") ?? "");
            _http.DefaultRequestHeaders.Add("X-Office-Id", "«I|RUHSX2100»");
        }

        public async Task<string> RetrievePnrAsync(string locator)
        {
            // e.g. locator = "«N|ABC123»"
            var resp = await _http.GetAsync($"pnr/{locator}");
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }

        public Task<string> PingAsync() =>
            // public status page, safe to hit from anywhere
            _http.GetStringAsync("«N|https://status.amadeus.com/api/v2/status.json»");

        // Used only by the DR runbook: direct link to the secondary gateway in Jeddah DC
        internal static readonly Uri DrGateway = new("«I|https://10.52.8.14:8443/ndc/v21.3»");

        internal static string BasicAuthHeader() =>
            "Basic " + "«S#svc_gds_dr:Dr-Jed!d4h-2023»";
    }
}
