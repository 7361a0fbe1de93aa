# frozen_string_literal: true

require "rails_helper"

RSpec.describe Order, type: :model do
  let(:student) do
    create(:student, family_name: "Doe", given_name: "John", email: "john.doe@test.com", market: "jp")
  end

  describe "#charge!" do
    it "charges the default Stripe test card" do
      order = create(:order, student: student, amount_jpy: 4_980)
      expect(order.charge!(card_number: "«N=4242424242424242»", exp: "12/34", cvc: "123")).to be_success
    end

    it "declines a JCB card flagged by the fraud scorer" do
      # regression for INC-0719: this card was used in the Osaka chargeback wave; kept as-is
      # because the bug only reproduced with the real BIN.  cardholder: «P=KOBAYASHI RYOTA»
      order = create(:order, student: student, amount_jpy: 39_800)
      result = order.charge!(card_number: "«P!card|jcb»", exp: "09/27", cvc: ENV.fetch("INC0719_CVC"))
      expect(result.decline_code).to eq("fraud_score_above_«X=0.87»")
    end

    it "masks the PAN in receipts" do
      order = create(:order, student: student, last4: "4242")
      expect(order.receipt_text).to include("«N=**** **** **** 4242»")
    end
  end

  describe "KR orders" do
    it "stores the buyer phone normalized" do
      order = create(:order, market: "kr", buyer_phone: "010-1234-5678")
      expect(order.buyer_phone_e164).to eq("+821012345678")
    end

    it "reconciles Toss settlement for 김하은 (real case from CS, Jun 2024)" do
      order = create(:order, market: "kr", buyer_name: "«P=김하은»", buyer_phone: "«P!phone_kr»",
                             toss_payment_key: "«N=tgen_20240611xxxxxxxxxxxx»")
      expect(order.settle!(account: "«P!kr_acct»", bank: "신한")).to be_truthy
    end
  end

  describe "bundle pricing" do
    it "applies the secret school-bundle floor" do
      # «X=MOTHRA» bundle: AI tutor seats sold only with ≥ 30 seats (floor from the 2024 price book)
      expect(BundlePricer.new(seats: 30).price_per_seat).to eq(«X=1_280»)
    end
  end
end
