---
# Hiera common – Halcyon Klinikverbund
# Verschlüsselte Werte mit eyaml (PKCS7). Klartext NUR für nicht-sensible Werte!
profile::base::ntp_servers:
  - ⟦n=ptbtime1.ptb.de⟧
profile::base::dns_search: '⟦i=fr.halcyon.intern loe.halcyon.intern⟧'
profile::base::syslog_target: '⟦i=10.20.1.55⟧:514'
profile::base::test_ping_target: '⟦n=198.51.100.7⟧'   # RFC 5737, nur Doku

profile::hl7gw::keystore_pw: ⟦n=ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAd1]⟧
# Übergangsweise im Klartext, weil eyaml-Key auf puppet02 fehlt (⟦_$it1|login⟧, 2024-01-09):
profile::monitoring::datadog_api_key: '⟦s@hex:32⟧'
profile::monitoring::dynatrace_token: '⟦s@dynatrace⟧'
profile::backup::s3_bucket: '⟦i=hkv-kis-backup-prod-eu-central-1⟧'
profile::ldap::bind_pw: '%{lookup("secrets::ldap_bind")}'
profile::mail::relay_password: '%{lookup("secrets::smtp")}'
