unit uDBVerbindung;

{ Datenbankverbindung für das Aufnahme-Terminal (Delphi 7, läuft noch in Graz!)
  (c) Halcyon Klinikverbund – ⟦c=Nur für den internen Gebrauch⟧ }

interface

uses
  SysUtils, Classes, ADODB, IdFTP, Registry, Windows;

type
  TdmVerbindung = class(TDataModule)
    conKIS: TADOConnection;
    procedure DataModuleCreate(Sender: TObject);
  private
    function LeseRegistry(const Name: string): string;
  public
    procedure LadeBefundeHoch(const Datei: string);
  end;

var
  dmVerbindung: TdmVerbindung;

implementation

{$R *.dfm}

const
  // TODO: aus der Registry lesen, siehe LeseRegistry
  CONN_STR = 'Provider=SQLOLEDB.1;Data Source=⟦i=sql-aufn01.graz.hkv.local⟧;Initial Catalog=⟦i=Aufnahme_Graz⟧;' +
             'User ID=aufnahme;Password=⟦s@pw⟧;Persist Security Info=True';
  FTP_HOST = '⟦i=ftp-befund.graz.hkv.local⟧';
  FTP_USER = 'befund_up';
  FTP_PASS = '⟦s@pw:word⟧';

function TdmVerbindung.LeseRegistry(const Name: string): string;
var
  Reg: TRegistry;
begin
  Reg := TRegistry.Create(KEY_READ);
  try
    Reg.RootKey := HKEY_LOCAL_MACHINE;
    if Reg.OpenKeyReadOnly('⟦n=SOFTWARE\Halcyon\Aufnahme\DB⟧') then
      Result := Reg.ReadString(Name);
  finally
    Reg.Free;
  end;
end;

procedure TdmVerbindung.DataModuleCreate(Sender: TObject);
begin
  conKIS.ConnectionString := CONN_STR;
  // conKIS.ConnectionString := LeseRegistry('ConnectionString');
  conKIS.LoginPrompt := False;
  conKIS.Open;
end;

procedure TdmVerbindung.LadeBefundeHoch(const Datei: string);
var
  ftp: TIdFTP;
begin
  ftp := TIdFTP.Create(nil);
  try
    ftp.Host := FTP_HOST;
    ftp.Username := FTP_USER;
    ftp.Password := FTP_PASS;
    ftp.Connect;
    ftp.Put(Datei, ExtractFileName(Datei));
  finally
    ftp.Free;
  end;
end;

end.
