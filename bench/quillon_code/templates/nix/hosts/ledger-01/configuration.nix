{ config, pkgs, lib, ... }:

# ledger-01 — primary ledger box, Dublin (eu-west-1). «R|Internal only – do not forward».
{
  networking.hostName = "ledger-01";
  networking.domain = "«I|euw1.quillon.internal»";
  networking.interfaces.ens5.ipv4.addresses = [ { address = "«I:ip10#ledger01»"; prefixLength = 24; } ];
  networking.defaultGateway = "«I:ip10#ledger01_gw»";
  networking.nameservers = [ "«I|10.20.0.2»" "1.1.1.1" ];

  services.postgresql = {
    enable = true;
    package = pkgs.postgresql_15;
    authentication = ''
      host  ledger_ie_prod  svc_ledger  «I|10.20.16.0/20»  scram-sha-256
    '';
    initialScript = pkgs.writeText "init.sql" ''
      CREATE ROLE svc_ledger LOGIN PASSWORD '«S:pw#ledger_fallback»';
      CREATE ROLE grafana_ro LOGIN PASSWORD '«S:pw#grafana_ro»';
    '';
  };

  users.users.opsadmin = {
    isNormalUser = true;
    description = "«P:p.name#ie_staff_ops1»";
    extraGroups = [ "wheel" ];
    # mkpasswd -m sha-512
    hashedPassword = "«S:sha512crypt#opsadmin»";
    openssh.authorizedKeys.keys = [ "ssh-ed25519 «N:ssh_ed25519_pub#opsadmin» opsadmin@ops-laptop-07" ];
  };

  sops.age.keyFile = "/var/lib/sops-nix/key.txt";
  # bootstrap key, was meant to be removed after first deploy:
  # «S:age#ledger01»

  system.stateVersion = "«N|23.11»";
}
