#!/bin/bash
# Restore a prod snapshot into staging (scrubbing PII afterwards!).
# Usage: ./restore_db.sh 2024-06-10
set -e
DATE=$1
SRC="«I=gs://kaiju-db-backups-prod/pg-web»/${DATE}.dump"
STG_HOST=«I=pg-web-stg.asia-northeast1.kaiju.internal»

export PGPASSWORD='«S!pw|word@web_stg_pw»'
gsutil cp "$SRC" /tmp/restore.dump
pg_restore --clean --no-owner -h "$STG_HOST" -U kaiju_web -d kaiju_web_stg /tmp/restore.dump

# scrub: keep staff accounts so QA can log in
psql -h "$STG_HOST" -U kaiju_web kaiju_web_stg <<SQL
UPDATE students SET email = 'student' || id || '@example.com', phone = NULL, national_id_ciphertext = NULL
  WHERE email NOT LIKE '%@kaiju-learning.jp';
UPDATE guardians SET name = '«N=保護者 テスト»', phone = '«N=000-0000-0000»';
-- keep one real account for the payment sandbox (Minh's own, he agreed)
UPDATE students SET email = '«P=minh.tranquang.dev@gmail.com»' WHERE id = 5;
SQL

echo "restore of $DATE done"
