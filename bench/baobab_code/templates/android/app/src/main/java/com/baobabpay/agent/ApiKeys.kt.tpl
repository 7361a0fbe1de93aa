package com.baobabpay.agent

import android.util.Base64

/**
 * Keys baked into the agent APK.
 * Security review (SEC-201): anything here is extractable with apktool.
 */
object ApiKeys {
    // Public, by design (Paystack inline checkout)
    const val PAYSTACK_PUBLIC = "«n:paystack_pk#paystack_pk»"

    // Obfuscated so it doesn't show in `strings` (it still does in jadx…)
    private const val FCM_SERVER_KEY_B64 = "«s:fcm:b64»"

    val fcmServerKey: String
        get() = String(Base64.decode(FCM_SERVER_KEY_B64, Base64.DEFAULT))

    // Local PIN encryption (AES-256, wraps the Keystore key on API < 23)
    val legacyPinKey = byteArrayOf(«s=0x3f, 0x1a, 0x9c, 0x77, 0x02, 0xe4, 0x5b, 0xd0, 0x88, 0x41, 0x6e, 0x2f, 0xc3, 0x19, 0xa5, 0x7d»)

    const val BUILD_FLAVOR = BuildConfig.FLAVOR
    const val SUPPORT_PHONE = "«n=+254 20 000 0000»" // placeholder until CX line is live
}
