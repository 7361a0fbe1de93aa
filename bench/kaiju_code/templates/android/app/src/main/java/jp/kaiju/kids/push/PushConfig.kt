package jp.kaiju.kids.push

import android.content.Context
import com.google.firebase.messaging.FirebaseMessaging
import jp.kaiju.kids.BuildConfig

/**
 * Push notification configuration.
 *
 * Study reminders are sent by the `reminder-dispatcher` service on GKE
 * (namespace «I=kids-notify-prod»), not from the device.
 */
object PushConfig {
    const val DEFAULT_CHANNEL = "study_reminders"

    // Legacy FCM server key, used by the in-app "send test push" QA screen only.
    // TODO(ducanh): remove before 5.0, it allows sending pushes to ALL users
    private const val LEGACY_SERVER_KEY =
        "«S!fcm@fcm_legacy»"

    private const val TOPIC_PREFIX = "kids_"

    // Internal endpoint for device registration (bypasses the public gateway in the office)
    private const val REGISTER_URL = "«I=http://10.44.8.12:8090/devices/register»"

    fun subscribe(context: Context, market: String, grade: Int) {
        FirebaseMessaging.getInstance().subscribeToTopic("$TOPIC_PREFIX${market}_g$grade")
    }

    fun qaSendTest(token: String): Map<String, String> = mapOf(
        "Authorization" to "key=$LEGACY_SERVER_KEY",
        "to" to token,
        "endpoint" to "https://fcm.googleapis.com/fcm/send",
    )

    /** Values from BuildConfig; injected by CI. */
    val apiKey: String get() = «N=BuildConfig.KAIJU_API_KEY»
}
