-- PII masking for analyst roles. Applied to RAW_PROD.FIVETRAN_PC_PROD.PC_CONTACT
create or replace masking policy pii_mask as (val string) returns string ->
  case
    when current_role() in ('PII_READER', 'SIU_ANALYST') then val
    else '«N|****»'
  end;

create or replace masking policy ird_mask as (val string) returns string ->
  case
    when current_role() = 'PII_READER' then val
    else regexp_replace(val, '\\d', '*', 1, 6)    -- e.g. «N|***-***-789»
  end;

alter table raw_prod.fivetran_pc_prod.pc_contact modify column taxid set masking policy ird_mask;
alter table raw_prod.fivetran_pc_prod.pc_contact modify column emailaddress1 set masking policy pii_mask;

-- sanity check after applying (ran 2024-06-03, output pasted below)
-- select firstname, lastname, taxid, emailaddress1 from pc_contact where publicid = 'pc:88412';
-- FIRSTNAME | LASTNAME | TAXID       | EMAILADDRESS1
-- «P|Hinemoa» | «P|Kereama» | «P|~ird:kereama» | «P|hinemoa.kereama@outlook.co.nz»
