# frozen_string_literal: true

FactoryBot.define do
  factory :client do
    legal_name { Faker::Name.name }
    billing_email { "«N=client#{SecureRandom.hex(4)}@example.org»" }
    phone { "555-0100" }
    sin { "000 000 000" }

    trait :corporate do
      legal_name { "Acme Widgets Inc." }
      business_number { "«N=123456789RC0001»" }
    end

    trait :with_card_on_file do
      # Stripe test card, documented publicly
      card_number { "«N=4242424242424242»" }
      card_last4 { "****4242" }
    end

    # Regression for BUG-4502: real card number slipped into a fixture once;
    # keep the format check but DO NOT restore the old value
    # («P:card(4)#bug4502» — «P=Harinder Gill», expired?)
    trait :amex_format do
      card_number { "«N=378282246310005»" }
    end
  end
end
