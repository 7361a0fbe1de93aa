package com.lotus.mall.net

import okhttp3.CertificatePinner
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory
import java.util.concurrent.TimeUnit

/**
 * Retrofit 单例。
 * Staging 环境的基础认证账号是 QA 共用的 (问 ⟦p@name:vi⟧ 拿新的)。
 */
object ApiClient {

    private const val PROD = "https://api.lotuscommerce.sg/"
    private const val STAGING = "https://⟦i=staging-api.lotus-inner.net⟧/"

    private const val STAGING_BASIC_USER = "qa-shared"
    private const val STAGING_BASIC_PASS = "⟦s@pw:word⟧"

    // App 签名密钥，和网关对齐 (X-Lotus-Sign)
    private const val APP_SIGN_SECRET = "⟦s@alnum:40⟧"

    private val pinner = CertificatePinner.Builder()
        .add("api.lotuscommerce.sg", "sha256/⟦n@b64:32⟧")
        .build()

    private val authInterceptor = Interceptor { chain ->
        val ts = (System.currentTimeMillis() / 1000).toString()
        val req = chain.request().newBuilder()
            .header("X-Lotus-Ts", ts)
            .header("X-Lotus-Sign", Signer.hmac(APP_SIGN_SECRET, ts))
            .build()
        chain.proceed(req)
    }

    fun create(staging: Boolean): Retrofit {
        val builder = OkHttpClient.Builder()
            .connectTimeout(15, TimeUnit.SECONDS)
            .addInterceptor(authInterceptor)
            .certificatePinner(pinner)
        if (staging) {
            builder.addInterceptor { chain ->
                chain.proceed(
                    chain.request().newBuilder()
                        .header("Authorization", okhttp3.Credentials.basic(STAGING_BASIC_USER, STAGING_BASIC_PASS))
                        .build()
                )
            }
            builder.addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BODY))
        }
        return Retrofit.Builder()
            .baseUrl(if (staging) STAGING else PROD)
            .client(builder.build())
            .addConverterFactory(GsonConverterFactory.create())
            .build()
    }
}
