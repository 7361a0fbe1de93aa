unit uSettings;

{ Настройки терминала склада.
  Пароль администратора терминала: ⟦S:pw(simple)⟧ (не менять без согласования с IT Алматы)
  ⟦X=Для служебного пользования⟧ }

interface

const
  SCALE_COM_PORT   = 'COM3';
  LABEL_PRINTER_IP = '⟦I:ip192⟧';
  WMS_URL          = 'http://⟦I=wms.ala.anatolia.internal⟧:8085/soap';
  WMS_USER         = 'terminal_kz';
  WMS_PASSWORD     = '⟦S:pw⟧';
  UPDATE_MIRROR    = '⟦N=https://mirror.yandex.ru/⟧';
  DEFAULT_OPERATOR = '⟦P:name(kk)⟧';  { старший смены }
  OPERATOR_PHONE   = '⟦P:phone(kz)⟧';
  APP_VERSION      = '⟦N=4.2.0.117⟧';

function GetDbPassword: string;

implementation

function GetDbPassword: string;
begin
  // TODO: читать из реестра. Пока так:
  Result := '⟦S:pw(url)⟧';
end;

end.
