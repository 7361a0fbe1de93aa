{
  "info": {
    "_postman_id": "⟦N:uuid⟧",
    "name": "Anatolia Courier API (v3)",
    "description": "⟦X=Internal – do not share⟧. Kurye uygulaması backend uçları. Staging + prod.",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [
      {"key": "token", "value": "⟦S:jwt(admin)⟧", "type": "string"}
    ]
  },
  "variable": [
    {"key": "baseUrl", "value": "https://⟦I=courier-api.stg.anatolia.internal⟧/v3"},
    {"key": "prodUrl", "value": "https://api.anatolia-logistik.com.tr/courier/v3"},
    {"key": "apiKey", "value": "⟦S:alnum(40)⟧"},
    {"key": "exampleKey", "value": "⟦N={{API_KEY}}⟧"}
  ],
  "item": [
    {
      "name": "Login (courier)",
      "request": {
        "method": "POST",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {
          "mode": "raw",
          "raw": "{\n  \"phone\": \"⟦P:phone(tr_e164)⟧\",\n  \"password\": \"⟦S:pw⟧\"\n}"
        },
        "url": {"raw": "{{baseUrl}}/auth/login", "host": ["{{baseUrl}}"], "path": ["auth", "login"]}
      }
    },
    {
      "name": "Create shipment (Dubai)",
      "request": {
        "method": "POST",
        "header": [
          {"key": "X-Api-Key", "value": "{{apiKey}}"},
          {"key": "X-Partner-Secret", "value": "⟦S:hex(48)⟧"}
        ],
        "body": {
          "mode": "raw",
          "raw": "{\n  \"recipient\": {\n    \"name\": \"⟦P:name(ar_lat)⟧\",\n    \"phone\": \"⟦P:phone(ae)⟧\",\n    \"address\": \"⟦P:addr(ae)⟧\"\n  },\n  \"cod\": 0\n}"
        },
        "url": {"raw": "{{baseUrl}}/shipments"}
      }
    },
    {
      "name": "Yandex Cloud: IAM token",
      "request": {
        "method": "POST",
        "header": [{"key": "Authorization", "value": "Api-Key ⟦S:yc_api_key⟧"}],
        "url": {"raw": "https://iam.api.cloud.yandex.net/iam/v1/tokens"}
      }
    },
    {
      "name": "Courier location",
      "request": {
        "method": "GET",
        "header": [{"key": "Authorization", "value": "⟦N=Bearer <ВАШ_ТОКЕН>⟧"}],
        "url": {"raw": "{{baseUrl}}/couriers/5512/location"}
      },
      "response": [
        {
          "name": "200",
          "body": "{\"courierId\":5512,\"name\":\"⟦P:name(tr)⟧\",\"home\":\"⟦P:gps(ist)⟧\",\"plate\":\"⟦P:plate(tr)⟧\"}"
        }
      ]
    }
  ]
}
