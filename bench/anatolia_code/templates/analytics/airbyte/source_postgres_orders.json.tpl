{
  "sourceDefinitionId": "⟦N:uuid⟧",
  "name": "orders-prod (logical replication)",
  "workspaceId": "⟦N:uuid⟧",
  "connectionConfiguration": {
    "host": "⟦I=pg-orders-replica.ist.anatolia.internal⟧",
    "port": 5432,
    "database": "⟦I=orders_prod⟧",
    "username": "airbyte_cdc",
    "password": "⟦S:pw(url)⟧",
    "schemas": ["public"],
    "ssl_mode": {"mode": "require"},
    "replication_method": {
      "method": "CDC",
      "replication_slot": "airbyte_slot",
      "publication": "airbyte_pub"
    },
    "tunnel_method": {
      "tunnel_method": "SSH_KEY_AUTH",
      "tunnel_host": "⟦I:pubip⟧",
      "tunnel_port": 22,
      "tunnel_user": "airbyte",
      "ssh_key": "⟦S:pem(openssh_json)⟧"
    }
  }
}
