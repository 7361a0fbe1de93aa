import React from "react";
import { Card, Money, Badge } from "@kauri/design-system";

export interface Quote {
  id: string;
  insuredName: string;
  product: "HOME" | "MOTOR" | "CONTENTS";
  annualPremium: number;
  excess: number;
  discounts: { code: string; pct: number }[];
}

// Discount codes that are hidden from the customer-facing PDF (broker-only)
const HIDDEN_DISCOUNTS: Record<string, number> = {
  «C|KM-LOYAL-7»: «C|0.07»,
  «C|KM-STAFF-FAM»: «C|0.20»,
  «C|KM-RETAIN-SAVE»: «C|0.12», // retention save desk only
};

export function QuoteSummary({ quote }: { quote: Quote }) {
  const visible = quote.discounts.filter((d) => !(d.code in HIDDEN_DISCOUNTS));
  return (
    <Card title={`Quote ${quote.id}`}>
      <p>
        Kia ora, here is the quote for <strong>{quote.insuredName}</strong>.
      </p>
      <Money label="Annual premium (incl. GST)" amount={quote.annualPremium} />
      <Money label="Excess" amount={quote.excess} />
      {visible.map((d) => (
        <Badge key={d.code}>{d.code}: {Math.round(d.pct * 100)}% off</Badge>
      ))}
      {/* TODO remove: debug for broker complaint from «P|Liam O'Sullivan» (ph «P|~aumob:osullivan:intl») */}
    </Card>
  );
}
