from core import S, P, I, X, N, fill, split
from fakes import *  # noqa


def files(W):
    out = {}
    e, c = W.emp, W.cust

    rows = []
    for i, p in enumerate(c[:1]):
        cardv = card(["visa", "mc", "amex"][i % 3])
        rows.append(f"  ({1000 + i}, '{P(p.name)}', '{P(p.email)}', '{P(p.phone)}', '{P(p.address)}', '{P(p.dob)}', '{P(cardv)}', '{P(p.ip)}'),")
    rows[-1] = rows[-1][:-1] + ";"
    out["db/seeds/001_customers.sql"] = fill('''-- Seed data for local/staging. Exportado de prod em 2024-02-01 (mascarar antes de usar!)
-- Owner: @@owner@@

CREATE DATABASE IF NOT EXISTS @@db@@;

CREATE TABLE IF NOT EXISTS customers (
  id            integer PRIMARY KEY,
  full_name     text NOT NULL,
  email         text,
  phone         text,
  address       text,
  date_of_birth text,
  card_number   text,
  signup_ip     inet
);

INSERT INTO customers (id, full_name, email, phone, address, date_of_birth, card_number, signup_ip) VALUES
@@rows@@

-- service users
CREATE USER reporting_ro WITH PASSWORD '@@ropw@@';
CREATE USER app_dev WITH PASSWORD '@@devph@@';

-- national ids kept for customs (KYC)
INSERT INTO customer_tax_ids (customer_id, scheme, value) VALUES
  (1000, 'DE-IdNr', '@@t1@@'),
  (1001, 'ES-DNI', '@@t2@@'),
  (1004, 'US-SSN', '@@t4@@'),
  (1005, 'BR-CPF', NULL);

-- order ids below are random UUIDs
INSERT INTO orders (id, customer_id, status) VALUES ('@@o1@@', 1000, 'DELIVERED'), ('@@o2@@', 1001, 'IN_TRANSIT');
''', owner=P(e[8].email), db=I("freight_core_staging"), rows="\n".join(rows),
        ropw=S(password()), devph=N("<set-me>"),
        t1=P(steuer_id()), t2=P(dni_es()), t4=P(ssn()), o1=N(uid()), o2=N(uid()))

    lines = ["consignee_id,name,email,phone,iban,country"]
    for i, p in enumerate(c[8:10]):
        lines.append(f"{2000 + i},{P(p.name)},{P(p.email)},\"{P(p.phone)}\",{P(p.iban)},{p.country}")
    lines.append("2099,Test Consignee,@@t1@@,000,@@t2@@,XX")
    out["services/dispatch-api/tests/fixtures/consignees.csv"] = fill("\n".join(lines) + "\n",
        t1=N("test.consignee@example.net"), t2=N("IBAN_PLACEHOLDER"))

    oc = e[2]
    out["docs/runbooks/incident-freight-db-failover.md"] = fill('''# Runbook: freight_core database failover

> **@@notice@@**

Owner: @@team@@ · Escalation: @@esc@@ (@@escphone@@)

## Topology

| role    | host                                   |
|---------|----------------------------------------|
| primary | `@@pg1@@`   |
| replica | `@@pg2@@` |
| pgbouncer | `@@bouncer@@` |

Grafana: see the "pg-overview" dashboard

## Steps

1. Connect through the bastion: `ssh -J @@juser@@@@@jump@@ postgres@@@ip2@@`
2. Promote the replica:

   ```bash
   export PGPASSWORD='@@pgpw@@'   # rotate after every failover!
   psql -h "$REPLICA_IP" -U postgres -c "SELECT pg_promote();"
   ```

3. Update PgBouncer: edit `/etc/pgbouncer/pgbouncer.ini` on the bouncer pod.
4. Post in `#inc-freight` and page @@team2@@.

## Notes

- The example in the upstream docs uses `@@docip@@` -- ignore, that is a documentation address.
- Public status page: https://status.ferrovia-logistics.com
- Credentials for the DBA console live in 1Password vault "@@vaultname@@" (never paste them here).
- Placeholder API key in screenshots: `@@phkey@@`
''', notice=X("INTERNAL - Ferrovia Logistics confidential. Do not share outside the company."),
        team=X("Team Stellwerk"), esc=P(oc.name), escphone=P(oc.phone),
        pg1=I(W.pg_host), pg2=I(W.pg_replica), ip2=I("10.40.3.22"),
        bouncer=I("pgbouncer.db.svc.cluster.local"), 
        juser=P(oc.username), jump=I(W.jump), pgpw=S(password("long")),
        team2=X("Stellwerk on-call"), docip=N("192.0.2.10"),
        vaultname=N("DBA-Prod"), phkey=N("<YOUR_API_KEY>"))

    out["README.md"] = fill('''# Ferrovia Logistics monorepo

@@notice@@

This repository contains the services behind the Ferrovia freight platform
(dispatch, billing, customs, telemetry) and the next-generation planning suite
**@@product@@** (launch planned for Q4 -- do not mention externally).

## Getting started

```bash
git clone git@@@gh@@:ferrovia/platform.git
cd platform
cp services/dispatch-api/.env.example services/dispatch-api/.env
docker compose up -d
```

Python packages come from @@pypi@@, JS packages from @@npm@@.
Container base images are pulled from `@@ecrpub@@`.

## Contacts

- Platform: @@team@@ -- @@lead@@ (@@leadmail@@)
- Security: security@ferrovia-logistics.com
- Example user for the docs: `@@exuser@@`

## Versioning

Releases follow semver; current platform release is `@@ver@@` (commit `@@sha@@`).
''', notice=X("CONFIDENTIAL: Proprietary and confidential information of Ferrovia Logistics GmbH."),
        product=X("Ferrovia FreightPilot 3"), gh=N("github.com"), pypi=N("https://pypi.org"),
        npm=N("https://registry.npmjs.org"), ecrpub=N("public.ecr.aws"), team=X("Team Stellwerk"),
        lead=P(e[6].name), leadmail=P(e[6].email), exuser=N("alice@example.com"), ver=N("2024.05.2"),
        sha=N(git_sha()))

    out["config/edi-partners.xml"] = fill('''<?xml version="1.0" encoding="UTF-8"?>
<!-- EDI partner endpoints. Vertraulich / Confidencial. -->
<partners>
  <partner id="DBCARGO" protocol="AS2">
    <endpoint>https://⟦i:as2.partner-gateway.ferrovia.intra⟧:4080/dbcargo</endpoint>
    <as2-id>FERROVIA-AS2</as2-id>
    <contact name="@@c1@@" email="@@c1m@@"/>
    <signing-key-password>@@kpw@@</signing-key-password>
  </partner>
  <partner id="MEDWAY" protocol="SFTP">
    <host>@@sftp@@</host>
    <port>22</port>
    <user>medway_out</user>
    <private-key><![CDATA[
@@key@@
]]></private-key>
  </partner>
  <partner id="RENFE" protocol="HTTPS">
    <endpoint>@@renfeurl@@</endpoint>
    <api-key>@@renfeenv@@</api-key>
    <fallback-api-key>@@renfekey@@</fallback-api-key>
  </partner>
  <partner id="SANDBOX" protocol="HTTPS">
    <endpoint>https://@@sandbox@@/edi</endpoint>
    <api-key>@@sandboxkey@@</api-key>
  </partner>
</partners>
''', c1=P(c[6].name), c1m=P(c[6].email), kpw=S(password("human")),
        sftp=I("10.40.77.9"), key=S(pem_pkcs8()), renfeurl=I("http://edi-renfe.ferrovia.lan:8443/inbound"),
        renfekey=S(api_key(32)), renfeenv=N("${RENFE_API_KEY}"), sandbox=N("edi.example.com"), sandboxkey=N("dummy-api-key"))

    out["services/telemetry-ingest/Cargo.toml"] = fill('''[package]
name = "telemetry-ingest"
version = "0.9.14"
edition = "2021"
authors = ["@@author@@"]
publish = ["ferrovia"]

[dependencies]
tokio = { version = "1.36", features = ["full"] }
rumqttc = "0.24"
influxdb2 = "0.5"
sqlx = { version = "0.7", features = ["postgres", "runtime-tokio"] }

[package.metadata.internal]
codename = "@@code@@"
registry = "sparse+https://@@reg@@/index/"
''', author=f"{P(e[7].name)} <{P(e[7].email)}>", code=X("FERRUGEM"), reg=I("cargo.build.ferrovia.intra"))

    return out
