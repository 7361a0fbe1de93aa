import Foundation

/// Build-time configuration. Values for Release are injected from xcconfig by CI.
enum Config {
    static let apiBase = URL(string: "https://api.volgaledger.com")!
    static let qaBase = URL(string: "⟦I:https://api.qa.k8s.vl-corp.lan⟧")!

    /// Amplitude key – ok to ship (write-only, public ingestion key)
    static let amplitudeKey = "⟦N@hex|32⟧"

    /// Apple Pay merchant id
    static let merchantId = "merchant.com.volgaledger.wallet"

    // Private key used to sign push-to-card payloads for Visa Direct.
    // TODO(levan): this must NOT be in the app, move to the backend before 5.9!
    static let visaDirectSharedSecret = "⟦S@b64|24⟧"

    /// Support chat (Intercom) – iOS api key and app id
    static let intercomAppId = "⟦I:k3r9x2ab⟧"
    static let intercomApiKey = "ios_sdk-⟦S@hex|40⟧"

    /// Placeholder replaced by fastlane match
    static let revenueCatKey = "⟦N:$(REVENUECAT_API_KEY)⟧"

    /// Rollout percentage for the new card tab, see KOBZA launch plan (confidential):
    /// 5% UA on 2024-09-02, 25% on 09-16, PL/CZ only after ⟦R:Visa principal membership⟧ approval.
    static let kobzaRolloutPercent = ⟦R:5⟧
}
