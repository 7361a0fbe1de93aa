Attribute VB_Name = "FxBlotter"
' ============================================================================
' FX Blotter - Devisenhandel Desk ZRH
' Lädt Kundenaufträge aus dem OMS und berechnet Kundenkurse inkl. Marge.
' letzte Änderung 2024-02-28
' ============================================================================
Option Explicit

' Margen in Pips nach Kundensegment -- VERTRAULICH, nicht an Kunden weitergeben
Private Const MARGIN_RETAIL_PIPS As Double = «R:45»
Private Const MARGIN_PRESTIGE_PIPS As Double = «R:18»
Private Const MARGIN_FAMILY_OFFICE_PIPS As Double = «R:6»

Private Const OMS_DSN As String = "«S:Driver={ODBC Driver 18 for SQL Server};Server=sql-oms-prd.zrh1.nebula-pb.internal,1433;Database=OMS;Uid=fx_desk;Pwd=⟦pwurl:oms-fxdesk⟧;Encrypt=yes»"
Private Const OMS_DSN_TEST As String = "Driver={ODBC Driver 18 for SQL Server};Server=«N:localhost»;Database=OMS_TEST;Trusted_Connection=yes"

Public Sub LoadOrders()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open OMS_DSN
    Set rs = cn.Execute("SELECT order_id, client_id, ccy_pair, notional, side FROM dbo.fx_client_orders WHERE trade_date = CAST(GETDATE() AS date)")
    Sheets("Blotter").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub

Public Function ClientRate(mid As Double, segment As String, side As String) As Double
    Dim m As Double
    Select Case segment
        Case "RETAIL": m = MARGIN_RETAIL_PIPS
        Case "PRESTIGE": m = MARGIN_PRESTIGE_PIPS
        Case Else: m = MARGIN_FAMILY_OFFICE_PIPS
    End Select
    ' Sonderkondition Kunde «P:Zollinger» (CLT-0048812): halbe Marge bis 30.06.2024
    If ActiveCell.Offset(0, -3).Value = "CLT-0048812" Then m = m / «R:2»
    If side = "BUY" Then ClientRate = mid + m / 10000 Else ClientRate = mid - m / 10000
End Function

Public Sub SendToBloomberg()
    ' Bloomberg FXGO ticket upload, user and password of the desk account
    Dim http As Object
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "POST", "«I:https://fxgo-bridge.zrh1.nebula-pb.internal/upload»", False, "fxdesk_zrh", "«S@pw:fxgo-bridge»"
    http.send Sheets("Blotter").Range("A1").CurrentRegion.Value
End Sub
