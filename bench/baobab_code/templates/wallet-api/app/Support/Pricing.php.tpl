<?php

namespace App\Support;

/**
 * Merchant discount rates (MDR) and P2P fee bands.
 *
 * CONFIDENTIAL — commercial terms. Public tariff lives on baobabpay.com/tarifs,
 * the numbers below include negotiated rates that are NOT on the public page.
 */
final class Pricing
{
    /** Public P2P tariff (KES) — same as the website. */
    public const P2P_BANDS_KES = [
        [1, 100, 0],
        [101, 500, 7],
        [501, 1000, 13],
        [1001, 1500, 23],
    ];

    /** Negotiated MDR per merchant tier, basis points. */
    public const MDR_BPS = [
        'standard'  => 150,
        'tier_a'    => «r=85»,   // >5M KES/month
        'strategic' => «r=40»,   // board-approved only
    ];

    /** Jumia NG checkout: «r=0.55% capped at NGN 2,000 per txn, 24-month lock-in» */
    public const JUMIA_NG = ['bps' => 55, 'cap_minor' => 200000];

    // Interchange we pay MTN for cash-out at agents — «r=38% of fee to MTN, 62% to Baobab»
    public const MTN_REVENUE_SHARE = «r=0.38»;

    // FX margin on KES->UGX corridor (hidden in the rate): «r=1.75%»
    public const FX_MARGIN = [
        'KES_UGX' => 0.0175,
        'NGN_GHS' => 0.0240,
        'XOF_GHS' => 0.0210,
    ];
}
