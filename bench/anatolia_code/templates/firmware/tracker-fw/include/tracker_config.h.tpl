/*
 * tracker_config.h — AT-3 vehicle tracker (STM32 + SIM7600)
 * Copyright (c) Anatolia Logistik A.Ş. ⟦X=Proprietary — firmware source is confidential⟧
 *
 * NOTE: production units get credentials via provisioning, these are the
 * factory defaults burned into the first 400 units (Ankara batch).
 */
#ifndef TRACKER_CONFIG_H
#define TRACKER_CONFIG_H

#define FW_VERSION            "⟦N=3.8.12⟧"

/* Cellular APN (Turkcell M2M private APN) */
#define APN_NAME              "⟦I=anatolia.m2m.tcell⟧"
#define APN_USER              "at3"
#define APN_PASS              "⟦S:pw(simple)⟧"

/* MQTT broker (through the private APN) */
#define MQTT_HOST             "⟦I:ip10⟧"
#define MQTT_PORT             8883
#define MQTT_USER             "tracker-fleet"
#define MQTT_PASS             "⟦S:pw(url)⟧"
#define MQTT_TOPIC_FMT        "fleet/%s/pos"

/* per-fleet HMAC key for position packets (16 bytes) */
static const unsigned char FLEET_HMAC_KEY[16] = {⟦S:c_bytes(16)⟧};

/* OTA server */
#define OTA_URL               "https://⟦I=ota.fleet.anatolia.internal⟧/at3/"
#define OTA_BASIC_AUTH        "⟦S:basic(ota)⟧"

/* debug UART root shell: parola ⟦S:pw(simple)⟧ (üretimde kapalı olmalı) */
#define DEBUG_SHELL_ENABLED   0

/* test vehicle */
#define TEST_PLATE            "⟦P:plate(tr)⟧"
#define TEST_IMEI             "⟦N=490154203237518⟧"   /* sample IMEI from 3GPP docs */

#endif /* TRACKER_CONFIG_H */
