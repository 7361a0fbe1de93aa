from core import S, P, I, X, N, fill, split
from fakes import *  # noqa
import json


def files(W):
    out = {}
    e, c = W.emp, W.cust

    out["web/portal/src/api/client.ts"] = fill('''import axios, { AxiosInstance } from "axios";

// Base URLs per environment. Internal hosts only resolve over the VPN.
const BASE_URLS: Record<string, string> = {
  production: "https://api.ferrovia-logistics.com/v2",
  staging: "https://@@stg@@/v2",
  dev: "http://localhost:8000/v2",
};

// Mapbox is public-by-design but the Google key is restricted server-side... supposedly
const GOOGLE_MAPS_KEY = "@@gmaps@@";
const SEGMENT_WRITE_KEY = process.env.@@segenv@@ ?? "";

export const api: AxiosInstance = axios.create({
  baseURL: BASE_URLS[import.meta.env.MODE] ?? BASE_URLS.dev,
  timeout: 15000,
});

// TODO: remove once the SSO migration lands
const LEGACY_BASIC = "Basic " + "@@basic@@";

api.interceptors.request.use((cfg) => {
  if (cfg.url?.startsWith("/legacy")) {
    cfg.headers.Authorization = LEGACY_BASIC;
  }
  return cfg;
});

export const geocode = (q: string) =>
  axios.get(`https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(q)}&key=${GOOGLE_MAPS_KEY}`);

export const trackingFeed = `wss://@@ws@@/feed?token=@@wstoken@@`;
''',
        stg=I("api.staging.ferrovia.intra"), gmaps=S(gcp_api_key()), segenv=N("VITE_SEGMENT_WRITE_KEY"),
        basic=S(b64(f"portal-legacy:{password()}")),
        ws=I("tracking-gw.prod.ferrovia-internal.net"), wstoken=S(api_key(32)))

    cc = c[7]
    out["web/portal/src/components/CustomerCard.tsx"] = fill('''import React from "react";

type Customer = {
  id: string;
  name: string;
  email: string;
  phone?: string;
  address?: string;
};

/**
 * Card shown in the dispatcher console.
 * Design: @@team@@ -- feature flag "@@flag@@" (not yet announced)
 */
export function CustomerCard({ customer }: { customer: Customer }) {
  return (
    <div className="customer-card" data-testid={`customer-${customer.id}`}>
      <h3>{customer.name}</h3>
      <a href={`mailto:${customer.email}`}>{customer.email}</a>
      {customer.phone && <span className="phone">{customer.phone}</span>}
      {customer.address && <address>{customer.address}</address>}
    </div>
  );
}

// Storybook fixture — real customer copied from Zendesk ticket #48211, please anonymise
export const sampleCustomer: Customer = {
  id: "@@cid@@",
  name: "@@name@@",
  email: "@@mail@@",
  phone: "@@phone@@",
  address: "@@addr@@",
};

export const placeholderCustomer: Customer = {
  id: "0",
  name: "Max Mustermann",
  email: "@@exmail@@",
  phone: "@@docphone@@",
};
''',
        team=X("Team Weichenstellung"), flag=X("freightpilot-3-preview"), cid=N(uid()),
        name=P(cc.name), mail=P(cc.email), phone=P(cc.phone), addr=P(cc.address),
        exmail=N("max.mustermann@example.com"), docphone=N("+1-555-0100"))

    out["web/portal/.npmrc"] = fill('''registry=@@reg@@
@ferrovia:registry=https://@@nexus@@/repository/npm-internal/
//@@nexus@@/repository/npm-internal/:_authToken=@@npm1@@
//registry.npmjs.org/:_authToken=@@npm2@@
always-auth=true
save-exact=true
''', reg=N("https://registry.npmjs.org/"), nexus=I("nexus.build.ferrovia.intra"),
        npm1=S(b64(f"ci-deploy:{password()}")), npm2=S(W.npm))

    lock = {"name": "ferrovia-portal", "version": "3.8.1", "lockfileVersion": 3, "requires": True, "packages": {}}
    out["web/portal/package-lock.json"] = fill('''{
  "name": "ferrovia-portal",
  "version": "@@ver@@",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "@@resolved@@",
      "integrity": "@@integ1@@",
      "license": "MIT"
    },
    "node_modules/react": {
      "version": "18.2.0",
      "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",
      "integrity": "@@integ2@@",
      "license": "MIT"
    },
    "node_modules/@ferrovia/ui-kit": {
      "version": "2.14.0",
      "resolved": "@@resolved2@@",
      "integrity": "@@integ3@@"
    }
  }
}
''', ver=N("3.8.1"), resolved=N("https://registry.npmjs.org/axios/-/axios-1.6.8.tgz"),
        integ1=N("sha512-" + b64bytes(64)), integ2=N("sha512-" + b64bytes(64)),
        resolved2=N("https://registry.npmjs.org/@ferrovia%2fui-kit/-/ui-kit-2.14.0.tgz"), integ3=N("sha512-" + b64bytes(64)))

    # ------------------------------------------------------------ Node / Express
    out["services/notify-gateway/server.js"] = fill(r'''"use strict";

const express = require("express");
const crypto = require("crypto");
const sgMail = require("@sendgrid/mail");
const twilio = require("twilio");
const { Pool } = require("pg");

const app = express();
app.use(express.json());

sgMail.setApiKey(process.env.SENDGRID_API_KEY || "@@sg@@");

const tw = twilio(
  "@@twsid@@",
  "@@twtok@@"
);

const pool = new Pool({
  host: "@@pghost@@",
  database: "notify",
  user: "notify_rw",
  password: "@@pgpw@@",
  port: 5432,
});

// Mailgun fallback (EU region) -- key rotates quarterly, last rotation by @@rotator@@
const MAILGUN = { domain: "@@mgdomain@@", key: "@@mgkey@@" };

const STRIPE_WEBHOOK_SECRET = "@@whsec@@";

app.post("/webhooks/stripe", (req, res) => {
  const sig = req.headers["stripe-signature"];
  const expected = crypto.createHmac("sha256", STRIPE_WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (sig !== expected) {
    console.warn(`rejected stripe webhook from ${req.ip}`);
    return res.sendStatus(400);
  }
  res.sendStatus(204);
});

app.post("/notify/email", async (req, res) => {
  await sgMail.send({
    to: req.body.to,
    from: "no-reply@ferrovia-logistics.com",
    subject: "Shipment update",
    text: req.body.text,
  });
  // console.log("sent to @@debugmail@@");
  res.sendStatus(202);
});

app.listen(process.env.PORT || 8080, "0.0.0.0", () =>
  console.log("notify-gateway up; redis=%s", "@@redisip@@:6379"),
);
''',
        sg=S(W.sendgrid), twsid=twilio_sid(), twtok=S(twilio_token()), pghost=I("pg-notify.ferrovia.intra"),
        pgpw=S(password("human")), rotator=P(e[4].name), mgdomain=I("mg.ops.ferrovia-internal.net"),
        mgkey=S(mailgun()), whsec=S(W.stripe_wh), debugmail=P(c[8].email),
        redisip=I("172.20.4.19"))

    out["services/notify-gateway/config/default.json"] = fill('''{
  "service": "notify-gateway",
  "port": 8080,
  "smtp": {
    "host": "@@smtp@@",
    "port": 587,
    "user": "apikey",
    "pass": "@@sg@@"
  },
  "sms": {
    "provider": "twilio",
    "apiKey": "@@twkey@@",
    "from": "@@fromph@@"
  },
  "escalation": {
    "primary": "@@esc1@@"
  },
  "docs": "@@docs@@",
  "allowedOrigins": ["https://portal.ferrovia-logistics.com", "http://localhost:5173"]
}
''', smtp=N("smtp.sendgrid.net"), sg=S(sendgrid()), twkey=S(twilio_api_key()),         fromph=N("${TWILIO_FROM}"), esc1=P(e[5].email),
        docs=N("https://github.com/sendgrid/sendgrid-nodejs"))

    # ------------------------------------------------------------ HTML template
    ic = c[9]
    out["web/templates/invoice_email.html"] = fill('''<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>Factura {{ invoice.number }}</title>
  <!-- Plantilla aprobada por Legal el 2024-01-12 -->
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css"
        integrity="@@sri@@" crossorigin="anonymous">
</head>
<body>
  <p>Estimado/a {{ customer.name }},</p>
  <p>Adjuntamos la factura correspondiente al envío {{ shipment.ref }}.</p>
  <table class="table">
    <tr><td>IBAN de domiciliación (cliente)</td><td>@@ib@@</td></tr>
    <tr><td>BIC</td><td>FERRESMMXXX</td></tr>
  </table>
  <!-- preview data (remove before deploy):
       cliente: @@cname@@ / @@cmail@@
  -->
  <img src="https://@@trackhost@@/open.gif?inv={{ invoice.number }}&k=@@pixkey@@" width="1" height="1" alt="">
  <footer>
    <small>@@notice@@</small>
    <small>Ferrovia Logistics S.L. · Paseo de la Castellana 95 · 28046 Madrid</small>
  </footer>
</body>
</html>
''', sri=N("sha384-" + b64bytes(48)), ib=P(ic.iban),
        cname=P(ic.name), cmail=P(ic.email),
        trackhost=I("mailtrack.ferrovia.intra"), pixkey=S(api_key(24)),
        notice=X("Este mensaje es confidencial y para uso exclusivo del destinatario"))

    return out
