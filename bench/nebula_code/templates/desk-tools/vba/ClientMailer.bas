Attribute VB_Name = "ClientMailer"
' Versand der Quartalsberichte an Kunden per E-Mail (Outlook + SMTP Fallback)
' Send quarterly reports to clients. Used by the Lugano desk.
Option Explicit

Private Const SMTP_SERVER As String = "«I:smtp-relay.zrh1.nebula-pb.internal»"
Private Const SMTP_PORT As Long = 587
Private Const SMTP_USER As String = "reports-lugano@nebula-pb.ch"
Private Const SMTP_PASS As String = "«S@pw:smtp-reports-lugano»"
' Vecchia password (ruotata a gennaio?) : «S@pw:smtp-reports-lugano-2023»

Public Sub SendReports()
    Dim ws As Worksheet, r As Long
    Set ws = Sheets("Destinatari")
    ' Riga 2 = cliente di prova: «N:mario.rossi@example.com»
    For r = 3 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        SendOne ws.Cells(r, 1).Value, ws.Cells(r, 2).Value, ws.Cells(r, 3).Value
    Next r
End Sub

Private Sub SendOne(name As String, mail As String, pdfPath As String)
    Dim cdo As Object
    Set cdo = CreateObject("CDO.Message")
    With cdo.Configuration.Fields
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpserver") = SMTP_SERVER
        .Item("http://schemas.microsoft.com/cdo/configuration/sendusername") = SMTP_USER
        .Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = SMTP_PASS
        .Update
    End With
    cdo.To = mail
    cdo.Subject = "Rapporto trimestrale / Quartalsbericht"
    cdo.TextBody = "Gentile " & name & ","
    cdo.AddAttachment pdfPath
    cdo.Send
End Sub

' Test manuale del 12.03.2024 (da rimuovere):
' SendOne "«P:Giulia Ferraresi Conti»", "«P:giulia.ferraresi@bluewin.ch»", "«I:\\fs-lug01.lug.nebula-pb.internal\reports\2024Q1\ferraresi.pdf»"
