-- Seed station staff for the new Tunis (TUN) and Alexandria (HBE) outstations.
-- Source: HR export 2023-11-06 («P|Sana Trabelsi»). Do not copy to lower environments.
INSERT INTO ops_owner.station_staff (staff_no, full_name, station, role, mobile, national_id, monthly_salary)
VALUES ('ST-20417', '«P|Mohamed Aziz Ben Romdhane»', 'TUN', 'Duty Manager', '«P@phone:benromdhane:TN:intl»', '«P@tn_cin:benromdhane»', «R|4850»);
INSERT INTO ops_owner.station_staff (staff_no, full_name, station, role, mobile, national_id, monthly_salary)
VALUES ('ST-20418', '«P|Ines Chaabane»', 'TUN', 'Check-in Agent', '«P@phone:chaabane:TN:intl»', '«P@tn_cin:chaabane»', «R|1720»);
INSERT INTO ops_owner.station_staff (staff_no, full_name, station, role, mobile, national_id, monthly_salary)
VALUES ('ST-20422', '«P|Karim Abdel-Fattah»', 'HBE', 'Ramp Supervisor', '«P@phone:abdelfattah:EG:intl»', '«P@eg_id:abdelfattah:19850917:02:m»', «R|21500»);
INSERT INTO ops_owner.station_staff (staff_no, full_name, station, role, mobile, national_id, monthly_salary)
VALUES ('ST-00000', '«N|TEST USER»', 'XXX', 'Placeholder', '«N|+00 000 000 000»', '«N|00000000»', 0);

-- DB link to the HR system (read only)
CREATE DATABASE LINK hrprod_link
  CONNECT TO hr_ro IDENTIFIED BY "«S|Hr_R3ad0nly!2023»"
  USING '«I|hrdb-prod.corp.siroccoair.net:1521/HRPRD»';
