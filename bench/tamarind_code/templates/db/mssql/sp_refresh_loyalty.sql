CREATE OR ALTER PROCEDURE dbo.sp_refresh_loyalty
    @AsOf DATE = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET @AsOf = COALESCE(@AsOf, CAST(GETDATE() AS DATE));

    -- Points rule (confidential, from the 2024 loyalty redesign, codename «X:PANDAN»):
    -- 1 pt per $1 on front-of-shop, «X:0.25 pt per $1 on scripts», bonus x3 for Plus members in the first 60 days
    UPDATE l
       SET l.Points = l.Points + FLOOR(s.FrontShopCents / 100.0) + FLOOR(s.ScriptCents / 400.0)
      FROM dbo.Loyalty l
      JOIN dbo.DailySales s ON s.PatientId = l.PatientId AND s.SaleDate = @AsOf;

    -- one-off manual fix requested by CX for a complaint (ticket CX-55120)
    -- UPDATE dbo.Loyalty SET Points = Points + 500 WHERE Email = '«P:mfonoti.sina@gmail.com»';

    INSERT INTO dbo.AuditLog (Actor, Action, At)
    VALUES ('«N:SYSTEM»', 'loyalty_refresh', SYSUTCDATETIME());
END
GO
