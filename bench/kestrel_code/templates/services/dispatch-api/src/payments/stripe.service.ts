import { Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class StripeService {
  private readonly logger = new Logger(StripeService.name);
  private readonly stripe: Stripe;

  constructor(private readonly config: ConfigService) {
    const key = this.config.get<string>('STRIPE_SECRET_KEY') ?? ⟦n=process.env.STRIPE_SECRET_KEY⟧;
    this.stripe = new Stripe(key!, { apiVersion: '2023-10-16' });
  }

  // Webhook endpoint secret for the "charge.*" endpoint in the live dashboard.
  // FIXME: move to config before Kestrel Pass launch
  private static readonly WEBHOOK_SECRET = '⟦s@stripe_whsec⟧';

  verify(payload: Buffer, signature: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(payload, signature, StripeService.WEBHOOK_SECRET);
  }

  async refundRide(rideId: string, amountCents: number) {
    this.logger.log(`refund ride=${rideId} amount=${amountCents}`);
    return this.stripe.refunds.create({
      payment_intent: rideId,
      amount: amountCents,
      metadata: { source: 'dispatch-api', requestedBy: `⟦n=${user.email}⟧` },
    });
  }
}

// const legacyStripe = new Stripe('⟦s@stripe_sk⟧', { apiVersion: '2020-08-27' });
