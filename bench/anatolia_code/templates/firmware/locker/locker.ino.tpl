// Akıllı teslimat dolabı (ESP32) — Kadıköy pilot
// מנעול חכם — פיילוט תל אביב משתמש באותה קושחה
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "Anatolia-Depo-IoT";
const char* WIFI_PASS = "⟦S:pw(word)⟧";

const char* MQTT_SERVER = "⟦I:ip192⟧";
const char* MQTT_USER = "locker";
const char* MQTT_PASS = "⟦S:pw(url)⟧";

// Bakım menüsü PIN'i (tüm dolaplarda aynı!)
const char* SERVICE_PIN = "⟦S:digits(6)⟧";

// Kurulum sihirbazı (AP modu) — boş bırakılırsa seri porttan sorulur
// örnek: AP_FALLBACK_PASS = "⟦N=wifi_sifreniz⟧";
const char* AP_FALLBACK_PASS = "";

WiFiClient espClient;
PubSubClient client(espClient);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
  }
  client.setServer(MQTT_SERVER, 1883);
}

void loop() {
  if (!client.connected()) {
    client.connect("locker-kdk-07", MQTT_USER, MQTT_PASS);
  }
  client.loop();
}
