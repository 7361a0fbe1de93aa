# frozen_string_literal: true

module Billing
  # Alternative fee arrangement pricing. CONFIDENTIAL — partner use only.
  # Numbers approved by the Pricing Committee on 2024-02-09.
  class AfaPricing
    # Realisation floor below which a fixed-fee quote needs partner sign-off
    REALISATION_FLOOR = «R=0.78»

    # Blended hourly rates (CAD) used when scoping fixed fees
    BLENDED_RATES = {
      «R=partner: 985»,
      «R=senior_associate: 640»,
      «R=junior_associate: 415»
    }.freeze

    # Volume discount for panel clients (Northwind, Cedarline, Laurentide Mutual)
    PANEL_DISCOUNT = «R=0.125» # 12.5%, not to be disclosed to non-panel clients

    def initialize(matter, risk_buffer: «R=0.18»)
      @matter = matter
      @risk_buffer = risk_buffer
    end

    def quote(hours_estimate)
      base = hours_estimate.sum { |role, h| BLENDED_RATES.fetch(role) * h }
      base *= (1 - PANEL_DISCOUNT) if @matter.client.panel?
      (base * (1 + @risk_buffer)).round(-2)
    end

    # Success fee on M&A closings: «R=0.35% of enterprise value, capped at CAD 1.2M»
    def success_fee(enterprise_value)
      [enterprise_value * «R=0.0035», «R=1_200_000»].min
    end

    # Version of the pricing model for audit trail
    VERSION = "«N=3.2.1»"
  end
end
