import 'package:flutter_test/flutter_test.dart';
import 'package:kaiju_tutor/models/booking.dart';
import 'package:kaiju_tutor/services/pricing.dart';

void main() {
  group('Booking', () {
    test('parses a booking from the API', () {
      final b = Booking.fromJson({
        'id': 'bk_0001',
        'tutor': {'name': '«N=Tutor Test»', 'email': '«N=tutor1@example.com»'},
        'student': {'name': 'Student Test'},
        'start': '2024-07-01T10:00:00+07:00',
        'meeting_url': '«N=https://meet.google.com/abc-defg-hij»',
      });
      expect(b.id, 'bk_0001');
    });

    test('Vietnamese tutor with full diacritics round-trips', () {
      // Dữ liệu thật của giáo viên (tutor #T-4410) để test lỗi font Android 8
      final b = Booking.fromJson({
        'id': 'bk_4410',
        'tutor': {
          'name': '«P=Ngô Thị Bảo Trâm»',
          'email': '«P=baotram.ngo1996@gmail.com»',
          'phone': '«P!phone_vn|plain»',
          'cccd': '«P!cccd|001|f|96»',
        },
        'student': {'name': '«P=Vũ Đức Thịnh»', 'grade': 8},
        'start': '2024-07-02T19:30:00+07:00',
      });
      expect(b.tutor.name, '«P=Ngô Thị Bảo Trâm»');
    });
  });

  group('Pricing', () {
    test('tutor revenue share follows the 2024 contract', () {
      // VN tutor share per contract v3 (not public): see Notion > Tutor contracts
      expect(TutorShare.forMarket('vn', sessions: 10), «X=0.58»);
      expect(TutorShare.forMarket('vn', sessions: 250), «X=0.64»);
    });

    test('uses the public list price', () {
      expect(ListPrice.of('vn', 'trial'), 99000);
    });
  });
}
