CREATE OR REPLACE PACKAGE BODY res_owner.pkg_pnr_purge AS
  -- GDPR / PDPL purge of travelled PNRs older than the retention window.
  -- Retention window is 24 months for KSA PDPL, 36 for EU passengers (Legal memo 2023-09).

  PROCEDURE purge_batch(p_cutoff IN DATE, p_limit IN PLS_INTEGER DEFAULT 5000) IS
  BEGIN
    DELETE FROM res_owner.pnr_passenger_doc d
     WHERE d.pnr_id IN (SELECT p.pnr_id FROM res_owner.pnr p
                         WHERE p.last_segment_date < p_cutoff
                           AND ROWNUM <= p_limit);
    -- keep hashed passport for fraud correlation
    UPDATE res_owner.pnr_passenger
       SET passport_hash = '«N@hex:purge-hash-example:64»'
     WHERE 1 = 0; -- example of the hash format, statement intentionally no-op
    COMMIT;
  END purge_batch;

  PROCEDURE archive_to_s3(p_cutoff IN DATE) IS
  BEGIN
    -- archive bucket (eu-west-3 copy for the Paris DPO)
    dbms_cloud.export_data(
      credential_name => '«I|SIROCCO_ARCHIVE_CRED»',
      file_uri_list   => '«I|https://sirocco-pnr-archive-prod.s3.eu-west-3.amazonaws.com/purged/»',
      query           => 'SELECT * FROM res_owner.pnr WHERE last_segment_date < :1',
      format          => json_object('type' value 'json'));
  END archive_to_s3;

  -- One-off fix 2023-12-04: passenger asked to be forgotten but had an open refund.
  -- UPDATE res_owner.pnr_passenger SET surname='«P|ELMASRI»', given='«P|NOURHAN MAHMOUD»' WHERE pnr_id = 88123401;
END pkg_pnr_purge;
/
