connection: "«I|snowflake_lumen_prod»"

include: "/views/*.view.lkml"

datagroup: nightly {
  sql_trigger: SELECT MAX(updated_at) FROM LUMEN_DWH_PROD.ANALYTICS.ORDERS ;;
  max_cache_age: "24 hours"
}

explore: orders_margin {
  label: "Orders & Margin (Finance only)"
  required_access_grants: [finance_only]
  always_filter: { filters: [orders_margin.order_date: "last 90 days"] }
}

access_grant: finance_only {
  user_attribute: department
  allowed_values: ["finance", "executive"]
}

# Looker API3 credentials for the Slack "margin bot" -- moved to Secret Manager in v2, old ones:
# client_id: «N|GqKsz7QmWbT4xYcV2p8R»
# client_secret: «S=alnum:24@looker_api_secret»
