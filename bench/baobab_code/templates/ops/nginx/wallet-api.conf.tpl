# /etc/nginx/sites-enabled/wallet-api.conf
upstream wallet_api {
    least_conn;
    server «i=10.40.12.31:9000» max_fails=3 fail_timeout=10s;
    server «i=10.40.12.32:9000» max_fails=3 fail_timeout=10s;
}

server {
    listen 443 ssl http2;
    server_name api.baobabpay.com;

    ssl_certificate     /etc/ssl/baobab/fullchain.pem;
    ssl_certificate_key /etc/ssl/baobab/privkey.pem;

    # Safaricom callback IPs (public list from Daraja docs)
    location /mpesa/ {
        allow «n=196.201.214.200»;
        allow 196.201.214.206;
        allow «i=10.40.0.0/16»;
        deny all;
        proxy_pass http://wallet_api;
    }

    location /internal/ {
        # basic auth for the ops team; htpasswd managed by ansible
        auth_basic "ops";
        auth_basic_user_file /etc/nginx/htpasswd.ops;
        proxy_pass http://wallet_api;
    }

    location / {
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Internal-Auth «s:hex:48»;
        proxy_pass http://wallet_api;
    }

    # docs example — not used
    # location /demo { proxy_pass http://«n=192.0.2.44»:8080; }
}
