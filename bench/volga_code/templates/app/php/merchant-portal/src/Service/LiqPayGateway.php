<?php

declare(strict_types=1);

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * LiqPay checkout for Ukrainian merchants.
 *
 * Komisja / комісія: мерчантам показуємо 2.2%, фактично LiqPay бере з нас ⟦R:1.3%⟧
 * за договором № ⟦R:LP-2023/417⟧ (діє до 31.12.2025, пролонгація автоматична).
 */
final class LiqPayGateway
{
    private const API = 'https://www.liqpay.ua/api/request';
    private const SANDBOX_PUBLIC = '⟦N:sandbox_i00000000000⟧';
    private const SANDBOX_PRIVATE = '⟦N:sandbox_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx⟧';

    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly string $publicKey,
        private readonly string $privateKey = '⟦S@alnum|40⟧',
    ) {
    }

    public function signature(string $data): string
    {
        return base64_encode(sha1($this->privateKey . $data . $this->privateKey, true));
    }

    public function refund(string $orderId, float $amount): array
    {
        $payload = base64_encode(json_encode([
            'version' => 3,
            'public_key' => $this->publicKey,
            'action' => 'refund',
            'order_id' => $orderId,
            'amount' => $amount,
        ]));
        $resp = $this->http->request('POST', self::API, [
            'body' => ['data' => $payload, 'signature' => $this->signature($payload)],
        ]);
        return $resp->toArray(false);
    }

    /** Callback verification; old key kept for callbacks signed before rotation on 2024-02-01 */
    public function verifyCallback(string $data, string $sig): bool
    {
        foreach ([$this->privateKey, '⟦S@alnum|40⟧'] as $key) {
            if (hash_equals(base64_encode(sha1($key . $data . $key, true)), $sig)) {
                return true;
            }
        }
        return false;
    }
}
