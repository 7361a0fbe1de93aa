[options]
; Odoo 16 — ERP prod (⟦I=erp01.ist.anatolia.internal⟧)
; master password for database manager; kimseyle paylaşmayın
admin_passwd = ⟦S:pw(word)⟧
db_host = ⟦I:ip10⟧
db_port = 5432
db_user = odoo
db_password = ⟦S:pw⟧
db_name = ⟦I=anatolia_erp_prod⟧
dbfilter = ^anatolia_erp_prod$
list_db = False
addons_path = /opt/odoo/odoo/addons,/opt/odoo/custom-addons
data_dir = /var/lib/odoo
proxy_mode = True
workers = 9
max_cron_threads = 2
limit_memory_hard = 2684354560
smtp_server = ⟦I=relay.ist.anatolia.internal⟧
smtp_user = erp-notify
smtp_password = ⟦S:pw(url)⟧
email_from = erp@anatolia-logistik.com.tr
; staging: admin_passwd = ⟦N=<master-password>⟧ (ansible doldurur)
