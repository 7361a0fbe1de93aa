# dnsmasq — Tel Aviv hub (small office)
# שימו לב: כתובות קבועות למחשבים של העובדים
domain-needed
bogus-priv
domain=tlv.anatolia.internal
local=/tlv.anatolia.internal/
interface=eth1
dhcp-range=⟦I=192.168.60.50⟧,192.168.60.200,12h
dhcp-option=option:router,⟦I=192.168.60.1⟧
dhcp-option=option:dns-server,192.168.60.1
server=⟦N=1.1.1.1⟧
server=/anatolia.internal/⟦I:ip10⟧

dhcp-host=⟦U:mac⟧,⟦P=yael-dahan-laptop⟧,192.168.60.21
dhcp-host=⟦U:mac⟧,⟦P=itai-mizrahi-mbp⟧,192.168.60.22
dhcp-host=⟦U:mac⟧,label-printer-01,192.168.60.30
address=/⟦I=locker-admin.tlv.anatolia.internal⟧/⟦I:ip192⟧
