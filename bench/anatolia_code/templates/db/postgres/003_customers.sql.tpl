-- 003_customers.sql — PostgreSQL 15
-- Müşteri tabloları + ilk yükleme (pilot: İstanbul, Tel Aviv, Dubai)
-- ⟦X=KVKK kapsamında GİZLİ veri içerir⟧

CREATE ROLE app_customers LOGIN PASSWORD '⟦S:pw⟧';
CREATE ROLE bi_reader LOGIN PASSWORD '⟦S:pw(url)⟧' VALID UNTIL '2025-12-31';
-- CREATE ROLE dev LOGIN PASSWORD '⟦N=CHANGE_ME⟧';  -- local only

CREATE TABLE customers (
    id              bigserial PRIMARY KEY,
    full_name       text        NOT NULL,
    national_id     varchar(20),
    phone           varchar(32) NOT NULL,
    email           text,
    birth_date      date,
    address         text,
    iban            varchar(34),
    created_at      timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN customers.national_id IS 'TCKN (TR), ת.ז. (IL), Emirates ID (AE) — maskelenmeden loglanmaz';

INSERT INTO customers (full_name, national_id, phone, email, birth_date, address, iban) VALUES
  ('⟦P:name(tr)⟧', '⟦P:tckn⟧', '⟦P:phone(tr)⟧', '⟦P:email(last)⟧', to_date('⟦P:dob⟧','DD.MM.YYYY'), '⟦P:addr(tr)⟧', '⟦P:iban(tr)⟧'),
  ('⟦P:name(tr)⟧', '⟦P:tckn⟧', '⟦P:phone(tr_nat)⟧', NULL, NULL, '⟦P:addr(tr)⟧', NULL),
  ('⟦P:name(he)⟧', '⟦P:tz⟧', '⟦P:phone(il_nat)⟧', '⟦P:email(he)⟧', NULL, '⟦P:addr(he)⟧', '⟦P:iban(il)⟧'),
  ('⟦P:name(ar)⟧', '⟦P:emirates_id⟧', '⟦P:phone(ae)⟧', NULL, NULL, '⟦P:addr(ae)⟧', '⟦P:iban(ae)⟧'),
  ('⟦P:name(ar)⟧', '⟦P:saudi_id⟧', '⟦P:phone(ae_e164)⟧', '⟦P:email(ar)⟧', NULL, NULL, NULL),
  ('Test Kullanıcı', '⟦N=11111111110⟧', '⟦N=+90 000 000 00 00⟧', '⟦N=test@example.com⟧', NULL, NULL, NULL);

GRANT SELECT, INSERT, UPDATE ON customers TO app_customers;
GRANT SELECT ON customers TO bi_reader;
