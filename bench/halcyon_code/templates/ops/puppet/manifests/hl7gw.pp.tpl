# == Class: profile::hl7gw
#
# HL7-Kommunikationsserver (Mirth Connect) Freiburg/Lörrach.
# Maintainer: Plattformbetrieb
#
class profile::hl7gw (
  String $db_host     = '⟦i=pg-hl7.fr.halcyon.intern⟧',
  String $db_name     = 'mirthdb',
  String $db_user     = 'mirth',
  String $db_password = '⟦s@pw:random⟧',   # TODO nach hiera-eyaml
  String $keystore_pw = lookup('profile::hl7gw::keystore_pw'),
  Array[String] $allowed_nets = ['⟦i=10.20.8.0/22⟧'],
) {
  package { '⟦n=mirthconnect⟧':
    ensure => '⟦n=4.4.2.b326⟧',
  }

  file { '/opt/mirthconnect/conf/mirth.properties':
    ensure  => file,
    owner   => 'mirth',
    mode    => '0640',
    content => epp('profile/hl7gw/mirth.properties.epp', {
      'db_url'      => "jdbc:postgresql://${db_host}:5432/${db_name}",
      'db_user'     => $db_user,
      'db_password' => $db_password,
      'keystore_pw' => $keystore_pw,
      'psk'         => lookup('profile::hl7gw::psk'),
    }),
    notify  => Service['mcservice'],
  }

  exec { 'mirth-admin-pw':
    command => "/opt/mirthconnect/mccommand -a https://localhost:8443 -u admin -p '⟦s@pw⟧' -s /opt/mirthconnect/init.txt",
    unless  => '/usr/bin/test -f /opt/mirthconnect/.initialized',
  }

  service { 'mcservice':
    ensure => running,
    enable => true,
  }
}
