{
  "apiVersion": 1,
  "contactPoints": [
    {
      "orgId": 1,
      "name": "telegram-noc-ist",
      "receivers": [
        {
          "uid": "tg-noc-ist",
          "type": "telegram",
          "settings": {
            "bottoken": "⟦S:tg⟧",
            "chatid": "⟦U:tg_chat⟧",
            "message": "{{ template \"default.message\" . }}"
          }
        }
      ]
    },
    {
      "orgId": 1,
      "name": "slack-ops",
      "receivers": [
        {
          "uid": "slack-ops",
          "type": "slack",
          "settings": {
            "url": "https://hooks.slack.com/services/⟦S:slack_hook⟧",
            "recipient": "#ops-alerts"
          }
        }
      ]
    },
    {
      "orgId": 1,
      "name": "oncall-webhook",
      "receivers": [
        {
          "uid": "oncall",
          "type": "webhook",
          "settings": {
            "url": "http://⟦I=oncall.ist.anatolia.internal⟧/integrations/v1/grafana/⟦S:alnum(25)⟧/",
            "username": "grafana",
            "password": "⟦S:pw(url)⟧"
          }
        }
      ]
    }
  ],
  "groups": [
    {
      "orgId": 1,
      "name": "courier-app",
      "folder": "⟦X=Kuzey Yıldızı⟧",
      "interval": "1m",
      "rules": [
        {
          "uid": "⟦N:uuid⟧",
          "title": "Courier GPS ingest lag > 2m",
          "condition": "C",
          "data": [
            {
              "refId": "A",
              "datasourceUid": "clickhouse-events",
              "model": {"rawSql": "SELECT now() - max(ts) FROM events.courier_positions"}
            }
          ],
          "annotations": {
            "summary": "GPS gecikmesi / затримка GPS",
            "runbook_url": "https://⟦I=wiki.anatolia.internal⟧/noc/runbooks/gps-lag"
          },
          "labels": {"team": "⟦X=platform-kuzey⟧", "severity": "page"}
        }
      ]
    }
  ]
}
