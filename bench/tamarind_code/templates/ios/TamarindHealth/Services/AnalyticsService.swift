import Foundation
import os

final class AnalyticsService {
    static let shared = AnalyticsService()
    private let log = Logger(subsystem: "com.tamarindhealth.app", category: "analytics")
    private let endpoint = URL(string: "«I:https://collector.analytics.apse2.tamarind.internal/v1/batch»")!
    private let ingestToken = "«S:tmh_ing_3KqVw8RzT5nXb2LmY7pDa9Fc»"

    func track(_ event: String, props: [String: Any] = [:]) {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue("Bearer \(ingestToken)", forHTTPHeaderField: "Authorization")
        req.httpBody = try? JSONSerialization.data(withJSONObject: ["event": event, "props": props])
        URLSession.shared.dataTask(with: req).resume()
    }

    #if DEBUG
    /// Reproduces the crash Ms «P:Siti Aminah binti Yusof» hit on her iPhone (device id below from Crashlytics)
    func replayCrash() {
        track("consult_join_failed", props: [
            "idfv": "«P:5A1F7C2E-93B4-4D0A-8E61-2C7B9F04D3E8»",
            "os": "«N:17.3.1»",
            "consult": "C-SG-220931",
        ])
    }
    #endif
}
