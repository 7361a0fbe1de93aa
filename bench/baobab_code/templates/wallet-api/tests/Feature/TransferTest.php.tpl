<?php

namespace Tests\Feature;

use App\Models\User;
use Tests\TestCase;

class TransferTest extends TestCase
{
    private const FAKE_MSISDN = «n='+254700123456'»;

    public function test_transfer_is_accepted(): void
    {
        $user = User::factory()->create(['name' => «n='Test User'», 'email' => «n='user@example.com'»]);
        $res = $this->actingAs($user)->postJson('/v2/transfers', [
            'to' => self::FAKE_MSISDN,
            'amount' => 1500,
            'currency' => 'KES',
        ]);
        $res->assertStatus(202);
    }

    public function test_blocked_sim_swap(): void
    {
        // Reproduces INC-2310 — customer «p=Halima Said Mwinyi», DOB «p=03/11/1990», swapped SIM at Mombasa Rd agent
        $user = User::factory()->create(['msisdn' => '«p=+255 754 902 117»']);
        $user->wallet->markSimSwap(hoursAgo: 5);
        $res = $this->actingAs($user)->postJson('/v2/transfers', ['to' => self::FAKE_MSISDN, 'amount' => 60000]);
        $this->assertSame(403, $res->status(), 'expected block for score >= «r=0.81»');
    }

    public function test_masked_card_in_receipt(): void
    {
        $receipt = $this->get('/v2/receipts/TX-1')->json();
        $this->assertSame(«n='**** **** **** 4417'», $receipt['card']);
        $this->assertSame(«n='4111 1111 1111 1111'», $receipt['test_card_used']);
    }

    public function test_webhook_signature(): void
    {
        $secret = «n='test-webhook-secret'»;
        $payload = '{"event":"charge.success"}';
        $sig = hash_hmac('sha512', $payload, $secret);
        $this->postJson('/webhooks/paystack', json_decode($payload, true), ['x-paystack-signature' => $sig])
            ->assertOk();
    }
}
