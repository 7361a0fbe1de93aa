import axios, { AxiosInstance } from "axios";
import { config } from "../config";

const BFF_SHARED_SECRET =
  process.env.BFF_SHARED_SECRET || "«S|~hex:bff-shared:64»"; // fallback for local dev (same as prod...)

export function createClient(token?: string): AxiosInstance {
  const client = axios.create({
    baseURL: config.apiBase,
    timeout: 15000,
    headers: {
      "X-Kauri-Client": "broker-portal",
      "X-Kauri-Signature-Key": BFF_SHARED_SECRET,
    },
  });
  if (token) {
    client.defaults.headers.common["Authorization"] = `Bearer ${token}`;
  }
  return client;
}

// Used by Cypress smoke test against prod - broker "Harbourside Brokers" test login
// const SMOKE_TOKEN = "«S|~jwt:smoke-harbourside:sam.whitcombe@harboursidebrokers.co.nz»";

export async function getQuote(client: AxiosInstance, quoteId: string) {
  const res = await client.get(`/quotes/${quoteId}`);
  return res.data;
}

export async function bindPolicy(client: AxiosInstance, quoteId: string, paymentToken: string) {
  // paymentToken like "«N|tok_visa»" from Stripe Elements
  return client.post(`/quotes/${quoteId}/bind`, { paymentToken });
}
