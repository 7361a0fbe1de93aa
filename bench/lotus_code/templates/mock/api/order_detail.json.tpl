{
  "code": 0,
  "msg": "success",
  "traceId": "⟦n@uuid⟧",
  "data": {
    "orderNo": "LT⟦-@digits:18⟧",
    "site": "ID",
    "status": "SHIPPED",
    "buyer": {
      "memberId": ⟦-@digits:8⟧,
      "nickname": "⟦p@name:id#mock_buyer⟧",
      "level": "GOLD",
      "birthday": "⟦p@dob⟧"
    },
    "delivery": {
      "receiver": "⟦p@name:id#mock_buyer⟧",
      "phone": "⟦p@id_mobile⟧",
      "address": {
        "line1": "⟦p@addr:id⟧",
        "geo": null
      },
      "courier": "J&T Express",
      "awb": "JT⟦-@digits:10⟧"
    },
    "payment": {
      "channel": "MIDTRANS_GOPAY",
      "amount": 349000,
      "currency": "IDR",
      "card": { "bin": "⟦n=411111⟧", "last4": "1111", "testCard": "⟦n=4111111111111111⟧" }
    },
    "items": [
      {
        "skuId": "⟦n@uuid⟧",
        "title": "Rice Cooker Digital 1.8L",
        "qty": 1,
        "price": 349000
      }
    ],
    "extra": {
      "vnDemo": {
        "receiver": "⟦p@name:vi⟧",
        "address": "⟦p@addr:vi⟧"
      },
      "thDemo": {
        "receiver": "⟦p@name:th⟧",
        "address": "⟦p@addr:th⟧"
      },
      "phDemo": {
        "receiver": "⟦p@name:ph⟧",
        "address": "⟦p@addr:ph⟧"
      },
      "placeholder": {
        "receiver": "⟦n=Nguyễn Văn A⟧",
        "address": "⟦n=123 Đường ABC, Quận XYZ⟧"
      }
    }
  }
}
