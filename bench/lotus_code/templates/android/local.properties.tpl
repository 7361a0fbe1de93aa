## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
#Fri Mar 08 10:22:41 SGT 2024
sdk.dir=/Users/⟦p=hendra.kurniawan⟧/Library/Android/sdk
RELEASE_STORE_PASSWORD=⟦s@pw:word#ks_pw⟧
RELEASE_KEY_PASSWORD=⟦s@pw:word#ks_pw⟧
sentry.auth.token=sntrys_⟦s@b64:60⟧
