#!/usr/bin/env python3
"""One-off: backfill missed driver payouts for the 2024-02-29 leap-day bug (PAY-2290).

Run from the bastion:  python3 backfill_payouts.py --dry-run
"""
import argparse
import csv
import sys

import psycopg2
import stripe

# bastion: ⟦i=bastion-01.mgmt.kestrel-internal.net⟧ (⟦i=10.40.0.12⟧)
DSN = "host=⟦i=pg-ledger-primary.prod.kestrel-internal.net⟧ dbname=⟦i=ledger_prod⟧ user=ledger_rw password=⟦s@urlpw⟧ sslmode=require"
stripe.api_key = "⟦s@stripe_rk⟧"  # restricted: transfers:write only

AFFECTED = [
    # driver_id, name, amount_cents  (from the finance sheet ⟦p=Lucía Fernández⟧ sent)
    ("drv_8812", "⟦p=Marcus Whitfield⟧", 48210),
    ("drv_9034", "⟦p=Ananya Krishnamurthy⟧", 39955),
    ("drv_1177", "⟦p=Étienne Lafleur⟧", 51070),
]


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    conn = psycopg2.connect(DSN)
    with conn, conn.cursor() as cur:
        for driver_id, name, cents in AFFECTED:
            cur.execute("SELECT stripe_account FROM drivers WHERE id = %s", (driver_id,))
            (acct,) = cur.fetchone()
            print(f"{driver_id} {name}: {cents/100:.2f} -> {acct}")
            if not args.dry_run:
                stripe.Transfer.create(amount=cents, currency="usd", destination=acct,
                                       idempotency_key=f"pay-2290-{driver_id}")
    w = csv.writer(sys.stdout)
    w.writerow(["done", len(AFFECTED)])


if __name__ == "__main__":
    main(sys.argv[1:])
