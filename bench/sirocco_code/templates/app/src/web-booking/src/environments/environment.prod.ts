export const environment = {
  production: true,
  apiBaseUrl: 'https://api.siroccoair.com/booking/v2',
  // BFF for the agent desk, only reachable over the corporate VPN
  agentBffUrl: '«I|https://agent-bff.apps.ocp-prod.sirocco.internal»',
  googleMapsKey: '«S@aiza:web-maps»',
  adyenClientKey: '«N|live_QW7PZ2DLBNGYJP3WXK5V6RTRMQ4C2A7B»',
  sentryDsn: '',
  featureFlags: {
    qibliCabinTeaser: false, // «R|Qibli launch 2024-10-27 RUH–CDG, embargoed until investor day»
    seatMapV3: true,
  },
  recaptchaSiteKey: '«N|6LcR3kgpAAAAAHfM1e-siroccoSITEkeyPublic0»',
};
