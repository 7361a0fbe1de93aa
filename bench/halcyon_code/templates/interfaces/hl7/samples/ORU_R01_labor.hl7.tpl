MSH|^~\&|SYNLAB|LAB_LOE|KIS|HKV_LOE|20240305142011||ORU^R01^ORU_R01|SYN2024030500117|P|2.5
PID|1||⟦p$pat4_mrn⟧^^^HKV^PI||⟦p$pat4|hl7⟧||⟦p$pat4_dob|dymd⟧|M
ORC|RE|A240305-0117|L240305-8812||CM
OBR|1|A240305-0117|L240305-8812|LABOR^Basislabor|||20240305093000
OBX|1|NM|⟦n=2823-3⟧^Kalium^LN||6.4|mmol/L|3.5-5.1|HH|||F
OBX|2|NM|⟦n=2160-0⟧^Kreatinin^LN||2.1|mg/dL|0.7-1.2|H|||F
NTE|1||Kritischer Wert telefonisch an Stationsarzt durchgegeben, 14:20
