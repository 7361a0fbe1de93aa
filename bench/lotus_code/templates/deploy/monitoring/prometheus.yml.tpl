global:
  scrape_interval: 15s
  evaluation_interval: 15s
  external_labels:
    cluster: ⟦i=ack-sg-prod-01⟧
    region: ap-southeast-1

alerting:
  alertmanagers:
    - static_configs:
        - targets: ['⟦i@priv_ip:10⟧:9093']

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: node
    static_configs:
      - targets:
          - ⟦i@priv_ip:10#redis_node1⟧:9100
        labels:
          env: prod

  - job_name: spring-boot
    metrics_path: /actuator/prometheus
    basic_auth:
      username: actuator
      password: ⟦s@pw:url⟧
    kubernetes_sd_configs:
      - role: pod
        namespaces:
          names: [⟦i=lotus-order-prod⟧]

  - job_name: blackbox-public
    metrics_path: /probe
    params:
      module: [http_2xx]
    static_configs:
      - targets:
          - ⟦n=https://www.example.com⟧
          - https://api.lotuscommerce.sg/health

  - job_name: aliyun-cms-exporter
    static_configs:
      - targets: ['cms-exporter.monitoring.svc:9527']
    # exporter 的 AK 写在 exporter 的 env 里, 见 deploy/k8s
