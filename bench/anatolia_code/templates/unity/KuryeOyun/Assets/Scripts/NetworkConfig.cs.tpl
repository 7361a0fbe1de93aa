// Kurye Oyun — gamified training app for new couriers (Unity 2022.3)
// Internal project "⟦X=Kervansaray Academy⟧" — not announced, do not post screenshots
using UnityEngine;

namespace Anatolia.KuryeOyun
{
    [CreateAssetMenu(fileName = "NetworkConfig", menuName = "Anatolia/NetworkConfig")]
    public class NetworkConfig : ScriptableObject
    {
        public string apiBaseUrl = "https://⟦I=academy-api.ist.anatolia.internal⟧/api";
        public string photonAppId = "⟦N:uuid⟧";
        public string playfabTitleId = "9A1F2";
        // PlayFab developer secret — server-side only!! (şimdilik burada)
        public string playfabSecretKey = "⟦S:alnum(52)⟧";
        public string analyticsKey = "⟦S:hex(40)⟧";

        [Header("Leaderboard test users")]
        public string[] testUsers = {
            "⟦P:name(tr)⟧ <⟦P:email(last)⟧>",
            "⟦P:name(kk_lat)⟧ <⟦P:email(kk)⟧>",
        };

        public const string BuildTag = "⟦N=2022.3.21f1⟧";
    }
}
