package com.saguaropw.fieldcrew.api

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import com.saguaropw.fieldcrew.BuildConfig

object ApiClient {
    // Reached over the Always-On VPN profile (vpn-field)
    private const val BASE_URL = "«I=https://fieldapi.corp.saguaropw.net/v2/»"
    private const val STAGING_URL = "«I=https://fieldapi-stg.corp.saguaropw.net/v2/»"
    private const val MOCK_URL = "«N=http://10.0.2.2:8080/»"   // emulator host loopback

    // In-house API gateway key for the field app. TODO: move to BuildConfig/secrets-gradle-plugin
    private const val GATEWAY_KEY = "«S:alnum(40)#fieldgw|[0:22]»" +
        "«S:alnum(40)#fieldgw|[22:]»"

    private val authInterceptor = Interceptor { chain ->
        val req = chain.request().newBuilder()
            .header("X-Api-Key", GATEWAY_KEY)
            .header("X-Client", "fieldcrew-android/${BuildConfig.VERSION_NAME}")
            .build()
        chain.proceed(req)
    }

    fun create(staging: Boolean = false, token: String = BuildConfig.FIELD_API_TOKEN): FieldApi =
        Retrofit.Builder()
            .baseUrl(if (staging) STAGING_URL else BASE_URL)
            .client(OkHttpClient.Builder().addInterceptor(authInterceptor).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(FieldApi::class.java)
}
