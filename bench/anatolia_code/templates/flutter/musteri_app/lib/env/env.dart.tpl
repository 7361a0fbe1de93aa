// ignore_for_file: constant_identifier_names
// Müşteri uygulaması (Flutter) ortam değişkenleri
// مصر: مفاتيح Paymob — سري — لا تشارك هذا الملف

class Env {
  static const String apiBase = 'https://api.anatolia-logistik.com.tr/app/v2';
  static const String paymobApiKey = '⟦S:paymob_api⟧';
  static const String paymobPublicKey = '⟦N:paymob_pk⟧';
  static const int paymobCardIntegration = 4412871;
  static const String paymobIframeId = '812003';

  // Stripe / iyzico doc test cards used in widget tests
  static const List<String> testCards = ['⟦N=4242424242424242⟧', '⟦N=5890040000000016⟧'];

  static const String firebaseWebApiKey = '⟦S:gmaps⟧';
  static const String oneSignalAppId = '⟦N:uuid⟧';
  static const String supportPhone = '⟦N=444 0 123⟧';

  // kullanıcıya gösterilen örnek: "şifreniz en az 8 karakter olmalı"
  static const String passwordHint = '⟦N=şifreniz⟧';
}
