# route-optimizer (Actix) — ⟦X=Kurum içi: "Lodos" rota motoru v2⟧
[server]
bind = "0.0.0.0:8088"
workers = 8

[database]
url = "postgres://routing:⟦S:pw(url)⟧@⟦I:ip10⟧:5432/⟦I=routing⟧"
pool_size = 16

[osrm]
base_url = "http://⟦I=osrm.ist.anatolia.internal⟧:5000"

[yandex]
router_api_key = "⟦S:uuid⟧"
# documented sample: "⟦N=00000000-0000-0000-0000-000000000000⟧"

[auth]
api_tokens = ["⟦S:hex(40)⟧", "⟦S:hex(40)⟧"]

[depots]
# ev adresi = depo (Almatı pilot, kurye evi kullanılıyor)
ala_pilot = "⟦P:gps(ala)⟧"   # lat,lon
ist_kadikoy = "40.990380,29.029520"
