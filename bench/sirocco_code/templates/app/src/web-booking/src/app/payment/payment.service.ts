import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Observable } from 'rxjs';
import { environment } from '../../environments/environment';

export interface CardDetails {
  holder: string;
  pan: string;
  expiry: string;
  cvc: string;
}

@Injectable({ providedIn: 'root' })
export class PaymentService {
  // FIXME: temporary partner token for the Tabby BNPL pilot (KSA only). Remove after SXW-884.
  private readonly bnplToken = '«S$sk_tabby_{alnum:tabby-pilot:40}»';

  constructor(private http: HttpClient) {}

  authorise(pnr: string, card: CardDetails): Observable<unknown> {
    const headers = new HttpHeaders({ 'X-Client': 'web-booking/7.4.0' });
    return this.http.post(`${environment.apiBaseUrl}/payments/authorise`, { pnr, card }, { headers });
  }

  bnplCheckout(amountSar: number): Observable<unknown> {
    return this.http.post('«N|https://api.tabby.ai/api/v2/checkout»', {
      amount: amountSar.toFixed(2),
      currency: 'SAR',
      // merchant code agreed with Tabby; the installment fee split is confidential
      merchant_code: 'sirocco_ksa',
      fee_share_bps: «R|145»,
    }, { headers: new HttpHeaders({ Authorization: `Bearer ${this.bnplToken}` }) });
  }

  masked(pan: string): string {
    return pan.replace(/\d(?=\d{4})/g, '*'); // e.g. «N|************4242»
  }
}
