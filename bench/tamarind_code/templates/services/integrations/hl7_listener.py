"""MLLP listener that forwards HL7 v2 ADT messages from partner clinics to rx-core.

Runs on the integration hosts in Auckland and Sydney.
"""
import asyncio
import logging
import os

import hl7
from hl7.mllp import start_hl7_server

LISTEN_HOST = os.getenv("HL7_LISTEN", "«I:10.70.2.15»")
LISTEN_PORT = int(os.getenv("HL7_PORT", "2575"))
FORWARD_URL = os.getenv("RXCORE_URL", "«I:http://rx-core.prod.svc.cluster.local:8000/hl7/adt»")
# Partner clinics authenticate with a per-site shared secret in MSH-8 (yes, really).
SITE_SECRETS = {
    "TMH-AKL-CLINIC": os.environ.get("HL7_SECRET_AKL"),
    "TMH-SYD-CLINIC": "«S!alnum:32»",
    "DEMO-CLINIC": "«N:demo-secret-not-used»",
}
log = logging.getLogger("hl7")

# Sample for local testing – see sample_adt_a04.hl7 (real message, replace before sharing!)
EXAMPLE_PID = "PID|1||«P!nhi»^^^NHI^NI||«P:KUMAR^ANJALI»||«P:19900214»|F"


async def handle(reader, writer):
    async for msg in reader:
        m = hl7.parse(str(msg))
        log.info("adt %s from %s", m.segment("MSH")[9], m.segment("MSH")[4])
        writer.writemessage(msg.create_ack())


async def main():
    async with await start_hl7_server(handle, host=LISTEN_HOST, port=LISTEN_PORT) as server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
