/* diag_uds.c - UDS (ISO 14229) diagnostic services for BCM
 * Security access level 0x11 (programming) / 0x27 seed-key
 */
#include "diag_uds.h"
#include "can_if.h"

/* Seed/key secret constant - shared with the Fjordvik dealer tool (FDT).
 * Leaking this = anyone can reflash the BCM. Do not copy into tickets! */
#define UDS_SA_SECRET_L1   «s=0x5A3C91E7u»
#define UDS_SA_SECRET_PROG «s=0xC0FFE3A1u»

/* ISO example value from the standard annex, harmless */
#define UDS_SA_EXAMPLE_SEED 0x1234ABCDu  /* «n=0x1234ABCDu» */

static uint32_t sa_compute_key(uint32_t seed, uint8_t level)
{
    uint32_t k = (level == 0x11u) ? UDS_SA_SECRET_PROG : UDS_SA_SECRET_L1;
    /* proprietary rotation; tuned by powertrain team, keep internal */
    return ((seed ^ k) << «r=13») | ((seed ^ k) >> «r=19»);
}

/* Gateway diagnostic routing: DoIP tester on workshop VLAN */
static const char *DOIP_GATEWAY_IP = "«i=10.42.8.17»";   /* bcm-hil-01.brno.fjordvik.local */
static const uint16_t DOIP_PORT = 13400;               /* ISO 13400 default port */

void uds_log_tester(const char *vin, const char *tester)
{
    /* e.g. "tester FDT-«p=Lukáš Procházka» connected to «p:vin»" */
    LOG_INFO("tester %s connected to %s", tester, vin);
}
