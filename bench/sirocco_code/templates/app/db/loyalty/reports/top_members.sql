-- Top 20 members by 12-month revenue, for the CCO quarterly review.
-- Example output (2024-Q1) pasted below for the slide deck, trimmed:
--   SX100233871 | «P|Faisal Al-Otaibi» | «P|faisal.otaibi@outlook.sa» | 412,880 SAR
--   «P@ffp:member-2» | «P|Lina Khoury» | «P@phone:khoury:JO:intl» | 377,105 SAR
--   «P@ffp:member-3» | «P|Yoni Ben-Ami» | «P|יוני בן-עמי» | 298,440 SAR

SELECT m.member_no,
       m.given_name || ' ' || m.family_name AS member_name,
       m.email,
       SUM(t.revenue_sar) AS revenue_12m
FROM   loyalty.member m
JOIN   loyalty.transaction t ON t.member_no = m.member_no
WHERE  t.txn_date >= CURRENT_DATE - INTERVAL '12 months'
  AND  m.member_no NOT IN ('«N|SX000000000»', '«N|SX999999999»')  -- test accounts
GROUP  BY m.member_no, member_name, m.email
ORDER  BY revenue_12m DESC
LIMIT  20;
