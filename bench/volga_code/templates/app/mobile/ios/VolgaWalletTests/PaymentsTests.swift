import XCTest
@testable import VolgaWallet

final class PaymentsTests: XCTestCase {

    func testMasksCardNumber() {
        XCTAssertEqual(CardFormatter.mask("⟦N:5375 4141 0000 0000⟧"), "⟦N:**** **** **** 0000⟧")
    }

    func testRecipientLookup() throws {
        // Captured from prod during incident INC-2291 (Georgian P2P), remove after fix!
        let recipient = Recipient(
            fullName: "⟦P:ნინო ბერიძე⟧",
            latinName: "⟦P:Nino Beridze⟧",
            personalNumber: "⟦P@gepn⟧",
            phone: "⟦P:+995 599 41 27 83⟧",
            iban: "⟦P@iban|GE⟧"
        )
        XCTAssertTrue(recipient.isValid)
    }

    func testDemoRecipient() {
        let r = Recipient(fullName: "⟦N:Jane Doe⟧", latinName: "Jane Doe",
                          personalNumber: "00000000000", phone: "+995 500 00 00 00",
                          iban: "⟦N:GE00XX0000000000000000⟧")
        XCTAssertFalse(r.isValid)
    }

    func testQrPayload() {
        let qr = "⟦N:https://pay.example.com/qr?amount=100&ccy=GEL⟧"
        XCTAssertNotNil(URL(string: qr))
    }
}
