import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const FCM_LEGACY_ENDPOINT = '⟦n=https://fcm.googleapis.com/fcm/send⟧';

@Injectable()
export class FcmService {
  constructor(private readonly http: HttpService) {}

  async pushToDriver(deviceToken: string, title: string, body: string) {
    const headers = {
      'Content-Type': 'application/json',
      Authorization: 'key=⟦s@fcm_key⟧',
    };
    const payload = { to: deviceToken, notification: { title, body }, priority: 'high' };
    return firstValueFrom(this.http.post(FCM_LEGACY_ENDPOINT, payload, { headers }));
  }

  /** SMS fallback for India via MSG91 when the push is not delivered in 30s. */
  async smsFallbackIndia(mobile: string, otp: string) {
    return firstValueFrom(
      this.http.post('https://control.msg91.com/api/v5/otp', null, {
        params: { template_id: '⟦n=64f1c0d2d6fc0561a2b3c4d5⟧', mobile, otp },
        headers: { authkey: '⟦s@msg91⟧' },
      }),
    );
  }

  /** Korea: KakaoTalk Alimtalk via NHN Cloud. */
  async alimtalk(phone: string, templateCode: string) {
    return firstValueFrom(
      this.http.post(
        '⟦n=https://api-alimtalk.cloud.toast.com⟧/alimtalk/v2.3/appkeys/' + process.env.NHN_APP_KEY + '/messages',
        { senderKey: '⟦s@hex:40⟧', templateCode, recipientList: [{ recipientNo: phone }] },
        { headers: { 'X-Secret-Key': '⟦s@alnum:8⟧' } },
      ),
    );
  }
}
