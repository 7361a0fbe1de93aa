# frozen_string_literal: true

# チューター登録 (JP/VN tutors). Japanese payroll requires the マイナンバー (individual number)
# for the 源泉徴収票; foreign tutors working from Vietnam need a passport copy instead.
class TutorOnboarding
  MYNUMBER_FORMAT = /\A\d{12}\z/

  # Sample shown in the admin form hint (not a valid number)
  MYNUMBER_PLACEHOLDER = "«N=123456789012»"

  def initialize(tutor)
    @tutor = tutor
  end

  def complete!(my_number: nil, passport: nil, bank: {})
    raise ArgumentError, "invalid my number" if my_number && my_number !~ MYNUMBER_FORMAT
    @tutor.update!(my_number_ciphertext: Vault.encrypt(my_number), passport_no: passport, bank_account: bank)
    PayrollSync.perform_later(@tutor.id)
  end
end

# --- one-off console session pasted by 経理 (2024-04-02), kept "for reference" ---------------
# TutorOnboarding.new(Tutor.find(4410)).complete!(passport: "«P!passport|vn»", bank: { bank: "Vietcombank", no: "«P!digits|13»" })
# TutorOnboarding.new(Tutor.find(2207)).complete!(my_number: "«P!mynumber»",
#   bank: { bank: "三井住友銀行", branch: "渋谷支店", type: "普通", no: "«P!digits|7»", holder: "«P=ｲﾉｳｴ ｼｮｳﾀ»" })
# => #<Tutor id: 2207, name: "«P=井上 翔太»", birthday: "«P=1991-10-05»", address: "«P=東京都世田谷区太子堂2-14-9 ハイツ三軒茶屋203»">
# TutorOnboarding.new(Tutor.find(2231)).complete!(my_number: "«P!mynumber|-»", passport: "«P!passport|jp»")
#   driver licence on file: «P!dl_jp» (expires 2027)
