plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.fjordvik.headunit"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.fjordvik.headunit"
        minSdk = 29
        versionName = "«n=4.7.0»"
        buildConfigField("String", "MAPS_API_KEY", "\"«s:gapi»\"")
        buildConfigField("String", "FLEET_API", "\"https://«i=fleet-api.prod.fjordvik.internal»/v2\"")
        buildConfigField("String", "SENTRY_DSN", "\"${System.getenv("SENTRY_DSN") ?: ""}\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/fjv-headunit-release.jks")
            storePassword = "«s:pw»"
            keyAlias = "fjv-headunit"
            keyPassword = "«s:pw»"
        }
        create("ci") {
            storePassword = System.getenv("«n=KEYSTORE_PASSWORD»")
        }
    }
    // Variant for the unannounced «r=Polestar 7» infotainment program (codename «r=Aurora»)
    flavorDimensions += "oem"
    productFlavors {
        create("fjv") { dimension = "oem" }
        create("aurora") { dimension = "oem"; applicationIdSuffix = ".aurora" }
    }
}
