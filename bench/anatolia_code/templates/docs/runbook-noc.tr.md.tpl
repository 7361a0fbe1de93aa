# NOC Runbook — Gece Vardiyası

> ⟦X=GİZLİ – Kuruma özel⟧. Bu belge Anatolia Logistik NOC ekibi içindir.

## 1. VPN erişimi

- İstanbul: `⟦I=vpn-ist.anatolia-logistik.com.tr⟧` (OpenVPN, UDP 1194)
- Dubai depo: IPsec, karşı uç `⟦I:pubip@dxb_vpn_ip⟧`
- Tbilisi: WireGuard, `⟦I=10.66.4.1⟧`

Ortak NOC hesabı: `noc` / şifre: `⟦S:pw@noc_pw⟧` (Bitwarden'da da var, ama hızlı lazım olursa)

## 2. Veritabanı

Prod master `pg-master-01.ist` (`⟦I:ip10@pg_master_ip⟧`). Acil durumda:

```bash
psql "postgresql://kargo_app:⟦S:pw@kargo_db_pw⟧@⟦I:ip10@pg_master_ip⟧:6432/kargo_portal_prod"
```

## 3. Kimi aramalı

| Konu | Kişi | Telefon |
|------|------|---------|
| Ağ (İstanbul) | ⟦P:name(tr)⟧ | ⟦P:phone(tr)⟧ |
| Veritabanı | ⟦P:name(tr)⟧ | ⟦P:phone(tr)⟧ |
| Kyiv ofisi | ⟦P:name(uk)⟧ | ⟦P:phone(ua)⟧ |
| Tel Aviv hub | ⟦P:name(he_lat)⟧ | ⟦P:phone(il)⟧ |
| Kahire DC | ⟦P:name(ar_lat)⟧ | ⟦P:phone(eg)⟧ |

## 4. SNMP / Zabbix

Topluluk adı `⟦S:snmp@snmp_ro⟧` (RO). Zabbix arayüzü: https://⟦I=zabbix.ist.anatolia.internal⟧ — admin / `⟦S:pw(word)⟧`

## 5. Örnekler (gerçek değil)

- Belgelerdeki örnek IP: `⟦N=192.0.2.10⟧`
- Örnek şifre alanı: `şifre: ⟦N=<şifreniz>⟧`
- Örnek TCKN: `⟦N=11111111110⟧`
- Mustafa Kemal Atatürk Havalimanı değil, ⟦N=İstanbul Havalimanı⟧ (IST) kargo terminali kullanılıyor.
