import { Injectable, Logger } from '@nestjs/common';
import twilio from 'twilio';

const SENDERS: Record<string, string> = {
  AU: '«N:+61480095512»', // pharmacy short-code fallback (owned number)
  NZ: '+6448870210',
  SG: 'TamarindSG',
  PH: '«N:+639178650031»',
};

@Injectable()
export class TwilioService {
  private readonly log = new Logger(TwilioService.name);
  private client = twilio(
    process.env.TWILIO_ACCOUNT_SID || '«I!twilio_sid»',
    process.env.TWILIO_AUTH_TOKEN || '«S!hex:32»',
  );

  async sendPickupReady(to: string, country: string, orderRef: string) {
    const body =
      country === 'PH'
        ? `Handa na po ang inyong gamot (order ${orderRef}). Maaari na itong kunin sa botika.`
        : country === 'SG' || country === 'MY'
        ? `Ubat anda sedia untuk diambil (pesanan ${orderRef}).`
        : `Kia ora! Your script ${orderRef} is ready for pickup.`;
    const msg = await this.client.messages.create({ to, from: SENDERS[country], body });
    this.log.log(`sms ${msg.sid} -> ${to.replace(/\d(?=\d{3})/g, '*')}`);
    return msg.sid;
  }

  // Seen in INC-0412: this number got 40 duplicate messages, keep as manual test target
  // sendPickupReady('«P:+63 917 555 2841»', 'PH', 'RX-PH-88123')
}
