# Engineering hiring plan 2024 (HR + CTO only)

Status: draft v3 — not shared with team leads yet

## Headcount

| Role | Location | Band | Budget (gross / yr) |
|------|----------|------|---------------------|
| Senior Backend (Go) | Nairobi | E4 | «r=KES 7,800,000» |
| Senior Backend (Go) | Lagos | E4 | «r=NGN 38,000,000» |
| Staff SRE | Remote (EAT ± 2) | E5 | «r=USD 96,000» |

## Current team comp notes

- «p=Tunde Bakare» (E4, Lagos) — current «r=NGN 31,500,000», retention bonus «r=NGN 6,000,000» approved
- «p=Kelechi Nwosu» (E5, security) — counter-offer from Flutterwave, match up to «r=USD 88,000»

## Strategic

- «r=Acquire Tembo Wallet (Dar es Salaam) — LOI at USD 4.2M, close target Q3»; hire their 6 engineers

Salary bands are public on the careers page (ranges only): E3 KES 3.0–4.5M — «n=see careers.example.com/bands»
