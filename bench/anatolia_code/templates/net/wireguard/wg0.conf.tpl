# wg0 — Tbilisi hub ↔ Istanbul core
# თბილისის ჰაბის VPN. გასაღები არ გაუზიაროთ!
[Interface]
Address = ⟦I=10.66.4.1/24⟧
ListenPort = 51820
PrivateKey = ⟦S:wg_priv⟧
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT

[Peer]
# ist-core
PublicKey = ⟦N:wg_pub⟧
PresharedKey = ⟦S:wg_pub⟧
Endpoint = ⟦I:pubip⟧:51820
AllowedIPs = ⟦I=10.0.0.0/12⟧, ⟦I=10.66.0.0/16⟧
PersistentKeepalive = 25

[Peer]
# laptop: ⟦P:name(ka_lat)⟧
PublicKey = ⟦N:wg_pub⟧
AllowedIPs = 10.66.4.23/32
