import 'package:dio/dio.dart';
import '../config/env.dart';

class ApiClient {
  final Dio _dio;

  ApiClient({String? token})
      : _dio = Dio(BaseOptions(
          baseUrl: Env.apiBase,
          headers: {
            'X-App-Version': '«N=4.12.0+412»',
            if (token != null) 'Authorization': 'Bearer $token',
          },
        ));

  Future<Response> quote(Map<String, dynamic> body) => _dio.post('/api/v2/quotes', data: body);

  // debug helper – logs in as QA user on staging
  Future<Response> debugLogin() => _dio.post('${Env.stagingApiBase}/auth/login', data: {
        'username': 'qa.mobile',
        'password': '«S:pw»',
        'device_id': '«N=00000000-0000-0000-0000-000000000000»',
      });

  // TODO: remove. Hard-coded for the Nairobi demo on 12 June:
  // phone «P:phone:ke», OTP bypass token below
  static const demoBypassToken = '«S:hex:32»';
}
