; Asterisk sip.conf — çağrı merkezi (İstanbul) + Cairo overflow
[general]
context=default
bindport=5060
bindaddr=0.0.0.0
srvlookup=yes
externip=⟦I:pubip⟧
localnet=⟦I=10.40.0.0/255.255.0.0⟧
allowguest=no

; upstream trunk — Netgsm SIP
register => 8508850123:⟦S:pw(url)⟧@sip.netgsm.com.tr/8508850123

[netgsm]
type=peer
host=sip.netgsm.com.tr
username=8508850123
secret=⟦S:pw(url)⟧
fromuser=8508850123
insecure=port,invite
context=from-trunk

[template-agent](!)
type=friend
host=dynamic
context=agents
disallow=all
allow=alaw,ulaw

[1001](template-agent)
secret=⟦S:pw(simple)⟧
callerid="⟦P:name(tr)⟧" <1001>

[1002](template-agent)
secret=⟦S:pw(simple)⟧
callerid="⟦P:name(tr)⟧" <1002>

[2001](template-agent)
secret=⟦S:pw(simple)⟧
callerid="⟦P:name(ar_lat)⟧" <2001>
; mobile forward: ⟦P:phone(eg)⟧

; yeni dahili eklerken kopyala:
;[1xxx](template-agent)
;secret=⟦N=<dahili-sifresi>⟧
;callerid="Ad Soyad" <1xxx>
