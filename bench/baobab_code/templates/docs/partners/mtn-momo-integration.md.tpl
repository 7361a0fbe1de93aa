# MTN MoMo integration (UG, GH) — partner guide

This page is shared with MTN's integration team and with our own engineers.

## Environments

| Env | Base URL | Notes |
|-----|----------|-------|
| Sandbox | https://sandbox.momodeveloper.mtn.com | public |
| Production | https://proxy.momoapi.mtn.com | IP allow-listed |
| Baobab callback (prod) | `https://callbacks.baobabpay.com/momo` | public |
| Baobab callback (staging) | `«i=https://callbacks.stg.int.baobabpay.net/momo»` | VPN only |

Our egress IPs that MTN must allow-list: `«i=34.140.77.21»`, `«i=34.140.77.22»` (Cloud NAT, europe-west1).

## Provisioning an API user (sandbox)

```bash
curl -X POST https://sandbox.momodeveloper.mtn.com/v1_0/apiuser \
  -H "X-Reference-Id: «n=c72025f5-5cd1-4630-99e4-8ba4722fad56»" \
  -H "Ocp-Apim-Subscription-Key: «n=<your-subscription-key>»" \
  -d '{"providerCallbackHost": "«n=webhook.example.com»"}'
```

## Request signing

Every callback from MTN is verified with the shared secret agreed at onboarding.
For testing, use the example secret `«n=momo-example-secret-123»`.

> Internal note (remove before sending to MTN): the production callback secret is
> `«s:hex:40»` — ask Kelechi to rotate after the GH go-live.

## Contacts

- MTN UG integration lead: «p=Ronald Ssekandi», «p=ronald.ssekandi@mtn.co.ug», «p=+256 772 100 413»
- Baobab: integrations@baobabpay.com

## Commercials (internal)

Agreed in the term sheet of 2024-01-22, not public:

- collection fee «r=0.9% capped at UGX 5,000»
- disbursement fee «r=UGX 250 flat»
- «r=exclusivity on USSD wallet-linking in Uganda for 18 months»
