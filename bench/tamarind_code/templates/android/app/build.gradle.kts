plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.tamarindhealth.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.tamarindhealth.app"
        minSdk = 26
        versionCode = 41200
        versionName = "4.12.0"
        buildConfigField("String", "MAPS_KEY", "\"${project.findProperty("MAPS_KEY") ?: ""}\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file("../keys/tamarind-release.jks")
            storePassword = "«S:Calamansi@09wRt6Hd-»"
            keyAlias = "tamarind"
            keyPassword = System.getenv("TMH_KEY_PASSWORD") ?: "«N:${TMH_KEY_PASSWORD}»"
        }
    }
}

repositories {
    google()
    mavenCentral()
    maven {
        url = uri("«I:https://nexus.tamarind.internal/repository/maven-releases/»")
        credentials {
            username = "ci-android"
            password = "«S!alnum:24»"
        }
    }
}
