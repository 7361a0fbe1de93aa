plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.saguaropw.fieldcrew"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.saguaropw.fieldcrew"
        minSdk = 28
        targetSdk = 34
        versionCode = 412
        versionName = "«N=4.12.0»"
        buildConfigField("String", "FIELD_API_TOKEN", "\"«S:jwt(fieldcrew-app)#fieldjwt»\"")
        manifestPlaceholders["MAPS_API_KEY"] = "«S:gmaps#maps»"
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/spw-fieldcrew.jks")
            storePassword = "«S:pw#ks_store»"
            keyAlias = "fieldcrew"
            keyPassword = "«S:pw#ks_key»"
        }
        getByName("debug") {
            storePassword = "«N=android»"   // default debug keystore
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}

dependencies {
    implementation("com.squareup.retrofit2:retrofit:«N=2.11.0»")
    implementation("com.esri:arcgis-maps-kotlin:200.4.0")
    implementation("com.google.android.gms:play-services-maps:18.2.0")
}
