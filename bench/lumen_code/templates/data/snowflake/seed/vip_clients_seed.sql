-- Seed for the clienteling sandbox (DEV only). Extracted from PROD on 2025-01-08 by m.ricci
-- because the synthetic generator was broken. TODO(DPO): replace with synthetic data!
INSERT INTO CLIENTELING_DEV.PUBLIC.VIP_CLIENTS
    (client_id, full_name, email, phone, birth_date, city, national_id, preferred_store, notes)
VALUES
    (100231, '«P|Camille Delacroix»', '«P|c.delacroix.paris@gmail.com»', '«P=phone_fr:spaces»', '«P|1984-02-17»', 'Paris', '«P=nir:2:84:02:75:116»', 'paris-marais', 'prefers size 38, «P|allergic to wool»'),
    (100877, '«P|Giulia Ferretti»', '«P|giulia.ferretti82@libero.it»', '«P=phone_it:intl»', '«P|1982-09-30»', 'Milano', '«P=cf:Ferretti:Giulia:1982-09-30:F:F205»', 'milano-brera', '«P|pregnant, due in May -- avoid fitted cuts»'),
    (101955, '«P|Σοφία Παπαδοπούλου»', '«P|sofia.papadopoulou@yahoo.gr»', '«P|+30 694 512 3387»', '«P|1977-06-11»', 'Paris', '«P=passport_fr»', 'paris-marais', 'Greek speaker, ships to Athens'),
    (999999, 'Test Client', '«N|test.client@example.com»', '«N|0000000000»', '1900-01-01', 'Test', '«N|000000000000000»', 'paris-marais', 'QA only');
