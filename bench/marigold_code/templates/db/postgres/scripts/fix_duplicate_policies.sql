-- INC-2291 cleanup, run by Rohit on 2024-05-28 against «I=pg-policy-prod» (psql -h 10.20.12.5 -U mgadmin)
-- keep the older policy, cancel the newer one

BEGIN;

SELECT policy_no, holder_name, holder_mobile, created_at
  FROM policy
 WHERE holder_aadhaar_hash = encode(sha256('«P:aadhaar»'::bytea), 'hex');

-- the two rows returned were for «P=Meenakshi Sundaram Iyer», DOB «P=14/03/1972», mobile «P:phone:in»
UPDATE policy SET status = 'CANCELLED', cancel_reason = 'DUPLICATE INC-2291'
 WHERE policy_no = 'MGIN/TRM/104417';

INSERT INTO policy_note (policy_no, author, note) VALUES
  ('MGIN/TRM/104411', 'rohit.venkatesan', 'Customer called from «P:phone:in», confirmed address «P=22, Kapaleeshwarar Koil St, Mylapore, Chennai 600004»');

COMMIT;
