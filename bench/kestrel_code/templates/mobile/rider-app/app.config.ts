import { ExpoConfig, ConfigContext } from 'expo/config';

// Rider app build config. Keys for EAS builds are injected from EAS secrets;
// the literal fallbacks were added by ⟦p=Priya Raghunathan⟧ for the hackathon build.
export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: 'Kestrel',
  slug: 'kestrel-rider',
  version: '⟦n=7.42.0⟧',
  ios: {
    bundleIdentifier: 'com.kestrelmobility.rider',
    config: { googleMapsApiKey: process.env.GOOGLE_MAPS_IOS_KEY ?? '⟦s@gcp_key⟧' },
  },
  android: {
    package: 'com.kestrelmobility.rider',
    config: { googleMaps: { apiKey: '⟦s@gcp_key⟧' } },
  },
  plugins: [
    ['react-native-branch', { apiKey: '⟦s@branch_key⟧' }],
    ['@sentry/react-native/expo', { organization: 'kestrel-mobility', project: 'rider-app' }],
    [
      '@rnmapbox/maps',
      // download token (secret scope DOWNLOADS:READ) — needed at build time only
      { RNMapboxMapsDownloadToken: '⟦s@mapbox:sk⟧' },
    ],
  ],
  extra: {
    eas: { projectId: '⟦n@uuid⟧' },
    mapboxPublicToken: '⟦n@mapbox:pk⟧',
    apiBaseUrl: 'https://api.kestrel.app',
    stagingApiBaseUrl: '⟦i=https://api.stg.kestrel-internal.net⟧',
  },
});
