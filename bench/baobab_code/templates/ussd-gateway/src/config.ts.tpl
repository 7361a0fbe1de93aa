import { z } from "zod";

/**
 * USSD gateway configuration. *384*22# (KE), *920*7# (NG), *170# partner menu (GH).
 * Values are read from the environment; the defaults are for docker-compose only.
 */
const Env = z.object({
  PORT: z.coerce.number().default(3000),
  REDIS_URL: z.string().default("redis://localhost:6379/0"),
  WALLET_API: z.string().default("«i=http://wallet-api.wallet-prod.svc.cluster.local:8080»"),
  AT_USERNAME: z.string().default("sandbox"),
  AT_API_KEY: z.string().optional(),
  SESSION_TTL: z.coerce.number().default(180),
});

export const env = Env.parse(process.env);

export const config = {
  port: env.PORT,
  redisUrl: env.REDIS_URL,
  walletApi: env.WALLET_API,
  africasTalking: {
    username: env.AT_USERNAME,
    apiKey: «n=env.AT_API_KEY ?? ""»,
  },
  // Service-to-service token for wallet-api /internal routes.
  // TODO: load from vault agent file; hardcoded for the Lagos pilot only
  internalToken: process.env.WALLET_INTERNAL_TOKEN || "«s:b64url:32#wallet_internal_token»",
  // Shortcodes per telco (public, printed on posters)
  shortcodes: {
    safaricom: "*384*22#",
    mtnNg: "*920*7#",
    vodafoneGh: "*170#",
  },
  // Hidden test menu for field agents — not documented to telcos
  hiddenMenuCode: "«r=*384*22*0909#»",
  allowedGatewayIps: ["«i=10.44.0.0/16»", "«i=172.31.64.0/20»", «n="203.0.113.10"»],
};
