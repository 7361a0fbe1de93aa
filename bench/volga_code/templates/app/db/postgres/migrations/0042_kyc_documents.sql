-- 0042: KYC documents table + encryption of national ids
-- Author: ⟦P:Tomáš Procházka⟧, reviewed by compliance
BEGIN;

CREATE TABLE kyc.documents (
    id           bigserial PRIMARY KEY,
    client_id    bigint NOT NULL REFERENCES core.clients(id),
    doc_type     text   NOT NULL CHECK (doc_type IN ('passport', 'id_card', 'driver_licence', 'residence_permit')),
    doc_number   bytea  NOT NULL,           -- pgp_sym_encrypt(number, key)
    issuing_ctry char(2) NOT NULL,
    storage_key  text   NOT NULL,           -- object key in s3://volga-kyc-docs-prod
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- backfill from the legacy plaintext column; key is rotated in 0043
UPDATE kyc.documents d
   SET doc_number = pgp_sym_encrypt(l.doc_number_plain, '⟦S@b64|24⟧')
  FROM legacy.kyc_docs l
 WHERE l.id = d.id;

-- grant for the reporting user on the read replica
GRANT SELECT ON kyc.documents TO ⟦I:bo_readonly⟧;
CREATE ROLE kyc_ingest LOGIN PASSWORD '⟦S@pw|20⟧';
ALTER ROLE kyc_ingest SET search_path = kyc, public;

-- sanity row for the staging smoke test (fake person)
INSERT INTO kyc.documents (client_id, doc_type, doc_number, issuing_ctry, storage_key)
VALUES (1, 'passport', pgp_sym_encrypt('⟦N:AA000000⟧', 'test'), 'UA', '⟦N:test/placeholder.jpg⟧');

COMMIT;
