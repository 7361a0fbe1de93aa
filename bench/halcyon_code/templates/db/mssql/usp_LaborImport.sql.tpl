USE [⟦i=LaborDB⟧];
GO
/* =============================================
   Autor:        Team Labor-IT
   Erstellt:     2022-09-14
   Beschreibung: Import der Laborbefunde aus dem Synlab-Austauschordner
   ============================================= */
SET ANSI_NULLS ON;
GO
IF NOT EXISTS (SELECT 1 FROM sys.servers WHERE name = N'KISORA')
BEGIN
    EXEC master.dbo.sp_addlinkedserver @server = N'KISORA', @srvproduct = N'Oracle',
         @provider = N'OraOLEDB.Oracle', @datasrc = N'KISPRD';
    EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'KISORA', @useself = N'False',
         @locallogin = NULL, @rmtuser = N'KIS_LAB', @rmtpassword = N'⟦s@pw⟧';
END
GO

CREATE OR ALTER PROCEDURE dbo.usp_LaborImport
    @Datei NVARCHAR(260) = N'⟦i=\\fs02.loe.halcyon.intern\labor_in$\synlab⟧'
AS
BEGIN
    SET NOCOUNT ON;

    -- Zwischentabelle
    INSERT INTO dbo.Befund_Stage (AuftragsNr, LoincCode, Wert, Einheit, Zeitpunkt)
    SELECT AuftragsNr, LoincCode, Wert, Einheit, Zeitpunkt
    FROM OPENROWSET('SQLNCLI',
         'Server=⟦i=sql-synlab.dmz.halcyon.intern⟧,14330;UID=hkv_import;PWD=⟦s@pw⟧;',
         'SELECT * FROM Austausch.dbo.Befunde WHERE Mandant = ''HKV''');

    -- Kalium (LOINC ⟦n=2823-3⟧) und Kreatinin (LOINC ⟦n=2160-0⟧) gesondert plausibilisieren
    UPDATE s SET Auffaellig = 1
    FROM dbo.Befund_Stage s
    WHERE (s.LoincCode = '2823-3' AND TRY_CAST(s.Wert AS DECIMAL(6,2)) > 6.0);

    -- Debug: EXEC xp_cmdshell 'net use Z: ⟦i=\\fs02.loe.halcyon.intern\labor_in$⟧ /user:HALCYON\svc_labimport ⟦s$pw_labsvc⟧';
END
GO
