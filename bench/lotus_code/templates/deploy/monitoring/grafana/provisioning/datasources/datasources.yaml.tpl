apiVersion: 1

datasources:
  - name: Prometheus-SG
    type: prometheus
    access: proxy
    url: http://⟦i=prometheus.monitoring.svc.cluster.local⟧:9090
    isDefault: true

  - name: MySQL-Report
    type: mysql
    url: ⟦i@priv_ip:192⟧:3306
    database: lotus_report
    user: grafana_ro
    jsonData:
      maxOpenConns: 10
    secureJsonData:
      password: '⟦s@pw⟧'

  - name: Elasticsearch-Logs
    type: elasticsearch
    url: https://⟦i@es_host⟧:9200
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ⟦s@pw:word⟧
    jsonData:
      index: 'app-logs-*'
      timeField: '@timestamp'

  - name: Loki-Placeholder
    type: loki
    url: http://loki:3100
    secureJsonData:
      basicAuthPassword: ⟦n=${LOKI_PASSWORD}⟧
