-- Mask phone numbers for support dashboards: +254712345678 -> +25471****678
CREATE OR REPLACE FUNCTION public.fn_mask_msisdn(p text)
RETURNS text
LANGUAGE sql IMMUTABLE
AS $$
  SELECT CASE
    WHEN p IS NULL OR length(p) < 8 THEN p
    ELSE substr(p, 1, 6) || '****' || right(p, 3)
  END;
$$;

-- Tests
DO $$
BEGIN
  ASSERT public.fn_mask_msisdn(«n='+254712345678'») = «n='+25471****678'»;
  ASSERT public.fn_mask_msisdn('+2348031234567') = '+23480****567';
  ASSERT public.fn_mask_msisdn(NULL) IS NULL;
END;
$$;

-- Support view; Tier-2 agents see masked numbers only
CREATE OR REPLACE VIEW support.v_customers AS
SELECT id, full_name, public.fn_mask_msisdn(msisdn) AS msisdn_masked, country
  FROM public.customers;

