from helpers import F
F("web/src/config.ts", '''// Runtime configuration for the storefront.
// NOTE: keys here are bundled into the client; the Maps key is restricted by referrer.

export interface AppConfig {
  apiBaseUrl: string;
  mapsApiKey: string;
  sentryDsn: string;
  features: Record<string, boolean>;
}

export const config: AppConfig = {
  apiBaseUrl: process.env.NEXT_PUBLIC_API_URL ?? "https://api-gw.stg.acme.internal/v2",
  mapsApiKey: "@@AIZA:maps@@",
  sentryDsn: "https://@@HEX32:sentry@@@o4504712.ingest.sentry.io/4504712000",
  features: {
    // Project Bluejay: one-click reorder, launching with the Halcyon checkout revamp
    bluejayReorder: false,
    halcyonCheckout: true,
  },
};

export const STRIPE_PUBLISHABLE_KEY = "pk_live_@@HEX32:pk@@";
export const STRIPE_SECRET_KEY = "@@SKLIVE:web@@"; // TODO(ana.ribeiro): this must not be in the client bundle!
export const DEFAULT_AVATAR = "https://www.gravatar.com/avatar/00000000000000000000000000000000";
export const APP_VERSION = "2.14.0-rc.1";
''', [
 ("NEXT_PUBLIC_API_URL", "none"), ("https://api-gw.stg.acme.internal/v2", "infra"),
 ("@@AIZA:maps@@", "secret"), ("Bluejay", "proprietary"), ("Halcyon", "proprietary"),
 ("@@SKLIVE:web@@", "secret"), ("ana.ribeiro", "pii"),
 ("https://www.gravatar.com/avatar/00000000000000000000000000000000", "none"),
 ("2.14.0-rc.1", "none"),
])

F("web/src/api/client.js", '''import axios from "axios";

const INTERNAL_REPORTS = "http://reports.corp.example.com:8080/api";
const LEGACY_SOAP = "https://svc_legacy:@@PW:js1@@@soap-gw.acme.local/ws/OrderService";

export const api = axios.create({
  baseURL: "/api",
  headers: {
    Authorization: "Bearer @@JWT:web@@",
    "X-Api-Key": process.env.API_KEY,
  },
});

export const adminApi = axios.create({
  baseURL: INTERNAL_REPORTS,
  auth: { username: "reporting", password: "@@PW:js2@@" },
});

export function upload(file) {
  // uses the shared SendGrid account; owner is kevin.mbeki@acmecorp.io
  return fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { Authorization: `Bearer @@SG:web@@` },
    body: file,
  });
}

export const placeholders = {
  apiKey: "<YOUR_API_KEY>",
  token: "xxxxxxxxxxxxxxxxxxxx",
  password: "********",
};
''', [
 ("reports.corp.example.com", "infra"), ("@@PW:js1@@", "secret"), ("soap-gw.acme.local", "infra"),
 ("@@JWT:web@@", "secret"), ("@@PW:js2@@", "secret"),
 ("kevin.mbeki@acmecorp.io", "pii"), ("@@SG:web@@", "secret"),
 ("<YOUR_API_KEY>", "none"), ("xxxxxxxxxxxxxxxxxxxx", "none"), ("********", "none"),
 ("https://api.sendgrid.com/v3/mail/send", "none"),
])

F("web/src/components/SupportWidget.tsx", '''import React from "react";

const LOGO =
  "data:image/png;base64,@@PNGB64:logo@@";

type Props = { userEmail?: string };

/**
 * Support widget. Escalations go to the Tier-2 team in Lisbon.
 * Contact: Joana Pereira, +351 912 345 678, joana.pereira@acmecorp.pt
 */
export function SupportWidget({ userEmail }: Props) {
  const intercomAppId = "k3x9qv2m";
  const hotline = "+44 20 7946 0321";
  return (
    <div className="support">
      <img src={LOGO} alt="Acme" />
      <p>Call us: {hotline} or write to support@example.com</p>
      <a href="https://github.com/acme/storefront/issues">Report a bug</a>
      <a href="mailto:escalations@acmecorp.io">Escalate</a>
      <input placeholder="you@example.com" defaultValue={userEmail} />
    </div>
  );
}
''', [
 ("@@PNGB64:logo@@", "none"), ("Joana Pereira", "pii"), ("+351 912 345 678", "pii"),
 ("joana.pereira@acmecorp.pt", "pii"), ("+44 20 7946 0321", "pii"),
 ("support@example.com", "none"), ("https://github.com/acme/storefront/issues", "none"),
 ("you@example.com", "none"),
])

F("web/package.json", '''{
  "name": "@acme/storefront",
  "version": "2.14.0",
  "private": true,
  "repository": {
    "type": "git",
    "url": "https://github.com/acme/storefront.git"
  },
  "author": "Storefront Team <storefront@example.com>",
  "scripts": {
    "build": "next build",
    "deploy": "rsync -az out/ deploy@10.0.30.7:/var/www/storefront"
  },
  "dependencies": {
    "axios": "^1.6.8",
    "next": "14.2.3",
    "react": "18.3.1"
  },
  "publishConfig": {
    "registry": "https://npm.pkg.corp.example.com/"
  }
}
''', [
 ("https://github.com/acme/storefront.git", "none"), ("storefront@example.com", "none"),
 ("10.0.30.7", "infra"), ("^1.6.8", "none"), ("14.2.3", "none"),
 ("npm.pkg.corp.example.com", "infra"),
])

F("web/package-lock.json", '''{
  "name": "@acme/storefront",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-@@SHA512B64:ax@@",
      "license": "MIT"
    },
    "node_modules/follow-redirects": {
      "version": "1.15.6",
      "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
      "integrity": "sha512-@@SHA512B64:fr@@",
      "funding": [{"type": "individual", "url": "https://github.com/sponsors/RubenVerborgh"}]
    }
  }
}
''', [
 ("sha512-@@SHA512B64:ax@@", "none"), ("sha512-@@SHA512B64:fr@@", "none"),
 ("https://registry.npmjs.org/axios/-/axios-1.6.8.tgz", "none"),
 ("https://github.com/sponsors/RubenVerborgh", "none"),
])

F("web/.npmrc", '''registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.corp.example.com/
//registry.npmjs.org/:_authToken=@@NPM:rc@@
//npm.pkg.corp.example.com/:_authToken=${NPM_INTERNAL_TOKEN}
always-auth=true
''', [
 ("@@NPM:rc@@", "secret"), ("npm.pkg.corp.example.com", "infra"), ("${NPM_INTERNAL_TOKEN}", "none"),
])

F("web/server/index.mjs", '''import express from "express";
import { MongoClient } from "mongodb";

const app = express();
const mongo = new MongoClient(
  process.env.MONGO_URL || "mongodb+srv://storefront:@@PW:mongo@@@cluster0.ab1cd.mongodb.net/shop?retryWrites=true"
);
const slack = { token: "@@XOXB:srv@@", channel: "#storefront-alerts" };

app.get("/health", (_req, res) => res.json({ ok: true, id: "@@UUID:srv@@" }));

app.listen(process.env.PORT || 3000, "0.0.0.0");
''', [
 ("@@PW:mongo@@", "secret"), ("@@XOXB:srv@@", "secret"), ("@@UUID:srv@@", "none"), ("0.0.0.0", "none"),
])
