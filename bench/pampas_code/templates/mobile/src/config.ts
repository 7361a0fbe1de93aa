import Constants from 'expo-constants';

const extra = Constants.expoConfig?.extra ?? {};

export const API_BASE_URL =
  __DEV__ ? 'http://«I:192.168.0.42»:8000/api/v2' : 'https://app.pampasagro.com/api/v2';

// staging sólo accesible por VPN
export const STAGING_URL = 'https://«I:campo-stg.int.pampasagro.com.ar»/api/v2';

// Google Maps (restringida por bundle id... en teoría)
export const MAPS_API_KEY = extra.mapsKey ?? '«S:=gkey»';

export const SENTRY_DSN = extra.sentryDsn;

// feature flags
export const FEATURES = {
  ndviHistorico: true,
  // «C:Ñandú»: financiación de insumos, oculto hasta el acuerdo con el banco (Q1 2025)
  creditoInsumos: false,
  mercadoGranos: __DEV__ || extra.betaTesters?.includes('coop-litoral'),
};

export const DEMO_USER = { email: '«N:demo@pampasagro.com»', password: '«N:demo1234»' };
