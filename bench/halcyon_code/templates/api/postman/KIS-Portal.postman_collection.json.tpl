{
  "info": {
    "_postman_id": "⟦n=6c1f0d2e-93a4-4b7b-8f5e-1d2c3b4a5e6f⟧",
    "name": "KIS Portal API (INT)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "⟦s@jwt:portal-int⟧", "type": "string"}]
  },
  "variable": [
    {"key": "baseUrl", "value": "https://⟦i=portal-api-int.fr.halcyon.intern⟧/v2"},
    {"key": "portalKey", "value": "⟦s@alnum:40⟧"},
    {"key": "adminPassword", "value": "⟦n={{ADMIN_PASSWORD}}⟧"},
    {"key": "ghToken", "value": "⟦s@ghp⟧"}
  ],
  "item": [
    {
      "name": "Patient lesen",
      "request": {
        "method": "GET",
        "header": [{"key": "X-Portal-Key", "value": "{{portalKey}}"}],
        "url": {"raw": "{{baseUrl}}/patienten/⟦p$pat3_mrn⟧", "host": ["{{baseUrl}}"], "path": ["patienten", "⟦_$pat3_mrn⟧"]}
      }
    },
    {
      "name": "Legacy Login (Basic)",
      "request": {
        "method": "POST",
        "header": [
          {"key": "Authorization", "value": "Basic ⟦s@basic:portal_admin⟧"},
          {"key": "Content-Type", "value": "application/json"}
        ],
        "body": {"mode": "raw", "raw": "{\"benutzer\": \"⟦p$it2|login⟧\", \"passwort\": \"⟦s@pw:season⟧\"}"},
        "url": {"raw": "{{baseUrl}}/auth/legacy"}
      }
    },
    {
      "name": "Termin anlegen (Beispiel)",
      "request": {
        "method": "POST",
        "body": {"mode": "raw", "raw": "{\"pid\": \"PID-0000001\", \"name\": \"Max Mustermann\", \"telefon\": \"⟦n=+41 44 000 00 00⟧\"}"},
        "url": {"raw": "{{baseUrl}}/termine"}
      }
    }
  ]
}
