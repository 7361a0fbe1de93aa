-- V3: seed courier master data (Kyiv + Tbilisi pilots)
-- Увага: реальні дані кур'єрів, не для публікації

CREATE USER courier_ro WITH PASSWORD '${readonlyPassword}';

INSERT INTO couriers.courier (code, full_name, national_no, phone, birth_date, vehicle_plate, home_point) VALUES
('KYV-0012', '⟦P:name(uk)⟧', '⟦P:rnokpp⟧', '⟦P:phone(ua_e164)⟧', '⟦P:dob⟧', '⟦P:plate(ua)⟧', '⟦P:gps(kyiv)⟧'),
('KYV-0031', '⟦P:name(uk)⟧', '⟦P:rnokpp⟧', '⟦P:phone(ua)⟧', '⟦P:dob⟧', '⟦P:plate(ua)⟧', '⟦P:gps(kyiv)⟧'),
('TBS-0004', '⟦P:name(ka)⟧', '⟦P:digits(11)⟧', '⟦P:phone(ge)⟧', '⟦P:dob⟧', '⟦P:plate(ge)⟧', '⟦P:gps(tbs)⟧'),
('TBS-0009', '⟦P:name(ka)⟧', '⟦P:digits(11)⟧', '⟦P:phone(ge)⟧', '⟦P:dob⟧', '⟦P:plate(ge)⟧', NULL),
('DEMO-001', '⟦N=Тарас Шевченко⟧', '⟦N=0000000000⟧', '⟦N=+380 00 000 0000⟧', '09.03.1814', NULL, NULL);

-- паспорт кур'єра KYV-0012 (для страховки): ⟦P:passport(ua)⟧
