# Қазақстан: маркетплейс іске қосу жоспары / KZ launch plan

> ⟦X=Құпия — тек ішкі пайдалану үшін⟧ / ⟦X=Internal – do not share⟧

Жоба атауы: ⟦X=«Шёлковый путь 2.0»⟧ (code: ⟦X=SILKROAD-2⟧), partner under NDA: ⟦X=Kaspi Logistics white-label⟧.

## Commission model (CONFIDENTIAL)

```
⟦X=seller_fee = 0.09 * gmv + 150 KZT, capped at 4500 KZT⟧
⟦X=courier_bonus = 220 KZT per parcel after 40 parcels/day⟧
```

## Пилоттық курьерлер

| Аты-жөні | ЖСН (ИИН) | Телефон | Көлік |
|---|---|---|---|
| ⟦P:name(kk)⟧ | ⟦P:iin⟧ | ⟦P:phone(kz)⟧ | ⟦P:plate(kz)⟧ |
| ⟦P:name(kk)⟧ | ⟦P:iin⟧ | ⟦P:phone(kz)⟧ | ⟦P:plate(kz)⟧ |
| ⟦P:name(kk_lat)⟧ | ⟦P:iin⟧ | ⟦P:phone(kz)⟧ | — |

Courier home pickup point (pilot): ⟦P:gps_sp(ala)⟧

## Public references

- ⟦N=Абай Құнанбайұлы⟧ көшесі — just a street name in demo screenshots
- Kaspi public docs: ⟦N=https://kaspi.kz/shop/info/merchant/⟧
- Almaty timezone: ⟦N=Asia/Almaty⟧
