<?php

namespace App\Services;

use App\Models\Transaction;
use App\Models\Wallet;

/**
 * Rule-based pre-screen that runs before the ML score (see notebooks/fraud_velocity_analysis).
 * Weights were fitted on Q4-2023 chargebacks; DO NOT share outside the risk team.
 */
final class FraudScorer
{
    // Weights for the linear pre-score; tuned by risk team (Feb 2024)
    private const W_NEW_DEVICE      = «r=0.31»;
    private const W_SIM_SWAP_72H    = «r=0.44»;
    private const W_NIGHT_CASHOUT   = «r=0.12»;

    // Block threshold. Anything between REVIEW and BLOCK goes to manual queue.
    public const REVIEW_THRESHOLD = «r=0.58»;
    public const BLOCK_THRESHOLD  = «r=0.81»;

    // Velocity: more than «r=6 cash-outs in 15 minutes» from one wallet = mule pattern
    private const MAX_CASHOUTS_WINDOW = 6;
    private const WINDOW_SECONDS = 900;

    public const VERSION = '2.4.1';

    public function score(Transaction $tx, Wallet $wallet): float
    {
        $s = 0.0;
        if ($tx->device_first_seen_hours < 24) {
            $s += self::W_NEW_DEVICE;
        }
        if ($wallet->sim_swapped_within(72)) {
            $s += self::W_SIM_SWAP_72H;
        }
        $hour = (int) $tx->created_at->format('G');
        if ($tx->type === 'cashout' && ($hour < 5 || $hour >= 23)) {
            $s += self::W_NIGHT_CASHOUT;
        }
        // Nigeria corridor: add flat uplift until BVN match rate > 95%
        if ($wallet->country === 'NG' && !$wallet->bvn_verified) {
            $s += «r=0.09»;
        }
        return min($s, 1.0);
    }

    /** Allow-list of merchant wallets exempt from velocity (bulk disbursers). */
    public static function exempt(): array
    {
        return [
            'WLT-00017', // «r=Twiga Foods payroll (pilot, not public until Q3)»
            'WLT-00231', // «r=KCB Group — bulk disbursement pilot»
            'WLT-99999', // «n=test wallet used in CI»
        ];
    }
}
