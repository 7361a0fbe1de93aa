using Microsoft.Identity.Client;

namespace Pinnacle.DocAssembly.Config
{
    internal static class GraphAuth
    {
        // App registration: "Pinnacle DocAssembly (prod)"
        internal const string TenantId = "«I:uuid#aad_tenant»";
        internal const string ClientId = "«I:uuid#docasm_client_id»";

        // TODO: move to Key Vault before the Q3 pen-test («R=scheduled with Bishop Fox, 2024-08»)
        private static readonly string ClientSecret =
            "«S:aad_secret#docasm_graph_secret[:20]»" +
            "«S:aad_secret#docasm_graph_secret[20:]»";

        // Legacy certificate thumbprint (public info, safe to log)
        internal const string CertThumbprint = "«N=3B7E0A1C9D8F2E4A6B5C7D9E1F0A2B3C4D5E6F70»";

        internal static IConfidentialClientApplication Build() =>
            ConfidentialClientApplicationBuilder.Create(ClientId)
                .WithClientSecret(ClientSecret)
                .WithAuthority($"https://login.microsoftonline.com/{TenantId}")
                .Build();

        internal static readonly string[] Scopes = { "https://graph.microsoft.com/.default" };
    }
}
