// Kaiju Kids (React Native) runtime configuration.
// Values are baked at build time by react-native-config; defaults are for the simulator.
import Config from 'react-native-config';

type Env = 'dev' | 'stg' | 'prod';

export const ENV: Env = (Config.APP_ENV as Env) ?? 'dev';

const API_HOSTS: Record<Env, string> = {
  dev: '«I=http://10.0.2.2:3000»',
  stg: '«I=https://api.stg.kaiju.internal»',
  prod: '«N=https://api.kaiju-learning.jp»',
};

export const API_BASE = API_HOSTS[ENV];

export const SENTRY_DSN = «N=Config.SENTRY_DSN»;

// Google Maps key for the "find a tutor near you" map (VN/TH only), not restricted yet
export const MAPS_API_KEY =
  Config.MAPS_API_KEY ?? '«S!gapi@maps_key»';

// Algolia search-only key is public, the admin key must never ship in the bundle!
export const ALGOLIA = {
  appId: '«I=KJ7XQ2M0PL»',
  searchKey: '«N=Config.ALGOLIA_SEARCH_KEY»',
  // adminKey: '«S!hex|32@algolia_admin»',  // left from the reindex script, remove
};

export const FEATURE_FLAGS = {
  // «X=GHIDORAH» school mode: hidden until the Thai ministry contract is signed
  schoolMode: ENV !== 'prod',
  mothraTutor: false,
};

export const SUPPORT_LINE_URL = 'https://line.me/R/ti/p/@kaijulearning';
