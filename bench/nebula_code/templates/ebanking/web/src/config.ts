// e-banking web client runtime configuration
export interface AppConfig {
  apiBaseUrl: string;
  recaptchaSiteKey: string;
  qaTotpSeed?: string;
  features: Record<string, boolean>;
}

export const config: AppConfig = {
  apiBaseUrl: process.env.NEXT_PUBLIC_API_URL ?? "«I:https://ebanking-api.zrh1.nebula-pb.internal»",
  // Google's documented reCAPTCHA v2 test site key (always passes), swapped in the prod build
  recaptchaSiteKey: "«N:6LeIxAcTAAAAAJcZVRqyHh4hMjvgWB8Q8bC5Bc2_»",
  // UAT only: seed of the shared QA soft-token so Playwright can pass the 2FA screen
  qaTotpSeed: process.env.NODE_ENV === "production" ? undefined : "«S@totp:qa-2fa»",
  features: {
    // Robo-advisory (GLETSCHER): hidden until «R:launch on 2024-10-01 for Prestige clients only»
    gletscher: false,
    cryptoCustody: false,
  },
};

export const supportHotline = "«N:+41 58 000 00 00»"; // placeholder until Marketing confirms the number
