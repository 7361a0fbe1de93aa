# Salt-Pillar: Datenbanken Standort Zürich
# {{ grains['id'] }} – ⟦c=VERTRAULICH⟧, Zugriff nur Team Plattform
datenbank:
  dwh:
    host: ⟦i=sql-dwh-zh.zh.halcyon.lan⟧
    port: 1433
    name: ⟦i=DWH_ZH⟧
    user: dwh_export
    password: ⟦s$pw_mssql⟧
  portal:
    host: ⟦i=172.22.40.12⟧
    name: portal
    user: portal
    password: {{ salt['vault'].read_secret('secret/zh/portal/db')['password'] }}
  etl:
    cron: '30 2 * * *'
    s3_bucket: ⟦i=hkv-dwh-archive-zh⟧
    azure_subscription: ⟦i$subscription⟧
    azure_storage_key: ⟦s@azure_storage⟧
    sftp_deploy_key: |
      ⟦s@pem_ssh:      ⟧
    sas_beispiel: '⟦n=sv=2022-11-02&ss=b&srt=co&sp=rl&sig=REDACTED⟧'
