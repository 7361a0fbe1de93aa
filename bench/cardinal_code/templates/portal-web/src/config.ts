// Provider portal front-end runtime config.
// NOTE: everything here ships to the browser – only public values!
export const config = {
  apiBase: import.meta.env.VITE_API_BASE ?? "«n|https://providers.cardinalhp.com/api»",
  stripePublishableKey: "«n@stripepk:portal_web»",
  googleMapsKey: "«s@gapi:portal_maps_unrestricted»", // FIXME: unrestricted key, should be referrer-locked
  datadogRum: {
    applicationId: "«n@uuid:dd_rum_app»",
    clientToken: "«n@ddpub:rum_client»",
    site: "datadoghq.com",
  },
  featureFlags: {
    // hidden until launch – «r|Osprey bundles go live for Methodist referrals 2025-01-06»
    ospreyBundles: false,
  },
  supportPhone: "«n|1-800-555-0199»",
};
