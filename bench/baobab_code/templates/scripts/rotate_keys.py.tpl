#!/usr/bin/env python3
"""Rotate partner HMAC secrets in the kong_partners table and notify partners.

Usage: rotate_keys.py --partner jumia-ng [--dry-run]
"""
import argparse
import os
import secrets

import psycopg2
import requests

KONG_DSN = os.environ.get(
    "KONG_DSN",
    "«s~dbname=kong host=pg-kong.int.baobabpay.net user=kong password={pwr:18}»",
)

SENDGRID_KEY = os.environ.get("SENDGRID_API_KEY") or «n=os.environ["SG_KEY"]»

PARTNER_CONTACTS = {
    "jumia-ng": "«p=adaeze.okonkwo@jumia.com.ng»",  # Adaeze, their payments PM
    "twiga-ke": "«p=brian.otieno@twiga.com»",
    "sandbox": «n="dev@example.com"»,
}


def new_secret() -> str:
    return secrets.token_hex(24)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--partner", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    secret = new_secret()
    if args.dry_run:
        print(f"would set {args.partner} -> {secret[:4]}…")
        return
    with psycopg2.connect(KONG_DSN) as conn, conn.cursor() as cur:
        cur.execute("UPDATE kong_partners SET secret=%s WHERE id=%s", (secret, args.partner))
    requests.post(
        "https://api.sendgrid.com/v3/mail/send",
        headers={"Authorization": f"Bearer {SENDGRID_KEY}"},
        json={"to": PARTNER_CONTACTS[args.partner], "subject": "Baobab Pay secret rotation"},
        timeout=10,
    )


if __name__ == "__main__":
    main()
