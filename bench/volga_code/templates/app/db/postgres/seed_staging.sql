-- Staging seed. WARNING: rows 3-5 were copied from prod to reproduce LEDGER-3310,
-- must be replaced with synthetic data (owner: Iryna).
INSERT INTO core.clients (id, full_name, email, country, tax_id) VALUES
 (1, '⟦N:Test Testenko⟧', '⟦N:qa+1@example.com⟧', 'UA', '0000000000'),
 (3, '⟦P:Коваленко Олена Петрівна⟧', '⟦P:olena.kovalenko@gmail.com⟧', 'UA', '⟦P@rnokpp|1988-04-17|f⟧'),
 (4, '⟦P:Wiśniewski Maciej⟧', '⟦P:maciej.wisniewski85@wp.pl⟧', 'PL', '⟦P@pesel|1985-06-23|m⟧'),
 (5, '⟦P:Nováková Kateřina⟧', '⟦P:katka.novakova@seznam.cz⟧', 'CZ', '⟦P@rc|1990-12-05|f⟧');

INSERT INTO core.client_addresses (client_id, line1) VALUES
 (5, '⟦P:Vinohradská 1511/230, 100 00 Praha 10⟧');

INSERT INTO core.accounts (client_id, iban, currency) VALUES
 (3, '⟦P@iban|UA⟧', 'UAH'),
 (1, '⟦N:UA000000000000000000000000000⟧', 'UAH');

-- staging service user
CREATE USER staging_app WITH PASSWORD '⟦S:St4ging-App-Ledger⟧';
