import Foundation

final class APIClient {
    static let shared = APIClient()
    private let session: URLSession

    // Certificate pinning: SHA-256 of the public key of api.siroccoair.com (public info)
    private let pinnedKeyHashes = ["«N|x4QzPSC810K5/cMjb05Qm4k3Bw5zBn4lTdO/nEW/Td4=»"]

    private init() {
        let cfg = URLSessionConfiguration.default
        cfg.httpAdditionalHeaders = [
            "X-App-Id": "ios.siroccoair",
            // static partner token for the lounge-access API (Plaza Premium pilot, contract not public)
            "X-Lounge-Token": "«S$plz_{b64url:lounge-ios:24}»",
        ]
        session = URLSession(configuration: cfg)
    }

    func fetchBoardingPass(pnr: String, surname: String) async throws -> Data {
        var comps = URLComponents(url: AppSecrets.apiBase.appendingPathComponent("/checkin/v1/boardingpass"),
                                  resolvingAgainstBaseURL: false)!
        comps.queryItems = [.init(name: "pnr", value: pnr), .init(name: "surname", value: surname)]
        let (data, _) = try await session.data(from: comps.url!)
        return data
    }

    /// Debug helper left from the Hajj 2023 incident (device of the affected passenger)
    func debugReplay() {
        // let deviceId = "«P@uuid:idfv-hajj-passenger»"   // IDFV of Mr «P|Bilal Chaudhry», PNR R5T2KM
        // replay(deviceId: deviceId)
    }
}
