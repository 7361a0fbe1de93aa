<?xml version="1.0" encoding="UTF-8"?>
<!-- Выгрузка из 1С:Бухгалтерия 3.0 (ТОО «Anatolia Logistik Kazakhstan»)
     ⟦X=Конфиденциально. Для служебного пользования.⟧
     Узел обмена: ⟦I=1c-buh.ala.anatolia.internal⟧, база ⟦I=buh_kz_2024⟧ -->
<V8Exp:Data xmlns:V8Exp="http://www.1c.ru/V8/1CV8DtUD/" xmlns:v8="http://v8.1c.ru/data" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
	<v8:CatalogObject.Контрагенты>
		<v8:Ref>⟦N:uuid⟧</v8:Ref>
		<v8:Description>⟦P:name(ru)⟧</v8:Description>
		<v8:ИНН>⟦P:inn⟧</v8:ИНН>
		<v8:СНИЛС>⟦P:snils⟧</v8:СНИЛС>
		<v8:ДокументУдостоверяющийЛичность>Паспорт РФ ⟦P:passport(ru)⟧</v8:ДокументУдостоверяющийЛичность>
		<v8:ДатаРождения>⟦P:dob⟧</v8:ДатаРождения>
		<v8:Телефон>⟦P:phone(ru)⟧</v8:Телефон>
		<v8:АдресРегистрации>⟦P:addr(ru)⟧</v8:АдресРегистрации>
	</v8:CatalogObject.Контрагенты>
	<v8:CatalogObject.Контрагенты>
		<v8:Ref>⟦N:uuid⟧</v8:Ref>
		<v8:Description>⟦P:name(kk)⟧</v8:Description>
		<v8:ИИН>⟦P:iin⟧</v8:ИИН>
		<v8:Телефон>⟦P:phone(kz)⟧</v8:Телефон>
		<v8:АдресРегистрации>⟦P:addr(kz)⟧</v8:АдресРегистрации>
		<v8:Автомобиль>⟦P:plate(kz)⟧</v8:Автомобиль>
	</v8:CatalogObject.Контрагенты>
	<v8:CatalogObject.Контрагенты>
		<v8:Ref>⟦N:uuid⟧</v8:Ref>
		<v8:Description>ФОП ⟦P:name(uk)⟧</v8:Description>
		<v8:РНОКПП>⟦P:rnokpp⟧</v8:РНОКПП>
		<v8:IBAN>⟦P:iban(ua)⟧</v8:IBAN>
		<v8:Телефон>⟦P:phone(ua)⟧</v8:Телефон>
	</v8:CatalogObject.Контрагенты>
	<v8:CatalogObject.Контрагенты>
		<v8:Ref>⟦N:uuid⟧</v8:Ref>
		<v8:Description>ООО «Ромашка» (образец)</v8:Description>
		<v8:ИНН>⟦N=7700000000⟧</v8:ИНН>
	</v8:CatalogObject.Контрагенты>
	<v8:InformationRegisterRecordSet.НастройкиОбмена>
		<v8:Record Узел="⟦I:ip10⟧" Пользователь="obmen" Пароль="⟦S:pw⟧"/>
	</v8:InformationRegisterRecordSet.НастройкиОбмена>
</V8Exp:Data>
