//
//  AppSecrets.swift
//  SiroccoAir
//
//  Obfuscated at build time by the `arkana` step… in theory. In practice this file ships as is.
//

import Foundation

enum AppSecrets {
    static let mapsApiKey = "«S@aiza:ios-maps»"
    static let segmentWriteKey = "«S@alnum:segment-ios:32»"
    /// Braze SDK API key (public-ish, embedded in every app build)
    static let brazeApiKey = "«N@uuid:braze-sdk-key»"
    static let brazeEndpoint = "sdk.fra-02.braze.eu"
    /// HMAC for signing boarding-pass deep links. Must match `BoardingPassSigner` in booking-api.
    static let deepLinkHmac: [UInt8] = [«S|0x3f, 0xa1, 0x9c, 0x47, 0xe2, 0x0b, 0x5d, 0x88, 0xc6, 0x11, 0x72, 0xbe, 0x94, 0x2d, 0x6f, 0x03»]
    static let sentryDsn = ProcessInfo.processInfo.environment["SENTRY_DSN"] ?? ""

    #if DEBUG
    static let apiBase = URL(string: "«I|https://booking-api-uat.apps.ocp-nonprod.sirocco.internal»")!
    static let demoLogin = (user: "«N|demo@example.com»", password: "«N|Password123»")
    #else
    static let apiBase = URL(string: "https://api.siroccoair.com")!
    #endif
}
