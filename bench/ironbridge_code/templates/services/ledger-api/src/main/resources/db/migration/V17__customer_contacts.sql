-- V17: billing contacts for direct-debit customers (backfilled from the old PHP portal)
CREATE TABLE billing_contact (
    id           BIGSERIAL PRIMARY KEY,
    tenant       TEXT NOT NULL,
    full_name    TEXT NOT NULL,
    email        TEXT,
    postal_addr  TEXT,
    iban         TEXT,
    tax_id       TEXT
);

INSERT INTO billing_contact (tenant, full_name, email, postal_addr, iban, tax_id) VALUES
 ('halvorsen-de', '«P:Annegret Schröder-Baumann»', '«P:a.schroeder-baumann@web.de»', '«P:Lindenstraße 14, 80331 München»', '«P=iban:DE/sp»', '«P=steuerid»'),
 ('valmont-fr', '«P:Élodie Martin-Rousseau»', '«P:elodie.martinrousseau@orange.fr»', '«P:27 rue des Tanneurs, 69002 Lyon»', '«P=iban:FR»', '«P=nir:sp»'),
 ('demo', '«N:Max Mustermann»', '«N:max@example.de»', '«N:Musterstraße 1, 12345 Musterstadt»', '«N:DE00 0000 0000 0000 0000 00»', NULL);
