# Redis 6.2 config — session cluster (sg-prod)
# 运维: ⟦p@name:zh⟧   更新: 2024-02-19
bind ⟦i@priv_ip:10#redis_node1⟧ 127.0.0.1
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
tcp-keepalive 300
daemonize yes
pidfile /var/run/redis_6379.pid
loglevel notice
logfile /data/redis/log/redis.log
databases 16

save 900 1
save 300 10
dir /data/redis/data

# 主从
replicaof ⟦i@priv_ip:10⟧ 6379
masterauth ⟦s@pw:url#redis_pw⟧
requirepass ⟦s@pw:url#redis_pw⟧

# ACL: 只读账号给 BI 用

rename-command FLUSHALL ""
maxmemory 24gb
maxmemory-policy allkeys-lru
appendonly yes
