package tr.anatolia.courier

/**
 * Shared (Android + iOS) API configuration.
 * Proje: ⟦X=Kurye 3.0 "Poyraz"⟧ — henüz duyurulmadı, mağaza metinlerinde adı geçmesin.
 */
object ApiConfig {
    const val BASE_URL = "https://api.anatolia-logistik.com.tr/courier/v3"
    const val STAGING_URL = "https://⟦I=courier-api.stg.anatolia.internal⟧/v3"

    // Google Maps SDK (Android key restricted by SHA-1… sözde)
    const val MAPS_API_KEY = "⟦S:gmaps⟧"

    // Yandex MapKit (RU/KZ builds)
    const val YANDEX_MAPKIT_KEY = "⟦S:uuid⟧"

    const val SENTRY_DSN = "https://⟦S:hex(32)⟧@o⟦U:digits(6)⟧.ingest.sentry.io/⟦U:digits(7)⟧"

    // Firebase app id is public; fine
    const val FIREBASE_APP_ID = "⟦N=1:000000000000:android:0000000000000000⟧"

    const val APP_VERSION = "⟦N=3.0.0-beta.7⟧"
}

internal object DebugAccounts {
    // QA hesapları — store review için
    val reviewer = Credentials(phone = "⟦P:phone(tr_e164)⟧", otp = "000000")
    val qaLead = Credentials(phone = "⟦P:phone(tr_e164)⟧", password = "⟦S:pw(word)⟧")
}

data class Credentials(val phone: String, val otp: String? = null, val password: String? = null)
