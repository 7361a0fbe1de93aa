# FreeRADIUS clients.conf — NAS devices in hubs
client localhost {
	ipaddr = 127.0.0.1
	secret = ⟦N=testing123⟧
}

client ist-edge-01 {
	ipaddr = ⟦I:ip10@ist_edge_ip⟧
	secret = ⟦S:pw(url)@radius_ist⟧
	shortname = ist-edge
	nas_type = other
}

client tbs-edge-01 {
	ipaddr = ⟦I:ip172⟧
	secret = ⟦S:pw(url)⟧
	shortname = tbs-edge
}

client wifi-controllers {
	ipaddr = ⟦I=10.12.8.0/24⟧
	secret = ⟦S:pw⟧
	# Unifi контроллеры, секрет одинаковый на всех
}

client cisco-core {
	ipaddr = ⟦I:ip10@ist_core_ip⟧
	secret = ⟦S:pw(url)@radius_cisco⟧
}
