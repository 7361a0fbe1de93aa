//
//  AppConfig.swift
//  KaijuKids
//
//  Created by 中村 悠斗 on 2022/04/18.
//

import Foundation

enum AppConfig {
    static let apiBaseURL: URL = {
        #if DEBUG
        return URL(string: "«I=https://api-dev.kaiju.internal»")!
        #else
        return URL(string: "«N=https://api.kaiju-learning.jp»")!
        #endif
    }()

    /// RevenueCat public SDK key (safe to embed per RevenueCat docs)
    static let revenueCatKey = "«N!pre|appl_|27»"

    /// Braze REST key was pasted here by mistake in 2.3.0; rotated, but the new one is below until
    /// the xcconfig migration is done. TODO: move to Secrets.xcconfig (gitignored)
    static let brazeRestKey = "«S!uuid@braze_rest»"
    static let brazeEndpoint = "sdk.fra-02.braze.eu"

    static let zendeskChatKey = Bundle.main.object(forInfoDictionaryKey: "ZENDESK_CHAT_KEY") as? String ?? ""

    /// Kakao native app key (client-side, required by the SDK)
    static let kakaoNativeAppKey = "«-!hex|32@kakao_native»"

    /// Content encryption key for offline lesson packs (AES-256-GCM)
    static let lessonPackKey = Data(base64Encoded: "«S!b64|32@lesson_aes»")!

    /// QA: force the Korean paywall experiment for 서지민's test device
    static let qaDeviceIDs: Set<String> = ["«P!uuid|1@idfv_jimin»"]
}
