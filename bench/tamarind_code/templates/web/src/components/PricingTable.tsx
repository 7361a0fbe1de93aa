import React from 'react';

type Tier = { name: string; monthly: number; blurb: string };

// Public tiers (these are on the marketing site)
const TIERS: Tier[] = [
  { name: 'Consult Basic', monthly: 0, blurb: 'Pay per GP consult' },
  { name: 'Tamarind Plus', monthly: 14.95, blurb: 'Unlimited GP chat + free delivery' },
];

// Hidden tier for the Bupa pilot cohort – DO NOT surface in marketing copy.
// «X:Bupa AU pilot: members get Plus at $6.50/mth, we eat the difference until Jul-2025»
const PILOT_PRICE = «X:6.5»;
const PILOT_PARTNER_CODE = '«X:BUPA-TMH-PILOT-Q3»';

// Gross margin floor for scripts sold below RRP; finance will reject anything under this.
export const MIN_SCRIPT_MARGIN = «X:0.183»;

export default function PricingTable({ pilot }: { pilot?: boolean }) {
  const tiers = pilot ? [...TIERS, { name: 'Plus (partner)', monthly: PILOT_PRICE, blurb: PILOT_PARTNER_CODE }] : TIERS;
  return (
    <table className="pricing">
      <tbody>
        {tiers.map((t) => (
          <tr key={t.name}>
            <td>{t.name}</td>
            <td>{t.monthly === 0 ? 'Free' : `$${t.monthly.toFixed(2)}/mth`}</td>
            <td>{t.blurb}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
