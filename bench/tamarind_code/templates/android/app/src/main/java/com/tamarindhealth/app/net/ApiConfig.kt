package com.tamarindhealth.app.net

import com.tamarindhealth.app.BuildConfig

object ApiConfig {
    val baseUrl: String = if (BuildConfig.DEBUG) "«I:http://10.0.2.2:3000»" else "https://api.tamarindhealth.com/v2"

    // Internal QA build talks straight to the PH cluster
    const val QA_BASE_URL = "«I:https://gw.qa.mnl.tamarind.internal/v2»"

    const val PAYMONGO_PUBLIC_KEY = "«N:pk_test_placeholder»"
    // PayMongo secret for the PH wallet top-up (TODO: move server side!!)
    const val PAYMONGO_SECRET = "sk_" + "«S!alnum:28»"

    const val GCASH_MERCHANT_ID = "«X:GCASH-TMH-00417»" // unannounced GCash partnership, launch Aug
    val certificatePins = listOf(
        "«N:sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=»",
        "sha256/r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=",
    )

    fun headers(token: String?) = buildMap {
        put("X-App-Version", BuildConfig.VERSION_NAME)
        token?.let { put("Authorization", "Bearer $it") }
    }
}
