# Celery config for label-printing / tracking workers
# Комментарий для киевской команды: брокер общий с Tbilisi, не перезапускайте без #ops-duty
import os

broker_url = os.getenv(
    "CELERY_BROKER_URL",
    "amqp://celery:⟦S:pw(url)@rabbit_pw⟧@⟦I=rabbitmq.kyiv.anatolia.internal⟧:5672/⟦I=tracking⟧",
)
result_backend = "redis://default:⟦S:alnum(28)⟧@⟦I:ip172⟧:6379/1"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Kyiv"
enable_utc = True

task_routes = {
    "workers.labels.*": {"queue": "labels"},
    "workers.tracking.*": {"queue": "tracking"},
    "workers.sms.*": {"queue": "sms"},
}

# Flower behind nginx basic auth
flower_basic_auth = ["ops:⟦S:pw(url)⟧"]

# Twilio for courier OTP in IL/AE
TWILIO_ACCOUNT_SID = "⟦I:twilio_sid⟧"
TWILIO_AUTH_TOKEN = "⟦S:hex(32)⟧"
TWILIO_API_KEY = "⟦S:twilio_key⟧"
TWILIO_FROM = "⟦N=+15005550006⟧"  # Twilio magic test number
