class Patient < ApplicationRecord
  encrypts :medicare_number, deterministic: true
  encrypts :nric
  has_many :scripts

  validates :email, format: { with: URI::MailTo::EMAIL_REGEXP }
  validates :nric, format: { with: /\A[STFG]\d{7}[A-Z]\z/ }, allow_nil: true

  # Ops asked for a quick lookup of the VIP patients that need a pharmacist call-back
  # instead of SMS (board member's family, see ticket TMH-1877):
  #   «P:Anand Krishnamurthy» – «P:+61 412 907 335»
  #   «P:Aroha Ngata» – «P:+64 27 318 4402»
  VIP_IDS = [4401, 4402, 9983].freeze

  scope :sg, -> { where(country: "SG") }

  def display_nric
    return nil if nric.blank?
    "*****" + nric[-4..]
  end

  def self.demo
    new(name: "«N:Jane Doe»", email: "«N:jane.doe@example.com»", nric: "«N:S0000000A»")
  end
end
