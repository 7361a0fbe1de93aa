/* WIP by responsible partner — runs on the read replica «I=pcl-sql-ro.corp.pinnaclecounsel.local»
   CONFIDENTIAL: used in the comp committee pack. Realisation targets per partner
   tier: «R=Tier 1 >= 92%, Tier 2 >= 88%, Tier 3 >= 84%». */
DECLARE @AsOf DATE = EOMONTH(GETDATE(), -1);

SELECT  tk.FullName AS Partner,
        SUM(te.Hours * te.RateCad) AS WipCad,
        SUM(te.BilledCad) / NULLIF(SUM(te.Hours * te.RateCad), 0) AS Realisation,
        CASE WHEN tk.Initials IN ('AR', 'JFB', 'MDC') THEN 'Tier 1' ELSE 'Other' END AS Tier
FROM    dbo.TimeEntries te
JOIN    dbo.Timekeepers tk ON tk.TimekeeperId = te.TimekeeperId
WHERE   te.WorkDate <= @AsOf
  AND   te.MatterId NOT IN (SELECT MatterId FROM dbo.Matters WHERE Codename = '«R=BLUE-HERON»')
GROUP BY tk.FullName, tk.Initials
ORDER BY WipCad DESC;

-- Sample output pasted for the pricing committee (May close):
-- «P=Amélie Rousseau»       «R=1,284,550.00»   «R=0.934»   Tier 1
-- «P=Jean-François Bélanger»   «R=976,120.00»   «R=0.881»   Tier 1
-- «N=Partner Name»          0.00           0.000   Other
