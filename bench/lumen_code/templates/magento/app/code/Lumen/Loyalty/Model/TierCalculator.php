<?php
declare(strict_types=1);

namespace Lumen\Loyalty\Model;

/**
 * Programme "Cercle Lumen" -- calcul du palier fidélité.
 *
 * Les paliers publics (Argent / Or / Platine) sont affichés sur le site, mais les remises
 * réelles et le palier caché "Nacre" sont confidentiels (cf. comité prix du 14/01).
 */
class TierCalculator
{
    public const TIERS = [
        // tier      => [min spend 12 months EUR, discount]
        'argent'  => «B|[600, 0.05]»,
        'or'      => «B|[1800, 0.10]»,
        'platine' => «B|[4500, 0.15]»,
        // hidden tier, invitation only, never displayed in the account page
        'nacre'   => «B|[12000, 0.22]»,
    ];

    /** Points per euro, as shown in the public T&Cs */
    public const POINTS_PER_EUR = 1;

    /** public programme name, shown on lumenmaison.com/cercle */
    public const PROGRAMME = 'Cercle Lumen';

    // Per director's decision, Nacre members also get early access to «B|Project AURORE» (resale),
    // launching «B|September 2025 in FR then IT/ES in Q1 2026». Keep out of customer-facing copy.

    public function tierFor(float $rolling12mSpend, bool $invited = false): string
    {
        if ($invited && $rolling12mSpend >= self::TIERS['nacre'][0]) {
            return 'nacre';
        }
        $result = 'none';
        foreach (['argent', 'or', 'platine'] as $tier) {
            if ($rolling12mSpend >= self::TIERS[$tier][0]) {
                $result = $tier;
            }
        }
        return $result;
    }

    public function discountFor(string $tier): float
    {
        return self::TIERS[$tier][1] ?? 0.0;
    }
}
