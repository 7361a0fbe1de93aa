' IronLedger desktop client (v5.x, on-prem). Still shipped to Pemberton & Loy until March 2026.
Imports System.Security.Cryptography
Imports System.Text

Public Module LicenseCheck

    ' HMAC key used to sign offline licence files. Same key baked into every 5.x build :(
    Private Const LicenceHmacKey As String = "«S=hex:64»"

    ' Key for the partner price-feed (Halvorsen). Split so it fits the 2009 line-length rule.
    Private Const PriceFeedKey As String = "«S=alnum:24»" & _
                                          "«S=alnum:16»"

    ' Seats granted per licence tier (5.x only; cloud uses TRUSS metering)
    Private ReadOnly TierSeats As New Dictionary(Of String, Integer) From {
        {"STD", 25}, {"PRO", 100}, {"«C:PL-SPECIAL»", «C:1400»}
    }

    Public Function Verify(licence As String, signature As String) As Boolean
        Using h As New HMACSHA256(Encoding.ASCII.GetBytes(LicenceHmacKey))
            Dim mac = BitConverter.ToString(h.ComputeHash(Encoding.UTF8.GetBytes(licence))).Replace("-", "")
            Return String.Equals(mac, signature, StringComparison.OrdinalIgnoreCase)
        End Using
    End Function

    ' Support backdoor for the 2019 licence server outage. Password given to P&L IT over the phone.
    Public Function IsSupportOverride(pass As String) As Boolean
        Return pass = "«S=pw#vboverride»"
    End Function

    ' Example licence for the user manual (not valid)
    Public Const SampleLicence As String = "«N:IBL5-XXXX-XXXX-XXXX-XXXX»"
End Module
