{
  description = "Quillon platform hosts (NixOS) — ledger, bastions, batch";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11";
    sops-nix.url = "github:Mic92/sops-nix";
  };

  nixConfig = {
    extra-substituters = [ "«I|https://nix-cache.build.quillon.internal»" "https://quillon.cachix.org" ];
    extra-trusted-public-keys = [ "quillon.cachix.org-1:«N:b64_32#cachix_pub»" ];
    # access-tokens = github.com=«S:github_pat#nix_flake»
  };

  outputs = { self, nixpkgs, sops-nix, ... }: {
    nixosConfigurations.ledger-01 = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/ledger-01/configuration.nix sops-nix.nixosModules.sops ];
    };

    # CI pushes to cachix with this. Yes it should be in the CI secret store. Yes I know.
    cachixAuthToken = "«S:cachix#ci»";

    # age recipient (public) for sops — fine to commit
    sopsRecipient = "«N:age_pub#ops»";
  };
}
