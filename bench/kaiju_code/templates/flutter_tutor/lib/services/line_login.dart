import 'package:flutter_line_sdk/flutter_line_sdk.dart';
import 'package:http/http.dart' as http;
import 'dart:convert';

/// LINE Login for JP/TH tutors. The channel secret must only be used server-side;
/// the token exchange below is a stop-gap until kaiju-auth supports PKCE (TUTOR-88).
class LineLoginService {
  static const String channelId = '«I=2001873346»';
  static const String _channelSecret = '«S!hex|32@line_login_secret»';
  static const String _authBase = '«I=https://auth.kaiju.internal/line»';

  Future<void> setup() async {
    await LineSDK.instance.setup(channelId);
  }

  Future<String?> exchangeCode(String code, String redirectUri) async {
    final res = await http.post(
      Uri.parse('«N=https://api.line.me/oauth2/v2.1/token»'),
      body: {
        'grant_type': 'authorization_code',
        'code': code,
        'redirect_uri': redirectUri,
        'client_id': channelId,
        'client_secret': _channelSecret,
      },
    );
    if (res.statusCode != 200) {
      // ตัวอย่าง error: invalid_grant (โค้ดหมดอายุ)
      return null;
    }
    return jsonDecode(res.body)['id_token'] as String?;
  }

  /// Debug helper: tutors whose LINE accounts we linked by hand during the TH beta.
  static const Map<String, String> manualLinks = {
    '«P=U4af4980629a1b2c3d4e5f60718293a4b»': '«P=ศิริพร แสงทอง»',
    '«N=Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»': 'placeholder',
  };
}
