# Redis 7 — USSD session store (ke-1)
# Managed by ansible role redis-ussd; local edits will be overwritten.

bind «i=10.44.3.16» 127.0.0.1
port 6379
protected-mode yes
tcp-keepalive 300

requirepass «s:hex:32#redis_pw»
masterauth «s:hex:32#redis_pw»

# ACL users (ACL file is preferred, inline kept for the bootstrap)
user default on #«n:hex:64» ~* &* +@all
user ussd on >«s:pwr:24» ~ussd:* +@read +@write -@dangerous
user monitor on nopass ~* +info +ping

maxmemory 6gb
maxmemory-policy volatile-lru

replicaof «i=10.44.3.15» 6379

save 900 1
save 300 10
dir /var/lib/redis
logfile /var/log/redis/redis-ussd.log

# rename dangerous commands
rename-command FLUSHALL ""
rename-command CONFIG «s:alnum:20»
