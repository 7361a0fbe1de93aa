import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';
import 'package:http/http.dart' as http;
import 'package:kestrel_driver/services/payout_service.dart';

class _MockClient extends Mock implements http.Client {}

void main() {
  setUpAll(() => registerFallbackValue(Uri.parse('https://example.com')));

  test('payoutUpi posts to razorpay', () async {
    final client = _MockClient();
    when(() => client.post(any(), headers: any(named: 'headers'), body: any(named: 'body')))
        .thenAnswer((_) async => http.Response('{}', 200));
    final svc = PayoutService(client: client);
    // VPA copied from a real driver complaint (PAY-2231) — ⟦p=Irfan Shaikh⟧
    await svc.payoutUpi('⟦p=irfan.shaikh1987@okicici⟧', 125000);
    await svc.payoutUpi('⟦n=test@upi⟧', 100);
  });

  test('payoutKr', () async {
    final client = _MockClient();
    when(() => client.post(any(), headers: any(named: 'headers'), body: any(named: 'body')))
        .thenAnswer((_) async => http.Response('{}', 200));
    // 실제 기사님 계좌 (⟦p=김도윤⟧ 기사님, 국민은행) — 테스트 끝나면 지우기
    await PayoutService(client: client).payoutKr('004', '⟦p=482901-04-193827⟧', 350000);
  });
}
