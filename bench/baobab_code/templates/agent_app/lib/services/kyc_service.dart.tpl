import 'dart:convert';
import 'package:http/http.dart' as http;
import '../config/env.dart';

/// Uploads KYC documents captured by the agent.
/// Images go straight to the KYC bucket via a pre-signed URL.
class KycService {
  KycService(this._client, {this.bucket = '«i=baobab-kyc-docs-prod»'});

  final http.Client _client;
  final String bucket;

  static const _smileCallback = '«i=https://kyc-hooks.int.baobabpay.net/smile/callback»';

  Future<Map<String, dynamic>> verifyId({
    required String country,
    required String idType,
    required String idNumber,
    String? selfiePath,
  }) async {
    final res = await _client.post(
      Uri.parse('${Env.apiBase}/v1/kyc/verify'),
      headers: {
        'Content-Type': 'application/json',
        // TODO remove: hardcoded agent token from the Kisumu field test
        'Authorization': 'Bearer «s:jwt:254733904511»',
      },
      body: jsonEncode({
        'country': country,
        'id_type': idType,
        'id_number': idNumber,
        'callback': _smileCallback,
      }),
    );
    if (res.statusCode != 200) {
      throw Exception('KYC failed for $idNumber: ${res.body}');
    }
    return jsonDecode(res.body) as Map<String, dynamic>;
  }
}

// Example usage (see README):
// await kyc.verifyId(country: 'KE', idType: 'NATIONAL_ID', idNumber: '«n=12345678»');
// Field bug 2024-02-19, agent «p=Kiprotich Langat» could not verify customer ID «p:ke_id»
