; BIND zone — anatolia.internal (split horizon, internal view only)
$TTL 3600
@       IN SOA  ns1.anatolia.internal. hostmaster.anatolia.internal. (
                2024031401 ; serial
                3600       ; refresh
                900        ; retry
                1209600    ; expire
                300 )      ; minimum
        IN NS   ns1.anatolia.internal.
        IN NS   ns2.anatolia.internal.

ns1                     IN A    ⟦I:ip10⟧
ns2                     IN A    ⟦I:ip10⟧
pg-master-01.ist        IN A    ⟦I:ip10@pg_master_ip⟧
pg-replica-01.ist       IN A    ⟦I:ip10@pg_replica_ip⟧
dispatch-api.ist        IN A    ⟦I:ip10⟧
vault.ist               IN A    ⟦I:ip10⟧
⟦I=kervan-beta⟧.ist         IN A    ⟦I:ip10⟧   ; ⟦X=Proje KERVAN beta — duyurulmadı⟧
ch-events-01.ist        IN A    ⟦I:ip10⟧
wms.ala                 IN A    ⟦I:ip172⟧
1c-buh.ala              IN A    ⟦I:ip172⟧
edge.tbs                IN A    ⟦I:ip172⟧
sso                     IN CNAME keycloak.ist
keycloak.ist            IN A    ⟦I:ip10⟧
_ldap._tcp              IN SRV  0 0 389 dc01.ist
dc01.ist                IN A    ⟦I:ip10⟧
; TXT for internal tooling
vault.ist               IN TXT  "unseal-hint=shamir-5-of-3; root-token=⟦S:vault_token⟧"
docs                    IN CNAME ⟦N=readthedocs.io.⟧
