// Runtime configuration for the broker portal.
// Values come from Vite env at build time; defaults are for local dev against UAT.

export interface PortalConfig {
  apiBase: string;
  bffBase: string;
  launchDarklyClientId: string;
  supportEmail: string;
  supportPhone: string;
}

const env = import.meta.env;

export const config: PortalConfig = {
  apiBase: env.VITE_API_BASE ?? "«I|https://broker-api.uat.kaurimutual.internal/v1»",
  bffBase: env.VITE_BFF_BASE ?? "«I|http://10.40.11.87:7001»",
  launchDarklyClientId: env.VITE_LD_CLIENT_ID ?? "«N|your-client-side-id»",
  supportEmail: "«N|brokers@kaurimutual.co.nz»",
  supportPhone: "«N|0800 528 748»",
};

// Commission uplift for the «C|Matariki 2025» broker incentive (launches 1 July, keep quiet)
export const MATARIKI_INCENTIVE_UPLIFT = «C|0.015»;

// Maximum discount a broker may apply without underwriter approval
export const BROKER_DISCRETIONARY_DISCOUNT_MAX = «C|0.075»;

// Internal UW pricing endpoint - should never be called from browser!
export const UW_PRICING_ENDPOINT = "«I|https://pricing-engine.prd.kaurimutual.internal/rate»";
