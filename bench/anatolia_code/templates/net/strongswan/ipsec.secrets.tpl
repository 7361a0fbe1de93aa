# /etc/ipsec.secrets - strongSwan IPsec secrets file
# Dubai warehouse (Jebel Ali) site-to-site + Cairo DC
# سري — لا تشارك هذا الملف

⟦I:pubip@ist_ipsec_ip⟧ ⟦I:pubip@dxb_vpn_ip⟧ : PSK "⟦S:pw(url)⟧"
⟦I:pubip@ist_ipsec_ip⟧ ⟦I:pubip⟧ : PSK 0s⟦S:b64(33)⟧

: RSA ist-gw.key "⟦S:pw⟧"

# road warriors (XAuth) — staff
⟦P:staff_email(tr)⟧ : XAUTH "⟦S:pw(word)⟧"
# example from strongSwan wiki, unused:
# carol@strongswan.org : EAP "⟦N=Ar3etTnp⟧"
