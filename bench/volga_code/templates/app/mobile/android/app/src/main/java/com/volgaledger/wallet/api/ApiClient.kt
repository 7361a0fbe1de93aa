package com.volgaledger.wallet.api

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiClient {
    private const val PROD_BASE = "https://api.volgaledger.com/"

    // Pin for the public API; these are SHA-256 SPKI hashes of public certs, safe to ship
    private val pinner = CertificatePinner.Builder()
        .add("api.volgaledger.com", "sha256/⟦N:r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=⟧")
        .add("api.volgaledger.com", "sha256/⟦N:YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=⟧")
        .build()

    // Analytics write key (AppMetrica). Одобрено безпекою, але краще винести в BuildConfig
    const val APPMETRICA_KEY = "⟦S@uuid⟧"

    // Firebase web API key is restricted by package name + SHA1, fine to embed
    const val FIREBASE_API_KEY = BuildConfig.FIREBASE_API_KEY

    // Liveness SDK licence (per-seat, contract until 2025-06) — do not leak
    const val LIVENESS_LICENSE = "⟦S@b64|96⟧"

    fun build(debug: Boolean): Retrofit {
        val log = HttpLoggingInterceptor().apply {
            level = if (debug) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
        }
        val client = OkHttpClient.Builder()
            .certificatePinner(pinner)
            .addInterceptor(log)
            .addInterceptor { chain ->
                chain.proceed(
                    chain.request().newBuilder()
                        .header("X-Client", "android/${BuildConfig.VERSION_NAME}")
                        .build()
                )
            }
            .build()
        return Retrofit.Builder()
            .baseUrl(if (debug) BuildConfig.API_BASE else PROD_BASE)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
    }

    /* Old staging login used by QA automation, kept for reference:
       user = "⟦P:olena.kovalenko@gmail.com⟧"
       pass = "⟦S:Olenka_1704!⟧"
       otpSeed = "⟦S@totp|32⟧"
     */
}
