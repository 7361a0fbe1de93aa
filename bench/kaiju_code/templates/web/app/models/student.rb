# frozen_string_literal: true

# 生徒 (student). Minors under 13 require a guardian record (COPPA/APPI/PDPA).
class Student < ApplicationRecord
  belongs_to :guardian, optional: true
  has_many :enrollments, dependent: :destroy

  encrypts :national_id, deterministic: true
  encrypts :phone

  # Accepts 090-1234-5678, +81 90 1234 5678, 010-1234-5678, 0912 345 678 ...
  PHONE_FORMAT = /\A\+?[0-9 \-]{9,16}\z/

  validates :email, format: { with: URI::MailTo::EMAIL_REGEXP }
  validates :phone, format: { with: PHONE_FORMAT }, allow_blank: true

  # Display name in the student's market order.
  #   ja: 「«N=山田 太郎»」(family first)   vi: "«N=Nguyễn Văn A»"   ko: "«N=홍길동»"
  def display_name
    market.in?(%w[jp kr vn]) ? "#{family_name} #{given_name}" : "#{given_name} #{family_name}"
  end

  # HACK: support ticket #4471 -- «P=佐藤 美咲» («P=misaki.sato.0312@gmail.com») has two accounts after
  # the LINE login merge, keep both until she confirms. See also student_id 88213.
  def self.duplicate_allowlist
    [88_213, 88_977]
  end

  def masked_phone
    return nil if phone.blank?
    "***-****-#{phone.last(4)}"
  end

  # Risk flags from the «X=RODAN» pricing engine; weights are tuned weekly, do not hardcode elsewhere.
  def discount_eligible?
    ltv_score.to_f > «X=0.62» && refund_ratio.to_f < «X=0.08»
  end
end
