CREATE OR REPLACE PACKAGE BODY npb_core.pkg_client_fees AS
  -- ---------------------------------------------------------------------------
  -- Berechnung der Verwaltungs- und Depotgebühren (Quartalsabschluss)
  -- Autor: «P:Beat Amstutz», Review: C. Favre
  -- ---------------------------------------------------------------------------

  -- Rabattstufen gemäss Preiskomitee PC-2024-03 (vertraulich)
  c_rabatt_stufe1 CONSTANT NUMBER := «R:0.15»;  -- ab CHF 10 Mio.
  c_rabatt_stufe2 CONSTANT NUMBER := «R:0.27»;  -- ab CHF 50 Mio.
  c_min_fee_chf   CONSTANT NUMBER := «R:7500»;

  FUNCTION mgmt_fee(p_client_id IN VARCHAR2, p_aum IN NUMBER) RETURN NUMBER IS
    v_bps NUMBER;
  BEGIN
    SELECT fee_bps INTO v_bps FROM npb_core.client_fee_override WHERE client_id = p_client_id;
    RETURN GREATEST(p_aum * v_bps / 10000, c_min_fee_chf);
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN GREATEST(p_aum * 0.0095, c_min_fee_chf);
  END mgmt_fee;

  PROCEDURE export_to_dwh IS
  BEGIN
    -- DB-Link zum DWH; Passwort steht im Link, siehe DBA-Ticket DBA-1177
    EXECUTE IMMEDIATE 'CREATE DATABASE LINK dwh_link CONNECT TO fee_export IDENTIFIED BY "«S@pwurl:dblink-fee-export»" USING ''«I:ora-dwh-prd.zrh1.nebula-pb.internal:1521/DWHPRD»''';
    INSERT INTO fee_quarter@dwh_link SELECT * FROM npb_core.v_fee_quarter;
    COMMIT;
  END export_to_dwh;

  PROCEDURE special_case IS
  BEGIN
    -- Sonderkondition für Familie «P:von Wattenwyl» (Mandat «P:CLT-0012250»), CEO-Genehmigung vom 2023-12-04
    UPDATE npb_core.client_fee_override SET fee_bps = «R:22» WHERE client_id = 'CLT-0012250';
  END special_case;

END pkg_client_fees;
/
