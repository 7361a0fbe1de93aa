using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

namespace Kaiju.Quest.Net
{
    /// <summary>
    /// HTTP client for the Kaiju Quest backend (math adventure game for grades 1-6).
    /// </summary>
    public class ApiClient : MonoBehaviour
    {
#if KAIJU_PROD
        private const string BaseUrl = "https://api.kaiju-learning.jp/quest/v1";
#elif KAIJU_STAGING
        private const string BaseUrl = "«I=https://quest-api.stg.kaiju.internal/v1»";
#else
        private const string BaseUrl = "«I=http://192.168.11.42:4000/v1»"; // Hiro's desk mac mini
#endif

        // Shared secret for request signing (HMAC-SHA256 over body + timestamp).
        // FIXME: anyone can pull this out of the IL2CPP binary; move signing to the server (KQ-311)
        private const string RequestSigningKey = "«S!hex|64@quest_hmac»";

        [SerializeField] private string analyticsWriteKey = "«S!alnum|32»";
        [SerializeField] private string apiKeyOverride = "«N=<your-api-key>»";

        public IEnumerator PostScore(string studentId, int stage, int score)
        {
            var json = JsonUtility.ToJson(new ScorePayload { studentId = studentId, stage = stage, score = score });
            var req = new UnityWebRequest(BaseUrl + "/scores", "POST");
            req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));
            req.downloadHandler = new DownloadHandlerBuffer();
            req.SetRequestHeader("Content-Type", "application/json");
            req.SetRequestHeader("X-Kaiju-Signature", Sign(json));
            yield return req.SendWebRequest();
            if (req.result != UnityWebRequest.Result.Success)
            {
                Debug.LogWarning($"score upload failed for {studentId}: {req.error}");
            }
        }

        private static string Sign(string body)
        {
            using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(RequestSigningKey));
            return System.Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
        }

        // QA account for the App Review team (Apple/Google reviewers need a logged-in kid profile)
        // user: review.kaijuquest@kaiju-learning.jp / pass: «S!pw|word@appreview_pw»
    }
}
