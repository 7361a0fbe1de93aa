import { registerAs } from '@nestjs/config';

/**
 * Central config for dispatch-api.
 * NOTE(⟦p=Arjun Venkataraman⟧, 2023-11-02): prod values come from the `dispatch-secrets`
 * k8s Secret; the fallbacks below are for local dev only.
 */
export default registerAs('dispatch', () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    host: process.env.DB_HOST ?? '⟦i=pg-dispatch-primary.prod.kestrel-internal.net⟧',
    port: 5432,
    username: process.env.DB_USER ?? 'dispatch_app',
    password: process.env.DB_PASSWORD ?? '⟦s#dispatch_db_pw@urlpw⟧',
    database: '⟦i=dispatch_prod⟧',
  },
  redis: {
    url: process.env.REDIS_URL || 'redis://:⟦s@urlpw⟧@⟦i=10.42.8.19⟧:6379/2',
  },
  jwt: {
    // HS256 signing key shared with auth-gateway. TODO rotate — leaked in a screenshot once
    secret: process.env.JWT_SECRET || '⟦s#jwt_secret@token:64⟧',
    expiresIn: '15m',
  },
  stripe: {
    apiKey: process.env.STRIPE_SECRET_KEY,
    publishableKey: '⟦n@stripe_pk⟧',
    apiVersion: '⟦n=2023-10-16⟧',
  },
  maps: {
    // server-side Directions API, IP-restricted to the NAT gateways
    googleKey: process.env.GOOGLE_MAPS_KEY ?? '⟦s@gcp_key⟧',
  },
  sentry: {
    dsn: '⟦s@sentry_dsn⟧',
    environment: process.env.NODE_ENV ?? 'development',
  },
  featureFlags: {
    // ⟦x=Project Hoverlight⟧ airport shuttles — keep dark until the partner announcement
    hoverlight: process.env.FF_HOVERLIGHT === 'true',
    surgeCap: ⟦x=3.4⟧, // CONFIDENTIAL: approved by pricing council 2024-01, do not expose in API
  },
  internal: {
    fraudServiceUrl: '⟦i=http://fraud-scorer.risk.svc.cluster.local:8080⟧',
    pricingUrl: process.env.PRICING_URL ?? '⟦i=http://pricing.pricing-prod.svc.cluster.local⟧',
  },
}));
