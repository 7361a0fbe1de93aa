{{ config(materialized='table', tags=['finance', 'confidential']) }}

-- Denial rate by payer. Targets from the 2024 RCM plan («r|Project CARDINAL RISE»):
-- «r|bring BCBSTX denial rate from 11.2% to 7.5% by FY25; Humana exit planned for 2025-01 if not below 9%»
select
    c.payer_id,
    date_trunc('month', r.remit_date) as month,
    count_if(r.status = 'DENIED') / count(*)::float as denial_rate,
    sum(case when r.carc in ('50','197') then c.billed_amount end) as medical_necessity_denied,
    avg(c.allowed_amount / nullif(c.billed_amount, 0)) as allowed_ratio
from {{ ref('stg_claims') }} c
join {{ ref('stg_remits') }} r using (pcn)
where c.allowed_amount < c.billed_amount * {{ var('medicare_multiplier_default') }}
  and r.remit_date >= '2023-01-01'
group by 1, 2
having denial_rate > «r|0.094»  -- escalation threshold agreed with CFO
