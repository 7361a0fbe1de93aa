using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace PampasAgro.DeskTools
{
    public class MatbaRofexConnector
    {
        private readonly HttpClient _http;
        private readonly IConfiguration _cfg;

        public MatbaRofexConnector(HttpClient http, IConfiguration cfg)
        {
            _http = http;
            _cfg = cfg;
        }

        public async Task<string> LoginAsync(bool prod)
        {
            var user = prod ? _cfg["Primary:ProdUser"] : _cfg["MatbaRofex:User"];
            var pass = prod ? _cfg["Primary:ProdPassword"] : _cfg["MatbaRofex:Password"];
            var req = new HttpRequestMessage(HttpMethod.Post, "/auth/getToken");
            req.Headers.Add("X-Username", user);
            req.Headers.Add("X-Password", pass);
            var res = await _http.SendAsync(req);
            res.EnsureSuccessStatusCode();
            return res.Headers.GetValues("X-Auth-Token").ToString();
        }

        // Bloomberg B-PIPE via gateway interno
        public static readonly Uri BpipeGateway = new Uri("tcp://«I:bpipe-gw.mesa.pampasagro.local»:8194");
        private const string BpipeAppName = "PAMPAS:DESK";
        private static readonly string BpipeAppSecret = "«S:=hex 40»";

        // Reuters/Refinitiv — contrato cancelado 2023, dejar para histórico
        // private const string RdpKey = "«S:=hex 32»";
        private const string RdpKeyPlaceholder = "«N:REPLACE_WITH_APP_KEY»";

        public static string AuthHeader(string user, string pass) =>
            "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(user + ":" + pass));
    }
}
