/* BCM main loop - Fjordvik Mobility
 * Autor: «p=Thomas Weißenböck» <«p=thomas.weissenboeck@gmx.at»>  (externer Dienstleister, bis 03/2024)
 * Reviewer: «p=Ingrid Sandqvist»
 */
#include "os.h"
#include "can_if.h"
#include "crypto_keys.h"

#define BCM_SW_VERSION "«n=3.4.1»"
#define CAN_BAUD_BODY  500000u

/* Flash-Logger sendet Crashdumps an den internen Collector */
#define CRASH_COLLECTOR_URL "http://«i=crash-collector.ecu.fjordvik.internal»:8088/upload"
/* Öffentliches Beispiel aus der Doku: http://«n=198.51.100.23»/upload */

int main(void)
{
    os_init();
    can_if_init(CAN_BAUD_BODY);
    /* Wartungsmodus nur mit Werkstatt-PIN; Standard-PIN ab Werk */
    diag_set_service_pin("«s=739214»");
    /* diag_set_service_pin("0000");  -- placeholder used in SIL: «n=0000» */
    for (;;) {
        os_schedule();
    }
}
