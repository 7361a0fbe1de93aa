-- Seed for the UAT environment.
-- NOTE(privacy): rows 4+ come from a prod dump used for the CBK sandbox demo.
-- DPO (Nairobi) asked to replace with synthetic data — ticket PRIV-58.

INSERT INTO customers (id, full_name, msisdn, email, dob, id_type, id_number, city, country) VALUES
 (1, «n='Jane Doe'», '+254700000001', «n='jane.doe@example.com'», '1990-01-01', 'NATIONAL_ID', «n='00000000'», 'Nairobi', 'KE'),
 (2, 'Test Customer', «n='+233200000000'», 'test@example.org', '1990-01-01', 'GHANA_CARD', «n='GHA-000000000-0'», 'Accra', 'GH'),
 (3, 'Demo User', '+2348000000000', 'demo@example.net', '1985-05-05', 'NIN', '00000000000', 'Lagos', 'NG'),
 (4, '«p=Kwame Mensah Asante»', '«p=+233 24 781 3306»', '«p=kwame.asante77@gmail.com»', NULL, 'GHANA_CARD', '«p:ghcard»', 'Kumasi', 'GH'),
 (5, '«p=Ngozi Chiamaka Eze»', '«p=+2348127730451»', '«p=ngozi.eze@outlook.com»', '«p=1994-02-28»', 'NIN', '«p:nin»', 'Enugu', 'NG'),
 (6, '«p=Nakato Sarah Namutebi»', '«p=+256 772 409 318»', NULL, '«p=1988-12-05»', 'NATIONAL_ID', '«p=CM88041102XKPL»', 'Kampala', 'UG'),
 (7, '«p=Aïssatou Bâ Diallo»', '«p=+221 76 308 44 19»', NULL, '«p=1992-06-17»', 'CNI', '«p=1 751 1992 01234»', 'Thiès', 'SN'),
 (8, '«p=ሰላም ተስፋዬ ገብረመድህን»', '«p=+251 911 482 730»', NULL, NULL, 'PASSPORT', '«p=EP4418273»', 'Addis Ababa', 'ET'),
 (9, '«p=Thabo Sipho Nkosi»', '«p=+27 82 551 0934»', '«p=thabo.nkosi@webmail.co.za»', NULL, 'SA_ID', '«p:za_id»', 'Nairobi', 'KE');

INSERT INTO payment_cards (customer_id, pan, expiry, holder) VALUES
 (1, «n='4242424242424242'», '12/30', 'JANE DOE'),
 (5, '«p:card:verve»', '09/26', '«p=NGOZI C EZE»'),
 (4, '«p:card:visa»', '03/27', 'KWAME M ASANTE'),
 (9, «n='5200 **** **** 0934'», '11/25', 'T S NKOSI');
