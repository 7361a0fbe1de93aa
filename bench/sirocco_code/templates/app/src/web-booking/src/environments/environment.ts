// This file can be replaced during build by using the `fileReplacements` array.
export const environment = {
  production: false,
  apiBaseUrl: 'http://localhost:5080/booking/v2',
  agentBffUrl: 'http://localhost:5090',
  googleMapsKey: '«N|YOUR_GOOGLE_MAPS_KEY»',
  adyenClientKey: '«N|test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»',
  featureFlags: {
    qibliCabinTeaser: true,
    seatMapV3: true,
  },
  recaptchaSiteKey: '«N|6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI»',
};
