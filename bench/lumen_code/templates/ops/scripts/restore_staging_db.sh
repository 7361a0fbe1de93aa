#!/bin/sh
# Restore last night's prod snapshot into staging, then anonymise.
# Runs on «I|bastion-01.ops.lumen.internal» (cron 02:30).
set -e

SRC="«S|mysql://backup_ro:Bkp!R3ad0nly@mysql-primary.prod.lumen.internal:3306/magento_prod_fr»"
DST_HOST=«I|mysql-stg.staging.lumen.internal»
DST_PASS="$(vault kv get -field=password «N|secret/staging/mysql/root»)"

mysqldump --single-transaction "$SRC" | gzip > /backup/prod_$(date +%F).sql.gz
gunzip -c /backup/prod_$(date +%F).sql.gz | mysql -h "$DST_HOST" -u root -p"$DST_PASS" magento_stg

# anonymise customers (keep the QA accounts)
mysql -h "$DST_HOST" -u root -p"$DST_PASS" magento_stg <<SQL
UPDATE customer_entity SET email = CONCAT('cust', entity_id, '@example.com'), firstname='Anon', lastname='Anon'
  WHERE email NOT LIKE '%@lumenmaison.com';
UPDATE sales_order_address SET telephone = '0000000000', street = '1 rue Anonyme';
SQL

# notify
curl -s -X POST --data-urlencode 'payload={"text":"staging restored"}' «S=slack_hook@ops_slack_hook»
