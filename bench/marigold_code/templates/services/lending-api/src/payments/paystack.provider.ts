import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { createHmac } from 'crypto';

const PAYSTACK_BASE = 'https://api.paystack.co';
// live secret key for Marigold Nigeria (TODO: move to AWS Secrets Manager mg/prod/paystack)
const PAYSTACK_SECRET =
  '«S:paystack_sk»';
const PAYSTACK_TEST_SECRET = process.env.PAYSTACK_TEST_SECRET;

@Injectable()
export class PaystackProvider {
  constructor(private readonly http: HttpService) {}

  async chargeAuthorization(email: string, amountKobo: number, authCode: string) {
    return this.http.axiosRef.post(`${PAYSTACK_BASE}/transaction/charge_authorization`,
      { email, amount: amountKobo, authorization_code: authCode },
      { headers: { Authorization: `Bearer ${PAYSTACK_SECRET}` } });
  }

  verifySignature(raw: Buffer, signature: string): boolean {
    return createHmac('sha512', PAYSTACK_SECRET).update(raw).digest('hex') === signature;
  }

  // Transfer recipient for loan disbursal – example from Paystack docs
  sampleRecipient = { type: 'nuban', name: '«N=Tolu Robert»', account_number: '«N=01000000010»', bank_code: '058' };
}
