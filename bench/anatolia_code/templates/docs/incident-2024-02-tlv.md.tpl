# Incident 2024-02-19 — Tel Aviv locker outage / תקלה בלוקרים

⟦X=סודי⟧ · ⟦X=سري⟧ · Internal postmortem

## Timeline (IST)

- 07:40 — לוקרים בפלורנטין לא נפתחים. הנהג ⟦P:name(he)⟧ (טל׳ ⟦P:phone(il_nat)⟧) דיווח.
- 07:55 — on-call ⟦P:name(he_lat)⟧ connected to `⟦I=locker-admin.tlv.anatolia.internal⟧`.
- 08:10 — root cause: MQTT broker password rotated, lockers still had the old one.
  - סיסמה ישנה: `⟦S:pw(url)⟧`
  - סיסמה חדשה: `⟦S:pw(url)⟧`
- 08:30 — Dubai team (مشرف الوردية ⟦P:name(ar)⟧) confirmed the same firmware there; كلمة المرور: `⟦S:pw⟧` updated manually.
- 09:05 — resolved.

## Affected customer (escalated via Tabby support)

⟦P:name(he)⟧, ת.ז. ⟦P:tz⟧, ⟦P:addr(he)⟧, email ⟦P:email(he)⟧ — compensation 50₪ to IBAN ⟦P:iban(il)⟧.

## Action items

- [ ] Move locker secrets to provisioning (owner: ⟦X=Team Yakamoz⟧)
- [ ] Stop sharing passwords in Slack
- Reference: ⟦N=https://mosquitto.org/man/mosquitto_passwd-1.html⟧
- Commit with the fix: ⟦N:git_sha⟧
