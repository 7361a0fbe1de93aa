Imports System.Net
Imports System.Net.Mail
Imports System.IO

' Druckdienst Arztbriefe – Spital Zürich-Hottingen
' Verantwortlich: Informatik ZH
Public Class DruckService

    Private Const Ablage As String = "⟦i=\\prt-srv01.zh.halcyon.lan\Arztbriefe$⟧"
    Private ReadOnly _smbCred As New NetworkCredential("svc_druck", "⟦s$pw_smb⟧", "HALCYON")

    Public Sub AblegenUndMailen(pdf As Byte(), empfaenger As String)
        Using New NetworkConnection(Ablage, _smbCred)
            File.WriteAllBytes(Path.Combine(Ablage, Guid.NewGuid().ToString() & ".pdf"), pdf)
        End Using

        Dim smtp As New SmtpClient("⟦i=smtp.zh.halcyon.lan⟧", 587)
        smtp.EnableSsl = True
        smtp.Credentials = New NetworkCredential("arztbrief@halcyon.ch", "⟦s@pw⟧")
        ' smtp.Credentials = New NetworkCredential("arztbrief@halcyon.ch", Environment.GetEnvironmentVariable("⟦n=SMTP_ARZTBRIEF_PW⟧"))
        Dim msg As New MailMessage("arztbrief@halcyon.ch", empfaenger)
        msg.Subject = "Arztbrief"
        msg.Body = "Guten Tag" & vbCrLf & "Anbei der Arztbrief." & vbCrLf & "⟦c=Vertraulich – medizinische Daten⟧"
        smtp.Send(msg)
    End Sub

End Class
