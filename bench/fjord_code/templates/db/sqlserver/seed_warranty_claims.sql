-- Seed warranty claims for UAT (copied from PRD on 2024-03-01, Ticket FJV-3055)
INSERT INTO dbo.WarrantyClaim (ClaimNo, DealerId, Vin, CustomerName, CustomerPhone, Plate, Diagnosis, PayoutEur) VALUES
('WC-2024-00813', 'DLR-DE-0031', '«p:vin»', N'«p=Monika Schäfer»', '«p:phone:de»', '«p:plate:de»', N'TCU no GSM after OTA 2.10', 412.50),
('WC-2024-00815', 'DLR-CZ-0077', '«p:vin»', N'«p=Tereza Nováková»', '«p:phone:cz»', '«p:plate:cz»', N'Door module water ingress', 96.20),
('WC-2024-00816', 'DLR-NO-0009', '«p:vin»', N'«p=Øystein Bråthen»', '«p:phone:no»', '«p:plate:no»', N'Head unit reboot loop', 310.00),
('WC-TEST-0001', 'DLR-XX-0000', '«n=00000000000000000»', N'«n=Max Mustermann»', '«n=+49 000 0000000»', '«n=XX-XX 0000»', N'test', 0.00);
GO
