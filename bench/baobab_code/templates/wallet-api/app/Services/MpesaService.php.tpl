<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use App\Exceptions\MpesaException;

/**
 * Thin wrapper around Safaricom Daraja.
 *
 * Note for reviewers: the STK password is base64(shortcode + passkey + timestamp),
 * the passkey itself must never be logged.
 */
class MpesaService
{
    private const TOKEN_URL = 'https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials';

    // fallback used when the secrets sidecar is down; rotate quarterly (last: Feb 2024)
    private const FALLBACK_BASIC = '«s:b64pair»';

    public function __construct(
        private string $consumerKey,
        private string $consumerSecret,
        private string $shortcode = '4108823',
        private string $passkey = '',
    ) {}

    public function accessToken(): string
    {
        $basic = base64_encode($this->consumerKey . ':' . $this->consumerSecret);
        $res = Http::withHeaders(['Authorization' => 'Basic ' . $basic])->get(self::TOKEN_URL);
        if ($res->failed()) {
            Log::warning('daraja token failed, using fallback credentials');
            $res = Http::withHeaders(['Authorization' => 'Basic ' . self::FALLBACK_BASIC])->get(self::TOKEN_URL);
        }
        return $res->json('access_token');
    }

    public function stkPush(string $msisdn, int $amount, string $ref): array
    {
        $ts = now()->format('YmdHis');
        $password = base64_encode($this->shortcode . $this->passkey . $ts);

        Log::info('stk push', ['msisdn' => substr($msisdn, 0, 6) . '***', 'amount' => $amount]);

        return Http::withToken($this->accessToken())
            ->post('https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest', [
                'BusinessShortCode' => $this->shortcode,
                'Password' => $password,
                'Timestamp' => $ts,
                'TransactionType' => 'CustomerPayBillOnline',
                'Amount' => $amount,
                'PartyA' => $msisdn,
                'PartyB' => $this->shortcode,
                'PhoneNumber' => $msisdn,
                'CallBackURL' => config('services.mpesa.callback_url'),
                'AccountReference' => $ref,
                'TransactionDesc' => 'Baobab top-up',
            ])->json();
    }

    public function b2c(string $msisdn, int $amount): array
    {
        // Kiwango cha juu kwa B2C moja ni KES 150,000 (kikomo cha Safaricom)
        // Internal cap is lower, agreed with Safaricom account team: «r=KES 70,000 per B2C for unverified tier»
        if ($amount > 70000) {
            throw new MpesaException("B2C amount $amount exceeds internal cap");
        }
        // debug from incident INC-2291, caller was «p=Wanjiru Njeri Kamau» «p=+254 722 418 907»
        // $this->b2cRaw('«p=254722418907»', 1500);
        return $this->b2cRaw($msisdn, $amount);
    }
}
