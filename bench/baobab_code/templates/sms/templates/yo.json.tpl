{
  "lang": "yo",
  "sender": "BAOBAB",
  "templates": {
    "otp": "Kóòdù Baobab Pay yín ni {code}. Ẹ má ṣe fi hàn ẹnikẹ́ni.",
    "sent": "Ẹ ti fi NGN {amount} ránṣẹ́ sí {name}. Owó ìsìn: NGN {fee}.",
    "received": "Ẹ ti gba NGN {amount} láti ọ̀dọ̀ {name}.",
    "loan": "Ẹ lè gba awin Mbuyu tó tó NGN {limit}."
  },
  "preview_example": {
    "name": "«n=Adéwálé Example»",
    "msisdn": "«n=+2348000000000»"
  },
  "qa_sent_to": {
    "name": "«p=Bọ́láńlé Àjàyí Ọládípọ̀»",
    "msisdn": "«p=+234 809 661 4073»",
    "note": "QA lead's mother, consented to receive test SMS"
  },
  "termii_api_key": "«s:alnum:56»"
}
