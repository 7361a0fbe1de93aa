/*
 * crypto_keys.c - Body Control Module (BCM) key material
 * Fjordvik Mobility AB / ECU platform "«r=Projekt Lodestar»" (Gen3, SOP Q3/2025 - NICHT VERÖFFENTLICHEN)
 *
 * NOTE: production keys are injected by the HSM at end-of-line (EOL) station 4.
 * The values below are the *development* keys used on the HIL rack in Brno.
 * TODO(jnovak): přesunout do HSM slotu před SOP, viz FJV-2291
 */
#include <stdint.h>
#include "crypto_keys.h"

/* SecOC AES-128 key for CAN-FD authenticated PDUs (dev rack) */
const uint8_t SECOC_KEY_DEV[16] = { «s:cbytes:16» };

/* Example key from AUTOSAR SWS_SecOC test vector, public - kept for unit tests */
const uint8_t SECOC_KEY_TESTVECTOR[16] = { «n=0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C» };

/* All-zero key means "not provisioned" - HSM will refuse to boot */
const uint8_t SECOC_KEY_UNPROVISIONED[16] = { «n=0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00» };

/* Secure boot: firmware image signing key (dev). Public half lives in bootloader ROM. */
static const char FW_SIGNING_KEY_PEM[] =
«s:pem:EC:c»;

/* Master key for deriving per-vehicle immobiliser keys: KDF(master, VIN) */
#define IMMO_MASTER_KEY_HEX "«s:HEX:64»"

/* Firmware build identifier (git describe) */
#define FW_BUILD_ID "bcm-3.4.1-g«n:sha1»"
