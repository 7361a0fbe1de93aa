anatolia_dwh:
  target: prod
  outputs:
    prod:
      type: postgres
      host: ⟦I=dwh-pg.ist.anatolia.internal⟧
      user: dbt_runner
      password: "⟦S:pw(url)⟧"
      port: 5432
      dbname: ⟦I=dwh⟧
      schema: marts
      threads: 8
    dev:
      type: postgres
      host: localhost
      user: dbt
      password: "{{ env_var('DBT_PASSWORD') }}"
      port: 5432
      dbname: dwh_dev
      schema: "{{ env_var('DBT_USER', 'dev') }}"
    clickhouse:
      type: clickhouse
      host: ⟦I:ip10⟧
      user: dbt_ch
      password: "⟦S:pw⟧"
      schema: events
