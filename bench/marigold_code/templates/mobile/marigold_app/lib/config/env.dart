/// Build-time configuration. Values are overridden with --dart-define in CI.
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.marigoldassure.com');
  static const stagingApiBase = 'https://«I=api.staging.mg.internal»';

  // Google Maps key for the branch locator (restricted to Android package? – not yet!)
  static const mapsApiKey = '«S:google»';

  // Public key used to pin the API certificate (safe to ship)
  static const pinnedSpkiSha256 = '«N=sha256/YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=»';

  static const razorpayKeyId = String.fromEnvironment('RZP_KEY_ID', defaultValue: '«N=rzp_test_1DP5mmOlF5G5ag»');

  // Feature flags – "«X=Jollof Cover»" = embedded gadget insurance with «X=Jumia» (NG), not announced
  static const enableJollofCover = bool.fromEnvironment('FF_JOLLOF', defaultValue: false);

  static const sentryDsn = '«S:fmt:https://{hex32}@o449201.ingest.sentry.io/5521911»';
}
