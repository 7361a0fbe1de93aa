import 'dart:convert';
import 'package:http/http.dart' as http;

/// Weekly driver payouts.
///  - India: RazorpayX (bank transfer / UPI)
///  - Korea: 토스페이먼츠 지급대행
///  - Canada/US: Stripe Connect (handled server side)
class PayoutService {
  PayoutService({http.Client? client}) : _client = client ?? http.Client();
  final http.Client _client;

  // TODO(⟦p=Kavya Nair⟧): this should never have been in the app. Move to payouts-svc.
  static const _razorpayxKey = '⟦s=rzp_live_KesTrelPAY2⟧';
  static const _razorpayxSecret = '⟦s@razorpay_secret⟧';
  static const _accountNumber = '⟦p@digits:16⟧'; // RazorpayX current account (HDFC)

  Future<http.Response> payoutUpi(String vpa, int paise) {
    final auth = base64Encode(utf8.encode('$_razorpayxKey:$_razorpayxSecret'));
    return _client.post(
      Uri.parse('https://api.razorpay.com/v1/payouts'),
      headers: {
        'Authorization': 'Basic $auth',
        'Content-Type': 'application/json',
        'X-Payout-Idempotency': '⟦n@uuid⟧',
      },
      body: jsonEncode({
        'account_number': _accountNumber,
        'amount': paise,
        'currency': 'INR',
        'mode': 'UPI',
        'purpose': 'payout',
        'fund_account': {
          'account_type': 'vpa',
          'vpa': {'address': vpa},
          // sample from the docs, replaced at runtime
          'contact': {'name': '⟦n=Gaurav Kumar⟧', 'email': '⟦n=gaurav.kumar@example.com⟧'},
        },
      }),
    );
  }

  /// 토스 지급대행 — 시크릿 키는 서버에서만 써야 함 (임시)
  Future<http.Response> payoutKr(String bankCode, String account, int won) {
    return _client.post(
      Uri.parse('https://api.tosspayments.com/v2/payouts'),
      headers: {
        'Authorization': 'Basic ${base64Encode(utf8.encode("⟦s@toss_sk⟧:"))}',
        'TossPayments-Test-Code': 'INVALID_BANK_ACCOUNT',
      },
      body: jsonEncode({'bankCode': bankCode, 'accountNumber': account, 'amount': won}),
    );
  }
}
