--
-- PostgreSQL database dump — ledger_prod (SANITISED? see LEDGER-402: the "sanitise" step was skipped)
-- Dumped from database version 15.5
-- Host: ⟦i=pg-ledger-primary.prod.kestrel-internal.net⟧   Database: ⟦i=ledger_prod⟧
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE ROLE ledger_rw LOGIN PASSWORD '⟦s@password⟧';
CREATE ROLE analyst_ro LOGIN PASSWORD 'md5⟦s@hex:32⟧';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst_ro;

CREATE TABLE public.riders (
    id text PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    phone text,
    ssn_last4 text,
    created_at timestamptz DEFAULT now()
);

CREATE TABLE public.payment_methods (
    id text PRIMARY KEY,
    rider_id text REFERENCES public.riders(id),
    pan text,             -- TODO(PCI-19): this must be tokenised, not raw!
    exp text,
    billing_zip text
);

CREATE TABLE public.driver_tax (
    driver_id text PRIMARY KEY,
    legal_name text,
    tax_id text,          -- SSN (US) / SIN (CA) for 1099 / T4A slips
    country char(2)
);

COPY public.riders (id, full_name, email, phone, ssn_last4, created_at) FROM stdin;
rdr_2001	⟦p=Jessica Alvarez-Moreno⟧	⟦p=jess.alvarez.m@yahoo.com⟧	⟦p@phone_us:e164⟧	4471	2023-04-02 10:11:12+00
rdr_2002	⟦p=Nathaniel Brooks⟧	⟦p=nate.brooks@protonmail.com⟧	⟦p@phone_us:e164⟧	0912	2023-04-03 18:40:01+00
rdr_2003	⟦p=Sophie Lavoie⟧	⟦p=sophie.lavoie@bell.net⟧	⟦p@phone_ca:e164⟧	\N	2023-05-19 07:02:55+00
\.

COPY public.payment_methods (id, rider_id, pan, exp, billing_zip) FROM stdin;
pm_1	rdr_2001	⟦p@card:visa⟧	09/27	94110
pm_2	rdr_2002	⟦p@card:amex⟧	01/26	10027
pm_3	rdr_2003	⟦p@card:mc⟧	11/25	H2T 1S6
pm_4	rdr_2002	⟦n=4000000000000002⟧	12/30	00000
\.

COPY public.driver_tax (driver_id, legal_name, tax_id, country) FROM stdin;
drv_8812	⟦p=Marcus Whitfield⟧	⟦p@ssn⟧	US
drv_8813	⟦p=Tanisha Robinson⟧	⟦p@ssn⟧	US
drv_1177	⟦p=Étienne Lafleur⟧	⟦p@sin⟧	CA
drv_1178	⟦p=Harjit Dhillon⟧	⟦p@sin:-⟧	CA
drv_0000	⟦n=Sample Driver⟧	⟦n=123-45-6789⟧	US
\.

INSERT INTO public.api_clients (name, client_id, client_secret, created_by) VALUES
  ('partner-portal', '⟦n@uuid⟧', '⟦s@alnum:48⟧', '⟦p=sofia.marchetti@kestrelmobility.com⟧'),
  ('looker', 'looker-prod', '⟦s@alnum:48⟧', 'system'),
  ('demo', 'demo-client', '⟦n=demo-secret-not-used⟧', 'system');

-- Google OAuth for the admin console
INSERT INTO public.oauth_providers (provider, client_id, client_secret) VALUES
  ('google', '⟦n@google_client_id⟧', '⟦s@google_client_secret⟧');
