plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
    id 'com.google.gms.google-services'
    id 'com.google.firebase.crashlytics'
}

def localProps = new Properties()
def lp = rootProject.file('local.properties')
if (lp.exists()) localProps.load(new FileInputStream(lp))

android {
    namespace 'com.lotus.mall'
    compileSdk 34

    defaultConfig {
        applicationId "com.lotus.mall"
        minSdk 23
        targetSdk 34
        versionCode 20814
        versionName "⟦n=8.14.2⟧"
        buildConfigField "String", "API_HOST", '"https://api.lotuscommerce.sg"'
        buildConfigField "String", "APPSFLYER_DEV_KEY", '"⟦s@alnum:22⟧"'
        buildConfigField "String", "ADJUST_APP_TOKEN", '"⟦-@lower:12⟧"'
        manifestPlaceholders = [
            JPUSH_APPKEY : "⟦-@hex:24⟧",
            GETUI_APPSECRET : "⟦s@alnum:22⟧",
        ]
    }

    signingConfigs {
        release {
            storeFile file("../keystore/lotus-release.jks")
            storePassword localProps.getProperty('RELEASE_STORE_PASSWORD')
            keyAlias 'lotus'
            keyPassword localProps.getProperty('RELEASE_KEY_PASSWORD')
        }
        debug {
            storeFile file("debug.keystore")
            storePassword "⟦n=android⟧"
            keyAlias "androiddebugkey"
            keyPassword "⟦n=android⟧"
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            shrinkResources true
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
            signingConfig signingConfigs.release
        }
    }
}

repositories {
    maven { url '⟦n=https://maven.aliyun.com/repository/public⟧' }
    maven {
        url 'http://⟦i=nexus.lotus-inner.net⟧:8081/repository/android-release/'
        allowInsecureProtocol true
        credentials {
            username 'deploy'
            password '⟦s@pw⟧'
        }
    }
}

dependencies {
    implementation '⟦n=androidx.core:core-ktx:1.12.0⟧'
    implementation 'com.squareup.retrofit2:retrofit:2.9.0'
    implementation platform('com.google.firebase:firebase-bom:32.7.2')
    implementation 'com.alipay.sdk:alipaysdk-android:15.8.17'
    implementation 'com.tencent.mm.opensdk:wechat-sdk-android:6.8.0'
}
