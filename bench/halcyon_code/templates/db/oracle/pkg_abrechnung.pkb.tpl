CREATE OR REPLACE PACKAGE BODY kis_owner.pkg_abrechnung AS
/******************************************************************************
  Paket:     PKG_ABRECHNUNG
  Zweck:     DRG-Gruppierung und Zuschlagsberechnung
  Autor:     ⟦p$ext2⟧, Kronsteg Data Services
  Hinweis:   ⟦c=VERTRAULICH – Zuschlagslogik ist Betriebsgeheimnis (Vertrag HKV-KT-2022-311)⟧
  Änderungen:
    2023-06-02  ⟦_$ext2|login⟧  Landesbasisfallwert 2023
    2024-01-11  ⟦_$it1|login⟧   Schweiz: SwissDRG 13.0 ergänzt
******************************************************************************/

  -- Kalkulationskonstanten
  c_zuschlag_intensiv  CONSTANT NUMBER := ⟦c=1.0842⟧;  -- verhandelt mit AOK BW, NDA
  c_abschlag_verlegung CONSTANT NUMBER := ⟦c=0.9375⟧;
  c_basisfallwert_bw   CONSTANT NUMBER := ⟦n=4188.24⟧;  -- öffentlich (Landesbasisfallwert)
  c_wallet_pfad        CONSTANT VARCHAR2(100) := 'file:/u01/app/oracle/wallet/kis';
  c_wallet_pw          CONSTANT VARCHAR2(30)  := '⟦s@pw:random⟧';
  c_grouper_url        CONSTANT VARCHAR2(200) := 'https://⟦i=grouper.kronsteg.corp⟧:8443/api/group';

  PROCEDURE init_db_link IS
  BEGIN
    EXECUTE IMMEDIATE 'CREATE DATABASE LINK abr_link CONNECT TO abr_reader IDENTIFIED BY "⟦s@pw⟧" USING ''ABRPRD''';
  EXCEPTION
    WHEN OTHERS THEN
      IF SQLCODE != -2011 THEN RAISE; END IF;
  END init_db_link;

  FUNCTION gruppiere(p_fall_id IN NUMBER) RETURN VARCHAR2 IS
    l_req  utl_http.req;
    l_resp utl_http.resp;
    l_drg  VARCHAR2(10);
  BEGIN
    utl_http.set_wallet(c_wallet_pfad, c_wallet_pw);
    l_req := utl_http.begin_request(c_grouper_url || '?fall=' || p_fall_id, 'GET');
    utl_http.set_header(l_req, 'X-Grouper-Key', '⟦s@hex:32⟧');
    l_resp := utl_http.get_response(l_req);
    utl_http.read_line(l_resp, l_drg);
    utl_http.end_response(l_resp);
    RETURN l_drg;
  END gruppiere;

  PROCEDURE melde_fehler(p_fall_id IN NUMBER, p_text IN VARCHAR2) IS
  BEGIN
    apex_mail.send(p_to   => '⟦p$doc1|email⟧',
                   p_from => '⟦n=abrechnung-noreply@halcyon-klinik.de⟧',
                   p_subj => 'DRG-Fehler Fall ' || p_fall_id,
                   p_body => p_text);
  END melde_fehler;

  -- Testfall (bitte drin lassen): Fall ⟦n=F0000000001⟧, Patient Mustermann
END pkg_abrechnung;
/
