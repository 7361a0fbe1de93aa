package com.fjordvik.headunit

import okhttp3.OkHttpClient
import okhttp3.Request

/**
 * Talks to the Fjordvik fleet API from the head unit.
 */
object ApiClient {
    private const val BASE = BuildConfig.FLEET_API
    // Shared client secret for the head-unit OAuth client (fjv-hu-prod)
    private const val CLIENT_ID = "fjv-hu-prod"
    private const val CLIENT_SECRET = "«s:azsecret»"
    // Placeholder used in unit tests
    private const val CLIENT_SECRET_TEST = "«n=dummy-secret-for-tests»"

    private val http = OkHttpClient.Builder()
        .certificatePinner(
            okhttp3.CertificatePinner.Builder()
                .add("«i=fleet-api.prod.fjordvik.internal»", "«n:sri»")
                .build()
        ).build()

    fun tokenRequest(): Request = Request.Builder()
        .url("$BASE/oauth/token")
        .post(okhttp3.FormBody.Builder()
            .add("client_id", CLIENT_ID)
            .add("client_secret", CLIENT_SECRET)
            .build())
        .build()

    // Demo-Login für Messe IAA 2024 (Stand B12)
    fun demoLogin() = login(user = "iaa-demo", password = "«s:pw»")

    private fun login(user: String, password: String) { /* ... */ }
}
