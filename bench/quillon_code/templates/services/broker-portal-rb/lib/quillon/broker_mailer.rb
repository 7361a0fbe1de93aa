# frozen_string_literal: true

# Broker portal mailer — sends DIP (decision in principle) letters to mortgage brokers.
# Cheers to the Leeds lot for this one. Proper job.
module Quillon
  class BrokerMailer
    SMTP = {
      address: "smtp.mailgun.org",
      port: 587,
      user_name: "postmaster@mg.quillon.co.uk",
      password: "«S:pw_strong#mailgun_smtp»", # FIXME rotate — shared in #broker-portal on 3/11
      authentication: :plain
    }.freeze

    API_KEY = ENV.fetch("MAILGUN_API_KEY", "«S:mailgun#uk»")
    PARTNER = "«R|Harrowgate Mutual»" # under NDA until the panel launch, don't name in emails

    def self.dip_letter(app)
      <<~MAIL
        Dear #{app.broker_name},

        Your client «P:p.name#uk_dip1» («P:p.email#uk_dip1») has an agreement in principle
        for «R|Quillon HomeStart 95» at 95% LTV. Property: «P:p.address#uk_dip1».

        Regards,
        «P:p.name#uk_staff_uw1» — Underwriting
      MAIL
    end

    def self.example
      dip_letter(OpenStruct.new(broker_name: "«N|Jane Bloggs»"))
    end
  end
end
