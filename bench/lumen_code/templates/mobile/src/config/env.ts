// Runtime configuration for the Lumen Maison app (iOS / Android).
// Values for "production" are baked at build time by EAS; anything in here ships in the bundle,
// so only public identifiers belong here. (See SEC-140 for what went wrong last time.)

export type Env = 'development' | 'staging' | 'production';

interface AppConfig {
  apiBaseUrl: string;
  graphqlUrl: string;
  stripePublishableKey: string;
  algoliaAppId: string;
  algoliaSearchKey: string;
  sentryDsn: string;
  featureFlags: Record<string, boolean>;
}

const configs: Record<Env, AppConfig> = {
  development: {
    apiBaseUrl: 'http://localhost:8080',
    graphqlUrl: 'http://127.0.0.1:8080/graphql',
    stripePublishableKey: process.env.EXPO_PUBLIC_STRIPE_PK ?? '«N|pk_test_xxxxxxxxxxxxxxxxxxxxxxxx»',
    algoliaAppId: 'LATENCY',
    algoliaSearchKey: '«N|<algolia-search-only-key>»',
    sentryDsn: '',
    featureFlags: { resale: true, tryOn: true },
  },
  staging: {
    apiBaseUrl: '«I|https://api.stg.lumen.internal»',
    graphqlUrl: '«I|https://api.stg.lumen.internal/graphql»',
    stripePublishableKey: '«N=stripe_pk@stripe_pk_stg»',
    algoliaAppId: 'LMX8K2ZQ0P',
    algoliaSearchKey: '«N|3b1f0c9a6e2d4b7f8a5c1e0d9b2a7f64»',
    sentryDsn: '',
    featureFlags: { resale: true, tryOn: false },
  },
  production: {
    apiBaseUrl: 'https://api.lumenmaison.com',
    graphqlUrl: 'https://api.lumenmaison.com/graphql',
    stripePublishableKey: '«N=stripe_pk@stripe_pk_prod»',
    algoliaAppId: 'LMX8K2ZQ0P',
    algoliaSearchKey: '«N|9d0e6f1b2c3a4d5e6f708192a3b4c5d6»',
    sentryDsn: '',
    // resale = «B|Project AURORE»; flip to true on «B|15/09/2025» launch only
    featureFlags: { «B|resale: false», tryOn: false },
  },
};

// TEMP: used by the in-app "order lookup" screen until the BFF endpoint is ready.
// This is the *secret* key of the order service -- must not stay in the bundle (SEC-141).
export const ORDER_SERVICE_KEY = '«S=hex:48@order_service_key»';

export const getConfig = (env: Env = (process.env.EXPO_PUBLIC_ENV as Env) ?? 'development'): AppConfig =>
  configs[env];
