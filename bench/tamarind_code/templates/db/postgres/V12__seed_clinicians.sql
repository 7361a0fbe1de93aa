-- Flyway V12: clinicians for the SG and PH telehealth launch
INSERT INTO clinicians (id, full_name, email, mobile, country, registration_no, hourly_rate_cents) VALUES
  (201, '«P:Dr Arjun Menon»', '«P:arjun.menon@tamarindhealth.sg»', '«P:+65 9023 4418»', 'SG', '«N:M12345A»', «X:21500»),
  (202, '«P:Dr Farah Nadia binti Hassan»', '«P:farahnadia.h@gmail.com»', '«P:+60 12-418 7730»', 'SG', 'M67122B', «X:19800»),
  (203, '«P:Dr Carmelita Reyes-Soriano»', '«P:carmi.soriano@tamarindhealth.ph»', '«P:+63 918 220 6619»', 'PH', 'PRC-0098812', «X:9500»),
  (299, '«N:Dr Test Clinician»', '«N:clinician@example.com»', '«N:+65 0000 0000»', 'SG', 'TEST', 0);

-- rates above are negotiated per clinician – not to be exposed via the public API
COMMENT ON COLUMN clinicians.hourly_rate_cents IS 'confidential: negotiated rate';
