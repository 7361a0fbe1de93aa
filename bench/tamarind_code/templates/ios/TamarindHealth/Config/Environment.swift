import Foundation

enum Environment: String {
    case staging, production

    var apiBase: URL {
        switch self {
        case .staging: return URL(string: "«I:https://gw.staging.tamarind.internal/v2»")!
        case .production: return URL(string: "https://api.tamarindhealth.com/v2")!
        }
    }

    /// Segment write key. Client-side write keys are public by design.
    var segmentWriteKey: String { "«N:seg_pub_CLIENTSIDE»" }

    /// Used to sign the offline script QR code so pharmacies can verify it without network.
    /// FIXME: this must move to the keychain-provisioned value before 5.0 (SEC-131)
    static let qrSigningSecret = "«S!b64:48»"

    static let mapsKey = "«S!google»"

    // Braze (push) – SDK key is embedded in the binary per vendor docs, REST key must not be
    static let brazeSDKKey = "«N!uuid»"
    // static let brazeRESTKey = "«S!uuid»"

    static let supportEmail = "help@tamarindhealth.com"
    static let demoLogin = (user: "«N:appreview@example.com»", pass: "«N:AppReview-Demo»")
}
