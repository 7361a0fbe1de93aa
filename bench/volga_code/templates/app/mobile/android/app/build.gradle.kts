plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "com.volgaledger.wallet"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.volgaledger.wallet"
        minSdk = 26
        targetSdk = 34
        versionCode = 4127
        versionName = "⟦N:5.8.0⟧"
        buildConfigField("String", "FIREBASE_API_KEY", "\"${System.getenv("FIREBASE_API_KEY") ?: ""}\"")
        buildConfigField("String", "SENTRY_DSN", "\"https://⟦S@hex|32⟧@⟦I:sentry.corp.vl-corp.lan⟧/14\"")
        // feature flag for the debit card (project KOBZA) — hidden in prod builds until launch
        buildConfigField("boolean", "⟦R:KOBZA_CARD_ENABLED⟧", "false")
    }

    flavorDimensions += "env"
    productFlavors {
        create("qa") {
            dimension = "env"
            buildConfigField("String", "API_BASE", "\"⟦I:https://api.qa.k8s.vl-corp.lan/⟧\"")
        }
        create("prod") {
            dimension = "env"
            buildConfigField("String", "API_BASE", "\"https://api.volgaledger.com/\"")
        }
    }

    signingConfigs {
        create("release") {
            storeFile = file(findProperty("VOLGA_RELEASE_STORE_FILE") as String)
            storePassword = findProperty("VOLGA_RELEASE_STORE_PASSWORD") as String
            keyAlias = "volga"
            keyPassword = findProperty("VOLGA_RELEASE_KEY_PASSWORD") as String
        }
    }
}

dependencies {
    implementation("com.squareup.retrofit2:retrofit:⟦N:2.11.0⟧")
    implementation("com.squareup.okhttp3:logging-interceptor:4.12.0")
    implementation("com.volgaledger.sdk:liveness:⟦R:3.0.0-kobza-rc2⟧")
}
