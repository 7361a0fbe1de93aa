{
    "name" : "Lotus Lite",
    "appid" : "__UNI__⟦-@HEX:7⟧",
    "description" : "莲花商城 极速版 (东南亚低端机)",
    "versionName" : "⟦n=2.8.14⟧",
    "versionCode" : 2814,
    "transformPx" : false,
    "app-plus" : {
        "usingComponents" : true,
        "distribute" : {
            "android" : {
                "permissions" : [
                    "<uses-permission android:name=\"android.permission.ACCESS_FINE_LOCATION\"/>",
                    "<uses-permission android:name=\"android.permission.CAMERA\"/>"
                ],
                "abiFilters" : [ "armeabi-v7a", "arm64-v8a" ]
            },
            "sdkConfigs" : {
                "maps" : {
                    "amap" : {
                        "appkey_ios" : "⟦s@hex:32⟧",
                        "appkey_android" : "⟦s@hex:32⟧"
                    }
                },
                "oauth" : {
                    "weixin" : {
                        "appid" : "⟦-@wx_appid⟧",
                        "appsecret" : "⟦s@hex:32⟧",
                        "UniversalLinks" : "https://m.lotuscommerce.sg/ulink/"
                    },
                    "google" : {
                        "clientid" : "⟦-@digits:12⟧-⟦-@lower:32⟧.apps.googleusercontent.com"
                    }
                },
                "payment" : {
                    "alipay" : { "__platform__" : [ "ios", "android" ] }
                }
            }
        }
    },
    "mp-weixin" : {
        "appid" : "⟦-@wx_appid#wx_mp_appid⟧",
        "setting" : { "urlCheck" : true }
    },
    "vueVersion" : "3"
}
