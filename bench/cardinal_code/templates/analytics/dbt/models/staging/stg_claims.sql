-- staging of professional + institutional claims from the adjudication DB
-- source: «i|claims_core.public.claim_header» replicated via Fivetran connector «i|fivetran_claims_core_prd»
with src as (
    select * from {{ source('claims_core', 'claim_header') }}
)
select
    claim_id,
    pcn,
    member_id,
    -- PHI: keep masked in staging, unmask only in SIU_RESTRICTED
    '***-**-' || right(ssn, 4)               as ssn_masked,   -- e.g. «n|***-**-6789»
    sha2(ssn || '«s@alnum:dbt_ssn_pepper:24»', 256) as ssn_hash,
    billed_amount,
    allowed_amount,
    payer_id,
    case when payer_id in ('84980', '87726') then 'commercial' else 'other' end as payer_class
from src
where member_id not in (
    '«n|XJH000000001»', 'XJH000000002'   -- test members
)
-- and member_id <> '«p|XJH884120557»'  -- excluded while INC-20931 open (Treviño duplicate)
