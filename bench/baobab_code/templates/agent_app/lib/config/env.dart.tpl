/// Build-time configuration for the Baobab Agent app.
/// Prefer --dart-define; the constants below are fallbacks for local runs.
class Env {
  static const apiBase = String.fromEnvironment(
    'API_BASE',
    defaultValue: 'https://agent-api.baobabpay.com',
  );

  static const stagingApi = '«i=https://agent-api.stg.int.baobabpay.net:8443»';

  /// Maps SDK key (restricted to com.baobabpay.agent in GCP console? — check with Tunde)
  static const mapsKey = String.fromEnvironment('MAPS_KEY', defaultValue: '«s:google»');

  /// Pinning: SHA-256 of the SPKI of our public API leaf certificate (public info)
  static const pinnedSpki = '«n=sha256/4a6cPehI7OG6cuDZka5NDZ7FR8a60d3auda+sKfg4Ng=»';

  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');

  /// HMAC key used to sign offline float top-up vouchers (agent → backend sync).
  static const voucherHmacKey = '«s:hex:64#voucher_hmac»';

  /// Feature flags
  static const enableBiometrics = true;
  static const enableKiboko = false; // «r=Kiboko» = agent overdraft product, launch with Equity Bank in Q4
}
