micronaut:
  application:
    name: notify-service
  server:
    port: 8090
  security:
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: '"${JWT_GENERATOR_SIGNATURE_SECRET:⟦S:alnum(48)⟧}"'

mongodb:
  uri: "mongodb://notify:⟦S:pw(url)⟧@⟦I=mongo-0.notify.svc.cluster.local⟧:27017,mongo-1.notify.svc.cluster.local:27017/⟦I=notify⟧?replicaSet=rs0&authSource=admin"

twilio:
  account-sid: ⟦I:twilio_sid⟧
  auth-token: ⟦S:hex(32)⟧
  from: "⟦N=+972 3-376-1234⟧"

infobip:
  base-url: https://⟦I=9rq2wd.api.infobip.com⟧
  api-key: ⟦S:infobip⟧

firebase:
  # legacy FCM server key (Android courier app)
  server-key: ⟦S:firebase⟧
  project-id: anatolia-courier-prod

slack:
  # #ops-alerts
  webhook: https://hooks.slack.com/services/⟦S:slack_hook⟧

templates:
  otp:
    he: "קוד האימות שלך הוא {code}. אל תשתף אותו."
    ar: "رمز التحقق الخاص بك هو {code}"
    tr: "Doğrulama kodunuz: {code}"
  # test recipients — ⟦P:name(he_lat)⟧ ⟦P:phone(il)⟧ ; ⟦P:name(ar_lat)⟧ ⟦P:phone(ae)⟧
  sandbox-number: "⟦N=+971 50 000 0000⟧"
