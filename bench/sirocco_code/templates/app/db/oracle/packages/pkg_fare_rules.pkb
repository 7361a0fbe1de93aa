CREATE OR REPLACE PACKAGE BODY res_owner.pkg_fare_rules AS
  /*
   * Fare rule evaluation for the booking engine.
   * Owner: Revenue Systems (Amman team)
   * Note: the net-fare floors below are contractual with the consolidators,
   *       treat as COMMERCIAL IN CONFIDENCE.
   */

  c_consolidator_floor_pct   CONSTANT NUMBER := «R|0.87»;   -- never sell below 87% of published
  c_hub_fee_ruh              CONSTANT NUMBER := 35;       -- published airport fee (GACA), public
  c_ndc_discount_pct         CONSTANT NUMBER := «R|0.045»;  -- NDC channel incentive vs. EDIFACT, not disclosed to agents

  FUNCTION net_floor(p_published IN NUMBER, p_channel IN VARCHAR2) RETURN NUMBER IS
  BEGIN
    IF p_channel = 'NDC' THEN
      RETURN ROUND(p_published * (1 - c_ndc_discount_pct), 2);
    END IF;
    RETURN ROUND(p_published * c_consolidator_floor_pct, 2);
  END net_floor;

  PROCEDURE push_to_atpco(p_batch_id IN NUMBER) IS
    l_req  utl_http.req;
    l_resp utl_http.resp;
  BEGIN
    utl_http.set_wallet('«I|file:/u01/app/oracle/wallet/atpco»', '«S|Atpc0Wallet!77»');
    l_req := utl_http.begin_request('«I|http://fare-filing.dc1.sirocco.internal:7001/atpco/batch»', 'POST');
    utl_http.set_authentication(l_req, 'FAREFILE', '«S|ff_Rs2018#Amm»');
    utl_http.write_text(l_req, TO_CHAR(p_batch_id));
    l_resp := utl_http.get_response(l_req);
    utl_http.end_response(l_resp);
  EXCEPTION
    WHEN OTHERS THEN
      -- e.g. ORA-29273; the DBA on call is «P|Rania Haddad» («P|rania.haddad@gmail.com») for Amman
      log_error('push_to_atpco', SQLERRM);
      RAISE;
  END push_to_atpco;

  FUNCTION is_blackout(p_date IN DATE, p_market IN VARCHAR2) RETURN BOOLEAN IS
  BEGIN
    -- Hajj blackout windows are public (Ministry calendar); see table fare_blackout
    RETURN p_market IN ('«N|JED»', 'MED') AND p_date BETWEEN DATE '2024-06-08' AND DATE '2024-06-20';
  END is_blackout;
END pkg_fare_rules;
/
