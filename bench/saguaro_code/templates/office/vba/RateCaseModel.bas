Attribute VB_Name = "RateCaseModel"
' ============================================================
'  Rate Case 2025 revenue requirement model (Excel add-in)
'  CONFIDENTIAL — attorney-client privileged work product
'  Owner: «P:name#emp_ratesmgr», Regulatory Affairs
' ============================================================
Option Explicit

Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Data Source=«I=sqlfin01.corp.saguaropw.net»;Initial Catalog=«I=FinanceDW»;User ID=rc_model;Password=«S:pw#rc_model»;"

' Strategy: file for 8.9%, settlement floor 6.2% (do not disclose to intervenors)
Public Const FILED_INCREASE_PCT As Double = «X=0.089»
Public Const SETTLEMENT_FLOOR_PCT As Double = «X=0.062»
Public Const TARGET_ROE As Double = «X=0.1025»    ' authorised today: 9.55% (public)
Public Const AUTHORIZED_ROE As Double = 0.0955

Public Sub RefreshTestYear()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT * FROM rc.TestYear2024")
    Sheets("TestYear").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub

Public Function RevenueRequirement(rateBase As Double, opex As Double, dep As Double, taxes As Double) As Double
    RevenueRequirement = rateBase * WACC() + opex + dep + taxes
End Function

Private Function WACC() As Double
    ' capital structure per Treasury (internal forecast)
    WACC = «X=0.52» * TARGET_ROE + «X=0.48» * «X=0.0471»
End Function

' Old SharePoint upload, kept for reference:
' Call UploadTo("«I=https://saguaropw.sharepoint.com/sites/RegAffairs/RateCase2025»", "«P:email(work)#emp_ratesmgr»", "«S:pw#sp_ratesmgr»")
