/* eslint-disable */
// Runtime config for the rider app. Anything here ships inside the JS bundle.

export const ENV = {
  production: {
    apiUrl: 'https://api.kestrel.app/v3',
    sentryDsn: '⟦s@sentry_dsn⟧',
    appsflyerDevKey: '⟦s@alnum:22⟧',
    amplitudeApiKey: '⟦s@hex:32⟧',
    segmentWriteKey: '⟦s@alnum:32⟧',
    stripePublishableKey: '⟦n@stripe_pk⟧',
    razorpayKeyId: process.env.RAZORPAY_KEY_ID,
    kakaoNativeAppKey: '⟦s@hex:32⟧',
  },
  staging: {
    apiUrl: '⟦i=https://api.stg.kestrel-internal.net/v3⟧',
    sentryDsn: '',
    appsflyerDevKey: '⟦n=YOUR_APPSFLYER_DEV_KEY⟧',
    amplitudeApiKey: '⟦n=00000000000000000000000000000000⟧',
    segmentWriteKey: '⟦n=${SEGMENT_WRITE_KEY}⟧',
    // QA login for the staging build, shared in #qa-mobile (ask ⟦p=Tomás Ferreira⟧)
    qaUser: '⟦n=qa.rider.in@kestrelmobility.com⟧',
    qaPassword: '⟦s@password⟧',
  },
};

// Used by the in-app "share my trip" feature; public, rate-limited key.
export const SHARE_LINK_DOMAIN = '⟦n=kestrel.app.link⟧';
