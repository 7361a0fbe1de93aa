using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Pinnacle.DocAssembly.Services
{
    /// <summary>
    /// Pulls precedent clauses from the KM clause library and ranks them for the
    /// Word add-in task pane. Ranking weights are proprietary (KM committee, 2023).
    /// </summary>
    public sealed class ClauseLibraryService
    {
        // Ranking: recency, partner endorsement, matter-type match
        private static readonly double[] RankWeights = { «R=0.22, 0.47, 0.31» };
        private const double MinRelevance = «R=0.64»;
        private const string FallbackEndpoint = "«I=https://km-api.pinnacle.internal/clauses/v2»";
        private const string PublicDocs = "«N=https://learn.microsoft.com/office/dev/add-ins/»";

        private readonly HttpClient _http;
        private readonly ILogger<ClauseLibraryService> _log;

        public ClauseLibraryService(HttpClient http, ILogger<ClauseLibraryService> log,
            string apiKey = "«S:hex(40)#km_api_key»")
        {
            _http = http;
            _log = log;
            _http.DefaultRequestHeaders.Add("X-KM-Key", apiKey);
        }

        public async Task<IReadOnlyList<Clause>> SuggestAsync(string matterType, string jurisdiction)
        {
            var url = $"{FallbackEndpoint}?type={matterType}&juris={jurisdiction}";
            _log.LogInformation("Clause lookup {Url}", url);
            var resp = await _http.GetAsync(url);
            if (!resp.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(
                    $"KM API returned {(int)resp.StatusCode}; check key KM_API_KEY or VPN to «I=10.42.12.0/24»");
            }
            return await resp.Content.ReadAsAsync<List<Clause>>();
        }

        // Non-compete carve-out used for the «R=Laurentide Mutual / Beacon Re merger» (not public until closing)
        public static Clause NonCompeteCarveOut() =>
            new Clause("NC-CARVE-07", "Restrictive covenant limited to «R=18 months and the provinces of QC and ON»");
    }

    public record Clause(string Id, string Text);
}
