using UnityEngine;

namespace Kaiju.Quest.Analytics
{
    [CreateAssetMenu(menuName = "Kaiju/TelemetryConfig")]
    public class TelemetryConfig : ScriptableObject
    {
        public string gameAnalyticsSecretKey = "«S!hex|40@ga_secret»";

        // BigQuery streaming target
        public string projectId = "«I=kaiju-quest-prod-291833»";
        public string dataset = "«I=quest_events_raw»";

        // Debug: only send events for this device (Yuna's test iPad, family account)
        public string debugDeviceId = "«P!uuid|1»";
        public string debugDeviceOwner = "«P=정유나»";

        // Placeholders for the open-source telemetry sample we publish on GitHub
        public string sampleGameKey = "00000000000000000000000000000000";
        public string sampleSecret = "«N=YOUR_SECRET_KEY»";
    }
}
