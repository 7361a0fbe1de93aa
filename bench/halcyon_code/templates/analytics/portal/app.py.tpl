# Patientenportal (Flask) – Terminbuchung & Befundfreigabe
import os

import sentry_sdk
from flask import Flask, jsonify, request
from flask_mail import Mail
import jwt

sentry_sdk.init(dsn="https://⟦s@hex:32⟧@o⟦_@int:100000,999999⟧.ingest.sentry.io/⟦_@int:1000000,9999999⟧", traces_sample_rate=0.2)

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ.get("PORTAL_SECRET_KEY", "⟦s@hex:48⟧"),
    MAIL_SERVER="⟦i=smtp-relay.fr.halcyon.intern⟧",
    MAIL_PORT=587,
    MAIL_USE_TLS=True,
    MAIL_USERNAME="portal@halcyon-klinik.de",
    MAIL_PASSWORD=os.getenv("MAIL_PASSWORD") or "⟦s@pw⟧",
    SQLALCHEMY_DATABASE_URI="postgresql://portal:⟦n=${PORTAL_DB_PASS}⟧@db:5432/portal",
)
mail = Mail(app)

JWT_SECRET = "⟦s$jwt_key⟧"  # gleich wie kis.jwt.signingKey, sonst klappt SSO nicht
# Pilot ⟦c=ARGUS⟧ (KI-Zusammenfassung Arztbrief) – nicht vor Freigabe durch den DSB aktivieren!
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "⟦s@openai⟧")
GOOGLE_MAPS_KEY = "⟦s@google_api⟧"  # Anfahrtskarte Standorte


@app.get("/api/standorte")
def standorte():
    return jsonify([
        {"name": "Klinikum Freiburg-Zähringen", "tel": "⟦n=+49 761 000000⟧"},
        {"name": "Spital Zürich-Hottingen", "web": "https://⟦n=www.halcyon.ch⟧"},
    ])


@app.get("/api/befunde")
def befunde():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    return jsonify({"patient": claims["sub"], "befunde": []})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
