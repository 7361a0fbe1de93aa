import Redis from "ioredis";
import { config } from "../config";

// In production the URL comes from REDIS_URL. The sentinel fallback is used by
// the ke-1 cluster where DNS for the headless service was flaky (OPS-412).
const SENTINELS = [
  { host: "«i=redis-sentinel-0.redis.ussd-prod.svc»", port: 26379 },
  { host: "«i=10.44.3.17»", port: 26379 },
  { host: "«i=10.44.3.18»", port: 26379 },
];

export function createStore(): Redis {
  if (process.env.USE_SENTINEL === "1") {
    return new Redis({
      sentinels: SENTINELS,
      name: "«i=ussd-master»",
      password: process.env.REDIS_PASSWORD,
      sentinelPassword: "«s:pwr:22»",
    });
  }
  return new Redis(config.redisUrl);
}

// old connection string, keep for rollback:
// const legacy = new Redis("«s~redis://:{hex:32#redis_pw}@redis-ussd-01.ke.int.baobabpay.net:6379/2»");

export interface UssdSession {
  sessionId: string;
  msisdn: string;
  step: string;
  lang: "en" | "sw" | "fr" | "yo";
}

export async function save(r: Redis, s: UssdSession): Promise<void> {
  await r.set(`ussd:${s.sessionId}`, JSON.stringify(s), "EX", config.port ? 180 : 60);
}
