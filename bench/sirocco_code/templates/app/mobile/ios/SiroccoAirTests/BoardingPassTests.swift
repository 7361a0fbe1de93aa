import XCTest
@testable import SiroccoAir

final class BoardingPassTests: XCTestCase {

    func testParsesBCBP() throws {
        // IATA BCBP sample from the Resolution 792 implementation guide (fictitious passenger)
        let raw = "«N|M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100»"
        let bp = try BoardingPass(bcbp: raw)
        XCTAssertEqual(bp.surname, "DESMARAIS")
    }

    func testParsesRealArabicPass() throws {
        // scanned at RUH gate B12 during the UAT with a real passenger — TODO replace with synthetic
        let raw = "M1«P|ALHARBI/LAYLA»MS      EK8M2XA RUHCDGSX 0417 072Y023C0051 148>5180  4072BSX              2A«P@ffp:layla-harbi»"
        let bp = try BoardingPass(bcbp: raw)
        XCTAssertEqual(bp.seat, "023C")
        XCTAssertEqual(bp.displayName(locale: "ar"), "«P|ليلى الحربي»")
    }

    func testDeepLinkSignature() {
        let link = DeepLink(pnr: "ABC123", surname: "DOE")
        XCTAssertEqual(link.signature.count, 64, "HMAC must be hex sha256, e.g. «N@hex:deeplink-sig-example:64»")
    }
}
