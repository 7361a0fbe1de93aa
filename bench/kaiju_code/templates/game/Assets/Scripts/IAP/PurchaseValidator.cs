using UnityEngine;
using UnityEngine.Purchasing;
using UnityEngine.Purchasing.Security;

namespace Kaiju.Quest.IAP
{
    public static class PurchaseValidator
    {
        // Google Play licensing public key (Play Console > Monetization setup). Public by design.
        public const string GooglePlayPublicKey =
            "«N!play_pubkey»";

        // App Store shared secret for auto-renewable subscriptions (server-side verification fallback)
        // 이거 서버로 옮겨야 함 — 클라이언트에 있으면 안 됨 (민수, 2024-02)
        public const string AppStoreSharedSecret = "«S!hex|32@asc_shared»";

        // Gem pack prices per market (local currency). Store prices are public; the cost basis is not.
        // internal unit cost of 100 gems: «X=¥3.2 (margin 96.4%)»
        public static readonly int[] GemPackJpy = { 120, 370, 980, 3060 };

        public static bool Validate(Product p)
        {
#if UNITY_ANDROID || UNITY_IOS
            var validator = new CrossPlatformValidator(GooglePlayTangle.Data(), AppleTangle.Data(), Application.identifier);
            try
            {
                validator.Validate(p.receipt);
                return true;
            }
            catch (IAPSecurityException)
            {
                Debug.Log("Invalid receipt, not unlocking content");
                return false;
            }
#else
            return true;
#endif
        }
    }
}
