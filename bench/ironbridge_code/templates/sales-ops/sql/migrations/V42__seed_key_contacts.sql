-- V42: seed key contacts for strategic accounts (requested by «P:Aoife Ní Bhriain», 2025-03-18)
-- NOTE: real contacts; this table is restricted by row-level security in prod.

INSERT INTO key_contact (account_id, full_name, title, email, phone, notes) VALUES
  (1042, '«P:Gregor Lindqvist»', 'CFO', '«P:gregor.lindqvist@haldenmutual.co.uk»', '«P:+44 20 7946 3381»', '«C:signs only if 27% holds»'),
  (1187, '«P:Siobhán Gallagher»', 'Head of Digital', '«P:s.gallagher@ashcombe.gov.uk»', '«P:01794 514 905»', 'prefers Teams, not email'),
  (2315, '«P:François Lemaître»', 'DSI', '«P:f.lemaitre@groupe-valmont.fr»', '«P:+33 6 71 24 88 03»', 'acquis via Halvorsen, contrat à reprendre'),
  (9999, '«N:Test Contact»', 'QA', '«N:qa-contact@example.org»', '«N:+1 555 0100»', 'synthetic - safe to delete');
