# Metabase (BI) — docker-compose env file
MB_DB_TYPE=postgres
MB_DB_DBNAME=⟦I=metabase_app⟧
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=⟦S:pw(url)⟧
MB_DB_HOST=⟦I:ip10⟧
MB_ENCRYPTION_SECRET_KEY=⟦S:b64(32)⟧
MB_SITE_URL=https://⟦I=bi.anatolia.internal⟧/
MB_EMAIL_SMTP_HOST=smtp.yandex.com
MB_EMAIL_SMTP_USERNAME=⟦P:staff_email⟧
MB_EMAIL_SMTP_PASSWORD=⟦S:lower(16)⟧
MB_PREMIUM_EMBEDDING_TOKEN=⟦S:hex(64)⟧
# MB_JETTY_PORT=3000
MB_ADMIN_EMAIL=⟦N=admin@example.org⟧
