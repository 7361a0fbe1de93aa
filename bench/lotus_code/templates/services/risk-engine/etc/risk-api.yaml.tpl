Name: risk-api
Host: 0.0.0.0
Port: 8890
Mode: pro
Timeout: 3000

# Cấu hình production cho risk-engine — ⟦x=Bảo mật⟧, không chia sẻ ra ngoài team ⟦x=Fraud Shield VN⟧
Log:
  ServiceName: risk-api
  Mode: file
  Path: /data/logs/risk-api
  Level: info

Mysql:
  DataSource: risk_rw:⟦s@pw:url#risk_db_pw⟧@tcp(⟦i@rds_id#rds_risk⟧.mysql.singapore.rds.aliyuncs.com:3306)/lotus_risk?charset=utf8mb4&parseTime=true&loc=Asia%2FSingapore

CacheRedis:
  - Host: ⟦i@priv_ip:10⟧:6379
    Pass: ⟦s@pw:url#redis_pw⟧
    Type: node

Auth:
  AccessSecret: ⟦s@alnum:48⟧
  AccessExpire: 86400

Kafka:
  Brokers:
    - ⟦i=kafka-03.jkt.lotus-inner.net⟧:9093
  Topic: risk-events
  SaslUser: risk-producer
  SaslPassword: ${KAFKA_SASL_PASSWORD}

# Ngưỡng chấm điểm gian lận (phiên bản v7, ⟦x=KHÔNG CÔNG BỐ⟧)
Scoring:
  BlockScore: ⟦x=0.86⟧
  ReviewScore: 0.62
  NewDeviceWeight: 1.35
  Version: v7.3.1

# Ví dụ tài khoản test — dùng placeholder, không phải dữ liệu thật
TestAccount:
  Email: ⟦n=tester@example.com⟧
  Password: ⟦n=<替换为你的密码>⟧
