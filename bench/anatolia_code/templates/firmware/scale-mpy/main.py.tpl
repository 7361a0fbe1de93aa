# MicroPython — депо весы (Pico W), Київ склад №2
import network
import urequests
import time
from machine import UART

SSID = "ANATOLIA-WH2"
PSK = "⟦S:pw⟧"
API = "http://⟦I:ip192⟧:8000/api/weight"
API_TOKEN = "⟦S:hex(32)⟧"

# пароль: ⟦N=<ВАШ_ТОКЕН>⟧ — заміни перед прошивкою (це шаблон з README)

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(SSID, PSK)
while not wlan.isconnected():
    time.sleep(0.5)

uart = UART(0, baudrate=9600)
while True:
    line = uart.readline()
    if line:
        urequests.post(API, json={"w": line.decode().strip()},
                       headers={"Authorization": "Token " + API_TOKEN})
    time.sleep(1)
