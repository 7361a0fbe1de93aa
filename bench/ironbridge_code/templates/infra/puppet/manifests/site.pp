# site.pp - legacy Puppet estate (LDN1 bare metal). Frozen except for security fixes.
node /^app-prod-ledger-\d+\.ldn1\.ironbridge\.internal$/ {
  include ib::base
  class { 'ib::ledger':
    db_host     => '«I:pg-prod-rw.ldn1.ironbridge.internal»',
    db_password => «N:lookup('ib::ledger::db_password')»,
    jmx_port    => 9010,
  }
}

node '«I:mf-bridge-01.gov.ib-enclave.uk»' {
  include ib::base
  class { 'ib::mfbridge':
    sftp_user     => 'wccbridge',
    sftp_password => '«S=pw#wccsftp»',   # FIXME move to eyaml before the ITHC
    allowed_cidr  => '«I:10.200.14.0/24»',
  }
}

node default {
  include ib::base
}
