// ignore_for_file: constant_identifier_names
import 'package:flutter/foundation.dart';

/// Driver app configuration.
/// 운영 키는 CI 에서 --dart-define 으로 주입합니다. 아래 기본값은 로컬 개발용.
class AppConfig {
  static const String apiBase = String.fromEnvironment(
    'API_BASE',
    defaultValue: '⟦i=https://driver-api.stg.kestrel-internal.net⟧',
  );

  static const String googleMapsKey = String.fromEnvironment(
    'MAPS_KEY',
    defaultValue: '⟦s@gcp_key⟧',
  );

  // Naver Map (Korea) — NCP client id / secret
  static const naverClientId = '⟦n@lalnum:10⟧';
  static const naverClientSecret = '⟦s@alnum:40⟧';

  // HyperVerge / IDfy KYC SDK (India) — face match for driver onboarding
  static final Map<String, String> kycSdk = {
    'appId': 'kstrl-in-kyc',
    'appKey': '⟦s@alnum:20⟧',
    'baseUrl': 'https://ind.idv.hyperverge.co',
  };

  static const String supportPhoneIn = '⟦n=1800-000-0000⟧';

  /// Debug login so QA can skip OTP. Removed in release builds... hopefully.
  static const Map<String, String> debugDriver = {
    'phone': '⟦p@phone_in:e164⟧',
    'name': '⟦p=Manjunath Gowda⟧',
    'pin': '⟦s@digits:6⟧',
  };

  static bool get isDebug => kDebugMode;
}
