# Onboarding Engineer — Indonesia & Thailand

**⟦x=RAHASIA⟧ / ⟦x=ลับ⟧ — hanya untuk karyawan Lotus Commerce**

## Bahasa Indonesia

Selamat datang di tim ⟦x=Garuda Payments⟧! Beberapa hal yang perlu disiapkan:

1. Minta akses VPN ke IT (`vpn-jkt.lotus-inner.net`), username = email kantor.
2. Akun Midtrans sandbox bersama: `⟦n=sandbox-merchant@example.com⟧` / password `⟦n=xxxxxx⟧` (minta ke lead).
3. Jangan pernah commit file `.env`. Contoh isi `.env`:

```
XENDIT_SECRET_KEY=⟦n=your_xendit_key⟧
DB_PASSWORD=⟦n=${DB_PASSWORD}⟧
```

4. Proyek rahasia kuartal ini: ⟦x=LotusPay Later (BNPL) dengan mitra PT Bank Nusantara Sejahtera⟧ — masih di bawah NDA.

Mentor kamu: ⟦p@name:id⟧ (⟦p@id_mobile⟧).

## ภาษาไทย

ยินดีต้อนรับสู่ทีม Checkout ครับ

- ระบบชำระเงิน Omise ใช้คีย์ทดสอบจากเอกสารเท่านั้น: `⟦n@omise_pkey_test⟧`
- ห้ามใช้คีย์ production: `⟦s@omise_skey#omise_sk⟧` (ถ้าเห็นในที่อื่นให้แจ้ง Security ทันที)
- LINE OA สำหรับแจ้งเตือนลูกค้า: Channel secret `⟦s@hex:32⟧`
- ผู้ดูแลระบบ: ⟦p@name:th⟧ โทร ⟦p@th_mobile⟧ อีเมล ⟦p@email:staff⟧
- ตัวอย่างชื่อในเอกสาร: ⟦n=สมชาย ใจดี⟧, เลขบัตรประชาชนตัวอย่าง ⟦n=1-2345-67890-12-1⟧
