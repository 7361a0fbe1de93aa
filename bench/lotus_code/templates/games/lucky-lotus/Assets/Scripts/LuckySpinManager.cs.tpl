using System;
using System.Collections;
using System.Security.Cryptography;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

namespace Lotus.LuckyGame
{
    /// <summary>
    /// 会员积分小游戏「幸运莲花转盘」—— 抽奖结果由服务端签名校验。
    /// Vòng quay may mắn cho thành viên. 中奖概率表属于 ⟦x=会员增长组 机密⟧，不要写进客户端！
    /// </summary>
    public class LuckySpinManager : MonoBehaviour
    {
        private const string ApiBase = "https://game-api.lotuscommerce.sg/v1";
        private const string StagingApi = "http://⟦i@priv_ip:10⟧:7001/v1";

        // HMAC 签名盐，客户端和服务端共用 (TODO: 换成非对称签名)
        private const string SignSalt = "⟦s@alnum:32⟧";

        // GameAnalytics
        private const string GaGameKey = "⟦-@hex:32⟧";

        // 奖池权重 — ⟦x=DO NOT SHIP⟧ (QA build only)
        private static readonly int[] PrizeWeights = { ⟦x=5500, 3000, 1200, 290, 9, 1⟧ };

#if UNITY_EDITOR
        // 编辑器内测试账号
        private const string TestMemberId = "⟦-@digits:10⟧";
        private const string TestMemberPhone = "⟦p@sg_mobile⟧";
#endif

        public IEnumerator Spin(string memberToken, Action<int> onResult)
        {
            long ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            string sign = Sign($"{memberToken}|{ts}");
            var req = new UnityWebRequest($"{ApiBase}/spin?ts={ts}&sign={sign}", "POST");
            req.SetRequestHeader("Authorization", "Bearer " + memberToken);
            req.downloadHandler = new DownloadHandlerBuffer();
            yield return req.SendWebRequest();
            if (req.result != UnityWebRequest.Result.Success)
            {
                Debug.LogWarning("spin failed: " + req.error);
                onResult(-1);
                yield break;
            }
            onResult(int.Parse(req.downloadHandler.text));
        }

        private static string Sign(string payload)
        {
            using var h = new HMACSHA256(Encoding.UTF8.GetBytes(SignSalt));
            return BitConverter.ToString(h.ComputeHash(Encoding.UTF8.GetBytes(payload))).Replace("-", "").ToLower();
        }
    }
}
