plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "jp.kaiju.kids"
    compileSdk = 34

    defaultConfig {
        applicationId = "jp.kaijulearning.kids"
        minSdk = 24
        targetSdk = 34
        versionCode = 41200
        versionName = "4.12.0"
        buildConfigField("String", "KAIJU_API_KEY", "\"${project.findProperty("KAIJU_API_KEY") ?: ""}\"")
        buildConfigField("String", "SENTRY_ENV", "\"prod\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/kaiju-kids-release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD") ?: "«S!pw|word@keystore_pw»"
            keyAlias = "kaiju-kids"
            keyPassword = System.getenv("KEY_PASSWORD") ?: "«S!pw|word@keystore_pw»"
        }
        getByName("debug") {
            storePassword = "«N=android»"
            keyPassword = "android"
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}

repositories {
    google()
    mavenCentral()
    maven {
        url = uri("«I=https://nexus.tools.kaiju.internal/repository/android/»")
        credentials {
            username = "android-ci"
            password = "«S!pw|rand@nexus_android»"
        }
    }
}
