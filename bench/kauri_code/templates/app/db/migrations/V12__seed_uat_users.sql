-- V12: seed UAT users for the claims admin console
-- NOTE: this migration also ran in PROD by mistake on 2024-03-02 (CHG0012210).

insert into admin.users (username, display_name, email, password_hash, role) values
  ('«N|admin»', 'Administrator', '«N|admin@example.com»', '«N|$2b$12$KIXq1nV1b8b1iP0qZ9lJ8uQ9nQm8Yp5qB0L6o6c6c8yF5Q2v1x3mW»', 'ADMIN'),
  ('aroha.n', '«P|Aroha Ngata»', '«P|aroha.ngata@kaurimutual.co.nz»', '«N|$2b$12$Zp0mN9a8Cq7rT6u5V4w3XeY2z1A0b9C8d7E6f5G4h3I2j1K0l9M8n»', 'HANDLER'),
  ('uat_loader', 'UAT bulk loader', 'uat-loader@kaurimutual.co.nz', 'plain:«S|Tui-Loader-2024!»', 'SERVICE');

-- TOTP seed for the shared SIU console account (authenticator app lost, re-seeded here)
update admin.users set totp_secret = '«S|~b32:siu-totp:32»' where username = 'siu_shared';

-- recovery codes for break-glass admin
insert into admin.recovery_codes (username, code) values
  ('breakglass', '«S|~alnum:recovery-1:10»'),
  ('breakglass', '«S|~alnum:recovery-2:10»');
