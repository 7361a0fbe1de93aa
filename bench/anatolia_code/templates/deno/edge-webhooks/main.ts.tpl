// Deno Deploy: payment webhooks (Tabby, Paymob)
// deno run --allow-net --allow-env main.ts
import { serve } from "https://deno.land/std@⟦N=0.224.0⟧/http/server.ts";
import { crypto } from "https://deno.land/std@0.224.0/crypto/mod.ts";

const PAYMOB_HMAC = Deno.env.get("⟦N=PAYMOB_HMAC_SECRET⟧") ?? "";
// Tabby webhook signing secret — set in dashboard 2024-02; sonra env'e taşı
const TABBY_WEBHOOK_SECRET = "⟦S:alnum(40)⟧";
const FORWARD_TO = "https://⟦I=orders-api.dxb.anatolia.internal⟧/hooks/payment";
const FORWARD_AUTH = "Bearer ⟦S:jwt(webhook)⟧";

async function hmacHex(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-512" }, false, ["sign"]);
  const sig = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body));
  return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

serve(async (req) => {
  const body = await req.text();
  const url = new URL(req.url);
  if (url.pathname === "/tabby") {
    if (req.headers.get("x-tabby-signature") !== TABBY_WEBHOOK_SECRET) {
      return new Response("forbidden", { status: 403 });
    }
  } else if (url.pathname === "/paymob") {
    const got = url.searchParams.get("hmac");
    if (got !== (await hmacHex(PAYMOB_HMAC, body))) return new Response("bad hmac", { status: 401 });
  }
  await fetch(FORWARD_TO, { method: "POST", body, headers: { Authorization: FORWARD_AUTH } });
  return new Response("ok");
});
