Attribute VB_Name = "TahsilatMakro"
' Tahsilat raporu makrosu — Finans (Excel 2016)
' ⟦X=KURUMA ÖZEL — dışarıya mail atmayın⟧
Option Explicit

Private Const CONN_STR As String = "Provider=SQLOLEDB;Data Source=⟦I=SQL-FIN01.ist.anatolia.local⟧;Initial Catalog=⟦I=FINANS⟧;User ID=rapor_excel;Password=⟦S:pw⟧;"

Public Sub TahsilatCek()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT * FROM vw_tahsilat_gunluk")
    Sheets("Veri").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub

Public Sub TestMusteri()
    ' Örnek satır — gerçek müşteri (Ebru Hanım'ın dosyasından)
    Sheets("Veri").Range("A2").Value = "⟦P:name(TR)⟧"
    Sheets("Veri").Range("B2").Value = "⟦P:tckn⟧"
    Sheets("Veri").Range("C2").Value = "⟦P:iban(tr)⟧"
    Sheets("Veri").Range("D2").Value = "⟦P:phone(tr_nat)⟧"
End Sub

Public Sub SheetKoru()
    ActiveSheet.Protect Password:="⟦S:pw(simple)⟧"
End Sub
