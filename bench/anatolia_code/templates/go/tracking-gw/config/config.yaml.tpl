http:
  listen: ":8080"

postgres:
  dsn: "host=⟦I=pg-tracking.ist.anatolia.internal⟧ port=5432 user=tracking password=⟦S:pw(url)⟧ dbname=⟦I=tracking_prod⟧ sslmode=require"
  max_conns: 40

redis:
  addr: "⟦I:ip10⟧:6379"
  password: "⟦S:hex(32)⟧"

clickhouse:
  url: "tcp://⟦I=ch-events-01.ist.anatolia.internal⟧:9000?database=events&username=tracking_rw&password=⟦S:pw(url)⟧"

yandex_cloud:
  # folder: anatolia-prod / ⟦X=Proje KERVAN⟧
  cloud_id: "⟦I:yc_folder⟧"
  folder_id: "⟦I:yc_folder⟧"
  service_account_key: "⟦S:yc_api_key⟧"
  iam_token_cache: "⟦S:yc_iam⟧"
  s3:
    bucket: "⟦I=tracking-snapshots-prod⟧"
    endpoint: "https://storage.yandexcloud.net"

geo:
  provider: yandex
  api_key: "⟦N=${YANDEX_GEO_KEY}⟧"
  fallback_mirror: "⟦N=mirror.yandex.ru⟧"

kafka:
  brokers:
    - "⟦I:ip10⟧:9092"
    - "⟦I:ip10⟧:9092"
  sasl:
    mechanism: SCRAM-SHA-512
    username: tracking
    password: "⟦S:pw⟧"
