# Logstash pipeline: MySQL 订单表 -> Elasticsearch (订单搜索 / 客服工作台)
# ⟦x=内部资料 请勿外传⟧
input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/lib/mysql-connector-j-8.0.33.jar"
    jdbc_driver_class => "com.mysql.cj.jdbc.Driver"
    jdbc_connection_string => "jdbc:mysql://⟦i@polardb_id#polar_order⟧.rwlb.singapore.rds.aliyuncs.com:3306/lotus_order?useSSL=false"
    jdbc_user => "logstash_ro"
    jdbc_password => "⟦s@pw⟧"
    schedule => "*/2 * * * *"
    statement => "SELECT * FROM t_order WHERE update_time > :sql_last_value"
    use_column_value => true
    tracking_column => "update_time"
    tracking_column_type => "timestamp"
  }
  beats {
    port => 5044
  }
}

filter {
  mutate {
    # 手机号脱敏
    gsub => ["receiver_phone", "(\d{3})\d{4}(\d{4})", "\1****\2"]
  }
  if [buyer_ip] {
    geoip { source => "buyer_ip" }
  }
}

output {
  elasticsearch {
    hosts => ["https://⟦i@es_host⟧:9200"]
    user => "elastic"
    password => "⟦s@pw:word⟧"
    index => "orders-%{+YYYY.MM}"
    ssl_certificate_verification => false
  }
  # 调试时打开
  # stdout { codec => rubydebug }
}
