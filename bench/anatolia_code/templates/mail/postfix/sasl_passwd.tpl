# postmap /etc/postfix/sasl_passwd
[smtp.yandex.com]:587    ⟦P:staff_email@relay_user⟧:⟦S:lower(16)⟧
[smtp.sendgrid.net]:587  apikey:⟦S:sendgrid⟧
[smtp.example.com]:587   ⟦N=user@example.com:password⟧
