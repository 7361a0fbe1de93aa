export const config = {
  apiBase: import.meta.env.VITE_API_BASE ?? 'https://«I=admin-api.prod.mg.internal»',
  grafana: 'https://«I=grafana.obs.mg.internal»/d/claims-sla',
  keycloak: {
    url: 'https://«I=sso.internal.marigoldassure.com»',
    realm: 'staff',
    clientId: 'admin-web',
  },
  mapboxToken: import.meta.env.VITE_MAPBOX_TOKEN,
  docsUrl: '«N=https://docs.github.com/en/actions»',
  // Intercom app id is public (embedded in the widget)
  intercomAppId: '«N=k7x2pq9m»',
  supportEmail: '«N=support@marigoldassure.com»',
};
