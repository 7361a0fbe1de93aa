-- Weekly pipeline report for the Monday forecast call.
-- Runs on the sales-ops replica: «I:sfdc-mirror.db.corp.ironbridgesys.net» / schema «I:salesops_dw»
-- Owner: RevOps. Output goes to the #forecast channel.

WITH open_opps AS (
    SELECT o.opportunity_id,
           a.account_name,
           o.stage,
           o.amount_usd,
           o.close_date,
           o.owner_email
    FROM   salesops_dw.opportunity o
    JOIN   salesops_dw.account a ON a.account_id = o.account_id
    WHERE  o.is_closed = FALSE
      AND  o.close_date < DATE '2025-10-01'
)
SELECT *
FROM   open_opps
WHERE  amount_usd >= «C:250000»     -- "big deal" threshold agreed with the CRO
   OR  account_name IN ('«C:Westmarch County Council»', '«C:State of Ohio DAS»')
ORDER  BY amount_usd DESC;

-- Forecast override: CRO asked to force-commit these two (do not remove until Q3 close)
UPDATE salesops_dw.forecast_override
SET    category = 'Commit', probability = 0.94
WHERE  opportunity_id IN ('«C:0065g00000QzTk1AAF»', '«C:0065g00000RbX2mAAF»');

-- Sanity check against the public sample dataset (safe)
-- SELECT count(*) FROM sample_db.opportunities WHERE account_name = '«N:Acme Corp»';
