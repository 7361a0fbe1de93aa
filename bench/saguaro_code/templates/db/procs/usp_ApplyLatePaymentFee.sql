/* =====================================================================
   usp_ApplyLatePaymentFee
   Applies late fees to past-due residential and commercial accounts.
   Server: «I=sqlbill-ag1.corp.saguaropw.net» / DB: «I=SaguaroCIS_Prod»
   2024-01-09  «P:name#emp_dba»   add waiver for medical certificate holders
   2024-05-22  «P:name#emp_dba»   CONFIDENTIAL: fee waiver budget cap per CFO memo
   ===================================================================== */
CREATE OR ALTER PROCEDURE billing.usp_ApplyLatePaymentFee
    @AsOfDate       date,
    @DryRun         bit = 0
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @FeePct           decimal(5,4) = 0.0150;   -- tariff: 1.5%/month
    DECLARE @WaiverBudgetUsd  money        = «X=1850000»;  -- internal cap, not public
    DECLARE @WaiverScoreMin   decimal(4,3) = «X=0.615»;    -- customer-value score for auto-waiver
    DECLARE @GraceDays        int          = 15;

    ;WITH past_due AS (
        SELECT a.AccountId, a.Balance, a.CustomerValueScore, a.MedicalCert
        FROM billing.Account a
        WHERE a.DueDate < DATEADD(day, -@GraceDays, @AsOfDate)
          AND a.Balance > 0
    )
    SELECT AccountId,
           CASE WHEN MedicalCert = 1 OR CustomerValueScore >= @WaiverScoreMin THEN 0
                ELSE ROUND(Balance * @FeePct, 2) END AS Fee
    INTO #fees
    FROM past_due;

    IF @DryRun = 1 BEGIN SELECT * FROM #fees; RETURN; END

    INSERT INTO billing.LedgerEntry (AccountId, EntryType, Amount, PostedAt)
    SELECT AccountId, 'LATEFEE', Fee, SYSUTCDATETIME() FROM #fees WHERE Fee > 0;

    -- Excepción manual (ticket CS-43981): «P:name#lf1», cuenta «P:custacct#lf1»
    DELETE FROM billing.LedgerEntry WHERE AccountId = 1007734 AND EntryType = 'LATEFEE' AND PostedAt >= @AsOfDate;
END
GO
