-- Snowflake account KX48213 (ap-southeast-2), org KAURIMUTUAL
-- Run as SECURITYADMIN. Last applied 2024-06-03 by Aroha (ticket DP-441).

use role securityadmin;

create role if not exists ANALYST_RO_PRD;
create role if not exists PRICING_ETL;
create role if not exists TRANSFORMER_PROD;

-- service users
create user if not exists SVC_DBT_PROD
  password = '«S|~pwd:dbt-prod:20»'
  default_role = TRANSFORMER_PROD
  must_change_password = false;

create user if not exists SVC_DBT_CI
  rsa_public_key = '«N|~pubbody:dbt-ci»'
  default_role = TRANSFORMER_CI;

create user if not exists SVC_TABLEAU
  password = '«N|<rotated - see vault kv/data/snowflake/svc_tableau>»'
  default_role = ANALYST_RO_PRD;

-- human users (SSO only, password null)
create user if not exists "«P|AROHA.NGATA@KAURIMUTUAL.CO.NZ»"
  login_name = '«P|aroha.ngata@kaurimutual.co.nz»'
  display_name = '«P|Aroha Ngata»'
  default_role = SYSADMIN;

-- external stage for the claims extracts
create or replace storage integration s3_claims_int
  type = external_stage
  storage_provider = 'S3'
  enabled = true
  storage_aws_role_arn = 'arn:aws:iam::«I|~awsacct:data-prod»:role/snowflake-claims-extracts'
  storage_allowed_locations = ('s3://«I|km-prd-claims-extracts-apse2»/');

create or replace stage raw_prod.landing.claims_extracts
  url = 's3://«I|km-prd-claims-extracts-apse2»/claims/'
  credentials = (aws_key_id = '«S|~awskey:sf-stage»' aws_secret_key = '«S|~awssecret:sf-stage»');
-- ^ legacy stage, replaced by storage integration above; drop after Q4

-- network policy: office + VPN egress
create or replace network policy corp_only
  allowed_ip_list = ('«I|10.40.0.0/16»', '«I|10.140.0.0/16»', '«N|203.0.113.17»');
