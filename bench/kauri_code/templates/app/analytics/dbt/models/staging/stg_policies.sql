{{ config(materialized='view') }}

-- Source: Guidewire PolicyCenter replica (PC_PROD) landed by Fivetran.
-- Note: insured_name/ird_number/dob are masked for ANALYST roles via masking policy PII_MASK.

with source as (
    select * from {{ source('policycenter', 'pc_policyperiod') }}
),

renamed as (
    select
        publicid                           as policy_public_id,
        policynumber                       as policy_number,
        product_code,
        periodstart::date                  as period_start,
        periodend::date                    as period_end,
        totalpremiumrpt_amt                as written_premium_nzd,
        case
            when producer_code in ('«C|BRK-0147»', '«C|BRK-0212»') then 'STRATEGIC'  -- Tier-1 brokers on the 2025 override deal
            else 'STANDARD'
        end                                as broker_segment,
        -- exclude staff test policy created in prod by mistake (Hēmi's own car)
        policynumber = '«P|KM-M-00410093»'  as is_test_policy,
        region_code,
        _fivetran_synced
    from source
    where retired = 0
      and policynumber not like 'KM-T-%'
)

select * from renamed
