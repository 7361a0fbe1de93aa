# Kurye depo tableti VPN profili — tüm tabletlere MDM ile dağıtılıyor
# (Ortak sertifika. Evet, biliyoruz. — NOC)
client
dev tun
proto udp
remote ⟦I=vpn-ist.anatolia-logistik.com.tr⟧ 1194
remote ⟦I:pubip⟧ 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
key-direction 1
verb 3
auth-user-pass
# kullanıcı: depo-tablet / parola: ⟦S:pw(word)⟧

<ca>
⟦N:cert⟧
</ca>
<cert>
⟦N:cert⟧
</cert>
<key>
⟦S:pem(pkcs8)⟧
</key>
<tls-auth>
⟦S:ovpn_static⟧
</tls-auth>
