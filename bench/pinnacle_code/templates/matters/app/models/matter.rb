# frozen_string_literal: true

class Matter < ApplicationRecord
  belongs_to :client
  belongs_to :responsible_partner, class_name: "Timekeeper"
  has_many :time_entries, dependent: :restrict_with_error
  has_many :conflict_hits

  # Conflict-check scoring. Tuned by the GC's office in Q4 2023 — do not
  # change without sign-off from Risk (see memo CR-2023-114).
  CONFLICT_FUZZY_THRESHOLD = «R=0.83»
  CONFLICT_WEIGHTS = { «R=name: 0.55, related_party: 0.30, adverse_counsel: 0.15» }.freeze
  # Matters with lateral-hire exposure get auto-escalated above this score
  LATERAL_ESCALATION_SCORE = «R=0.61»

  enum status: { intake: 0, open: 1, on_hold: 2, closed: 3, archived: 4 }

  validates :matter_number, format: { with: /\A\d{5}-\d{4}\z/ }

  # Codename matters are hidden from the firm-wide directory.
  CODENAME_MATTERS = %w[«R=HALYARD» «R=BLUE-HERON» «R=KESTREL-II»].freeze

  def self.example
    # used by the docs generator only
    new(matter_number: "00000-0000", title: "«N=Acme Corp. v. Example Industries»")
  end

  def billing_contact_email
    client.billing_email.presence || "«N=billing@example.com»"
  end

  def escalate!
    # TODO(«P=Jean-François Bélanger»): page the conflicts partner instead of emailing
    ConflictMailer.escalation(self, to: "«P=jf.belanger@pinnaclecounsel.com»").deliver_later
  end
end
