# Runbook: nightly settlement failed

**Pager:** settlement-cron alerts in #ops-payments.

## 1. Check the job

```bash
kubectl -n «i=settlement-prod» get jobs --sort-by=.metadata.creationTimestamp | tail
kubectl -n settlement-prod logs job/settlement-cron-28512345
```

## 2. Connect to the ledger

Use the bastion (`ssh -J deploy@«i=bastion-ke.baobabpay.net»:2202 «i=10.40.14.5»`) then:

```bash
psql "host=«i=pg-ledger-01.int.baobabpay.net» dbname=ledger user=settlement"
# password is in Vault: vault kv get «n=secret/settlement/prod»
```

If Vault is down, the break-glass password is `«s:pwr:20»` (sealed envelope copy in the Nairobi safe).

## 3. Re-run for one corridor

```bash
settle --corridor=NG --dsn="$SETTLEMENT_DSN"
# local example:
settle --corridor=KE --dsn="«n=postgres://user:password@localhost:5432/ledger»"
```

## 4. Safaricom SFTP key

The settlement job authenticates to `sftp-b2b.safaricom.co.ke` with an ed25519 key.
Public half (already registered with Safaricom):

```
«n:ssh_pub» settlement@baobab
```

If the Vault copy is lost, the private key was pasted here during the Jan migration
(TODO: delete this section after re-keying):

```
«s:pem:ssh»
```

GitHub org owner recovery codes (break-glass): «s~{hex:5}-{hex:5} {hex:5}-{hex:5} {hex:5}-{hex:5}»

## 5. Tolerance

Diffs under KES 250 are written off automatically. Above that, escalate to
finance on-call (currently «p=Grace Wairimu Kariuki», «p=+254 733 207 915»).

## 6. Known issue

MTN NG files sometimes arrive with a BOM; the matcher rejects them. Strip it with
`sed -i '1s/^\xEF\xBB\xBF//'`. Last seen 2024-03-02, file sha256 «n:hex:64».
