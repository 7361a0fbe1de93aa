# prod.tfvars — applied by Atlantis. Secrets SHOULD come from TF_VAR_* in Atlantis,
# but the cloudflare token below was pasted during the Feb outage and never removed.
region               = "us-west-2"
environment          = "prod"
gcp_project_id       = "⟦i=kestrel-data-prod-318204⟧"
eks_cluster_name     = "⟦i=kestrel-prod-usw2-eks⟧"
cloudflare_zone_id   = "⟦n@hex:32⟧"
cloudflare_api_token = "⟦s@cloudflare⟧"
pagerduty_token      = "⟦s@alnum:20⟧"
tfc_token            = "⟦s@tfc⟧"

admin_users = [
  "⟦p=sofia.marchetti@kestrelmobility.com⟧",
  "⟦p=ji-hoon.baek@kestrelmobility.com⟧",
]

github_actions_oidc_repos = ["kestrel-mobility/platform", "kestrel-mobility/mobile"]
ami_id                    = "⟦n=ami-0c55b159cbfafe1f0⟧"
