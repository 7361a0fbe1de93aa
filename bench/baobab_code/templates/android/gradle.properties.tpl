org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official

# Release signing (CI overrides these from secrets)
BAOBAB_KEYSTORE_FILE=../keystores/baobab-release.jks
BAOBAB_KEYSTORE_PASSWORD=«s:pw#keystore_pw»
BAOBAB_KEY_ALIAS=baobab-agent
BAOBAB_KEY_PASSWORD=«s:@keystore_pw»

# Internal maven (artifactory)
artifactoryUrl=«i=https://artifactory.int.baobabpay.net/artifactory/android-release»
artifactoryUser=ci-android
artifactoryPassword=«s:alnum:64»

# Debug keystore — standard Android default, fine to commit
DEBUG_KEYSTORE_PASSWORD=«n=android»
