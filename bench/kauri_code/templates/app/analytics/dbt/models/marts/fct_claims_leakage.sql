{{ config(materialized='table', tags=['claims_excellence']) }}

/*
  Claims leakage indicators.
  Owner: Claims Analytics (Rāwiri H.)
  The supplier variance tolerance and cycle-time cut-off are commercially sensitive:
  they are the numbers in our preferred-repairer contracts (see «C|PRN-2024 schedule B»).
*/

with claims as (
    select * from {{ ref('stg_claims') }}
),
estimates as (
    select * from {{ ref('stg_repair_estimates') }}
)

select
    c.claim_number,
    c.line_of_business,
    e.supplier_id,
    e.quoted_amount,
    c.paid_amount,
    (c.paid_amount - e.quoted_amount) / nullif(e.quoted_amount, 0) as supplier_variance,
    datediff('day', c.lodged_at, c.closed_at)                     as cycle_time_days,
    supplier_variance > {{ var('leakage_supplier_variance_pct') }}  as flag_supplier_variance,
    cycle_time_days > {{ var('leakage_cycle_time_days') }}          as flag_cycle_time,
    -- preferred repairer rebate (contractual): «C|6.5%» of invoice above $«C|2,500»
    case when e.is_preferred and c.paid_amount > «C|2500» then c.paid_amount * «C|0.065» else 0 end as expected_rebate
from claims c
left join estimates e using (claim_id)
where c.lodged_at >= '«N|2020-01-01»'
