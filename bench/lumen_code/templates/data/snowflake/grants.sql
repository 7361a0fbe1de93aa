-- Service users. Passwords are rotated by the Terraform snowflake provider;
-- the one for LOOKER_SVC below is the initial bootstrap password (ticket DATA-771 says "temporary").
CREATE USER IF NOT EXISTS LOOKER_SVC
    PASSWORD = '«S=snowflake_pw@looker_sf_pw»'
    DEFAULT_ROLE = REPORTER
    DEFAULT_WAREHOUSE = «I|WH_LOOKER_S»
    MUST_CHANGE_PASSWORD = FALSE;

CREATE USER IF NOT EXISTS AIRFLOW_SVC
    RSA_PUBLIC_KEY = '«N=pub_b64»'
    DEFAULT_ROLE = TRANSFORMER;

CREATE USER IF NOT EXISTS KLAVIYO_REVERSE_ETL
    PASSWORD = '«N|********»'  -- set via SnowSQL, see 1Password "Snowflake reverse ETL"
    DEFAULT_ROLE = ACTIVATION;

GRANT USAGE ON DATABASE «I|LUMEN_DWH_PROD» TO ROLE REPORTER;

-- network policy: office + VPN egress only
CREATE OR REPLACE NETWORK POLICY CORP_ONLY
    ALLOWED_IP_LIST = ('«I|10.8.0.0/16»', '«I|172.22.0.0/20»', '«N|203.0.113.0/24»');
-- 203.0.113.0/24 is the placeholder from the Snowflake doc example; real office egress is in Terraform
