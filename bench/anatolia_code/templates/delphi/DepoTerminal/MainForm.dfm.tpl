object frmMain: TfrmMain
  Left = 0
  Top = 0
  Caption = 'Depo Terminali v4 - Anatolia Logistik'
  ClientHeight = 612
  ClientWidth = 1024
  Color = clBtnFace
  Font.Charset = TURKISH_CHARSET
  Font.Color = clWindowText
  Font.Height = -12
  Font.Name = 'Segoe UI'
  Font.Style = []
  OnCreate = FormCreate
  PixelsPerInch = 96
  TextHeight = 15
  object ADOConnection1: TADOConnection
    ConnectionString =
      'Provider=SQLOLEDB.1;Password=⟦S:pw⟧;Persist Security Info=True;User ID=depo_t' +
      'erminal;Initial Catalog=⟦I=DEPO_ANKARA⟧;Data Source=⟦I=SQL-DEPO01\SQLEXPRESS⟧'
    LoginPrompt = False
    Provider = 'SQLOLEDB.1'
    Left = 40
    Top = 24
  end
  object IdSMTP1: TIdSMTP
    Host = '⟦I:ip192⟧'
    Password = '⟦S:pw(simple)⟧'
    Port = 587
    Username = 'depo-bildirim'
    Left = 128
    Top = 24
  end
  object IdFTP1: TIdFTP
    Host = '⟦I=ftp.depo.anatolia.internal⟧'
    Username = 'etiket'
    Password = '⟦S:pw(word)⟧'
    Left = 208
    Top = 24
  end
  object lblHint: TLabel
    Left = 16
    Top = 580
    Caption = 'Şifre: ⟦N=********⟧  (ekran görüntüsü için maskelenmiş)'
  end
end
