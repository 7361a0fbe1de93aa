# USSD callbacks from aggregators (Africa's Talking, Infobip) → ussd-gateway pods
map $http_x_at_signature $at_ok {
    default 0;
    "~.+"   1;
}

server {
    listen 80;
    server_name «i=ussd-ingress.ke.int.baobabpay.net»;

    set_real_ip_from «i=172.31.0.0/16»;
    real_ip_header X-Forwarded-For;

    location /ussd/callback {
        if ($at_ok = 0) { return 403; }
        proxy_pass http://«i=ussd-gateway.ussd-prod.svc.cluster.local:3000»;
        proxy_read_timeout 8s;
    }

    location /healthz {
        access_log off;
        return 200 "ok";
    }

    # Temporary bypass for Infobip during migration (remove after 2024-04-30)
    location /ussd/infobip {
        if ($arg_token != "«s:alnum:32»") { return 403; }
        proxy_pass http://«i=ussd-gateway-canary.ussd-prod.svc.cluster.local:3000»;
    }

    access_log /var/log/nginx/ussd_access.log combined;
}
