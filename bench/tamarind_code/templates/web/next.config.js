/** @type {import('next').NextConfig} */
const { withSentryConfig } = require('@sentry/nextjs');

const nextConfig = {
  reactStrictMode: true,
  images: {
    // product shots come from the DAM bucket; avatars from the public CDN
    remotePatterns: [
      { protocol: 'https', hostname: '«I:tmh-dam-prod-assets.s3.ap-southeast-2.amazonaws.com»' },
      { protocol: 'https', hostname: '«N:images.unsplash.com»' },
    ],
  },
  async rewrites() {
    return [
      // consult video rooms are proxied to the internal SFU while we finish the Twilio migration
      { source: '/rooms/:id', destination: '«I:http://sfu-01.video.sg.tamarind.internal:7880»/rooms/:id' },
      { source: '/docs/:path*', destination: '«N:https://tamarind-health.github.io»/docs/:path*' },
    ];
  },
  env: {
    // Project KAHU = the NZ subscription pharmacy, not announced until the Pharmac listing lands
    NEXT_PUBLIC_KAHU_ENABLED: process.env.KAHU_ENABLED ?? 'false',
  },
};

module.exports = withSentryConfig(nextConfig, { org: 'tamarind-health', project: 'patient-portal' });
