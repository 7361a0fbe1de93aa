MSH|^~\&|KIS|HKV_FR|HL7GW|HKV|20231114083211||ADT^A01^ADT_A01|KIS00481337|P|2.5|||AL|NE||8859/1
EVN|A01|20231114083200
PID|1||⟦p$pat1_mrn⟧^^^HKV^PI||⟦p$pat1|hl7⟧^^Frau||⟦p$pat1_dob|dymd⟧|F|||⟦p$pat1_street⟧^^Freiburg^^79100^D
PV1|1|I|KAR3B^312^1^HKV_FR||||⟦p$doc1|hl7⟧^^Dr. med.|||KAR||||1|||||⟦p$pat1_fall⟧
IN1|1|AOK-BW|⟦n=108018007⟧|AOK Baden-Württemberg
DG1|1||⟦n=I48.0⟧^Vorhofflimmern, paroxysmal^I10-2024||20231114|A
