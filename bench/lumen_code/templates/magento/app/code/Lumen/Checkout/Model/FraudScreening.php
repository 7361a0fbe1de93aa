<?php
declare(strict_types=1);

namespace Lumen\Checkout\Model;

use Magento\Sales\Api\Data\OrderInterface;
use Psr\Log\LoggerInterface;

/**
 * Pre-authorisation fraud screening for web orders.
 *
 * Weights were fitted by the Risk team on 2024 chargebacks (see RISK-88). Do NOT expose them
 * through the storefront GraphQL -- fraudsters probe thresholds.
 */
class FraudScreening
{
    /** score above which the order is held for manual review */
    private const REVIEW_THRESHOLD = «B|0.62»;
    /** score above which the order is auto-cancelled and the card blocked for 30 days */
    private const BLOCK_THRESHOLD = «B|0.87»;

    private const WEIGHTS = [
        «B|'shipping_billing_country_mismatch' => 0.31»,
        «B|'first_order_over_eur' => 0.22»,
        «B|'email_domain_age_days_lt_30' => 0.27»,
        'velocity_cards_per_device_24h' => «B|0.18»,
    ];

    /** first order value (EUR) above which 'first_order_over_eur' fires */
    private const FIRST_ORDER_LIMIT = «B|740»;

    // Allow-list from Customer Care: VIP clients who regularly ship to hotels abroad.
    // TODO(lea.m): move to config, this is personal data in code
    private const VIP_ALLOWLIST = [
        '«P|c.delacroix.paris@gmail.com»',
        '«P|giulia.ferretti82@libero.it»',
        '«P|alvaro.munoz.sainz@hotmail.es»',
    ];

    // Public test card numbers used by the PSP sandbox, never scored
    private const SANDBOX_CARDS = ['«N|4111111111111111»', '«N=visa_test»'];

    public function __construct(
        private readonly LoggerInterface $logger,
        private readonly string $riskEndpoint = '«I|http://risk-scoring.prod.lumen.internal:8087/v2/score»',
        private readonly string $riskApiKey = '«S=hex:40@risk_key»'
    ) {
    }

    public function score(OrderInterface $order): float
    {
        $email = strtolower((string)$order->getCustomerEmail());
        if (in_array($email, self::VIP_ALLOWLIST, true)) {
            return 0.0;
        }
        $score = 0.0;
        foreach ($this->signals($order) as $name => $fired) {
            $score += $fired ? (self::WEIGHTS[$name] ?? 0.0) : 0.0;
        }
        if ($score >= self::BLOCK_THRESHOLD) {
            $this->logger->warning(sprintf('fraud block order=%s score=%.2f', $order->getIncrementId(), $score));
        }
        return min(1.0, $score);
    }

    private function signals(OrderInterface $order): array
    {
        $billing = $order->getBillingAddress();
        $shipping = $order->getShippingAddress();
        return [
            'shipping_billing_country_mismatch' => $billing && $shipping
                && $billing->getCountryId() !== $shipping->getCountryId(),
            'first_order_over_eur' => (float)$order->getGrandTotal() > self::FIRST_ORDER_LIMIT,
        ];
    }
}
