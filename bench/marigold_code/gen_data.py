"""Bulk data files for the Marigold build, emitted as marker text (see build.py)."""

IN_NAMES = ["Priya Raghunathan", "प्रिया शर्मा", "Anil Kumar Yadav", "सुनीता देवी", "Rohit Venkatesan",
            "Meenakshi Iyer", "राजेश कुमार गुप्ता", "Farhan Qureshi", "Lakshmi Narayanan", "Kavita Deshpande"]
AE_NAMES = ["Mohammed Al Mansoori", "فاطمة الكعبي", "Aisha Rashid Al Nuaimi", "خالد عبدالله الشامسي",
            "Rakesh Pillai", "Omar Hamdan Al Ketbi"]
NG_NAMES = ["Adéwálé Ògúnlẹ́yẹ̀", "Chiamaka Okonkwo", "Oluwaseun Adébáyọ̀", "Folákẹ́ Àkàndé",
            "Ibrahim Musa Danjuma", "Ngozi Eze"]
KE_NAMES = ["Wanjiku Kamau", "Otieno Odhiambo", "Achieng' Atieno Ouma", "Kipchoge Rotich", "Mwanaisha Salim",
            "Njeri Mwangi"]


def esc(s):
    return s.replace("«", "").replace("»", "")


def policies_in(rng):
    rows = ["policy_no,product,holder_name,aadhaar,pan,mobile,dob,sum_assured_inr,premium_inr,nominee,status"]
    prods = ["MG-Term-Shield", "MG-Health-Plus", "Suraksha Micro", "MG-Motor-2W"]
    for i in range(7):
        name = IN_NAMES[i % len(IN_NAMES)]
        nominee = rng.choice(["", "«P=Sita %s»" % name.split()[-1], "«P=Arjun %s»" % name.split()[-1]]) if i % 3 else ""
        aad = "«P:aadhaar»" if i % 4 else "«N=XXXX-XXXX-%04d»" % rng.randrange(10000)
        rows.append("MGIN/%s/%06d,%s,«P=%s»,%s,«P:pan»,«P:phone:in»,«P:dob»,%d,%d,%s,%s" % (
            rng.choice(["TRM", "HLT", "MIC", "MTR"]), 100000 + i * 37, prods[i % 4], name, aad,
            rng.choice([500000, 1000000, 2500000, 10000000]), rng.randrange(2400, 48000), nominee,
            rng.choice(["ACTIVE", "LAPSED", "ACTIVE", "GRACE"])))
    rows.append("MGIN/TRM/999999,MG-Term-Shield,«N=TEST CUSTOMER»,«N=999999999999»,«N=AAAAA0000A»,«N=9999999999»,1900-01-01,0,0,,TEST")
    return "\n".join(rows) + "\n"


def claims_tsv(rng):
    rows = ["claim_id\tcountry\tclaimant\tid_number\tphone\tpayout_channel\tpayout_ref\tdiagnosis\tamount\tfraud_score"]
    diag = ["Malaria (B54) - inpatient 3 days", "Road traffic accident, fractured tibia", "Typhoid fever",
            "Caesarean delivery", "Hypertension follow-up", "Dengue, platelet transfusion"]
    for i in range(8):
        if i % 2:
            c, name, idv, ph = "KE", KE_NAMES[i % len(KE_NAMES)], "«P:keid»", "«P:phone:ke»"
            chan, ref = "MPESA_B2C", "«P:msisdn:ke»"
        else:
            c, name, idv, ph = "NG", NG_NAMES[i % len(NG_NAMES)], "«P:nin»", "«P:phone:ng»"
            chan, ref = "NUBAN", "«P:acct:10»"
        if i == 5:
            ref = "«N=****%04d»" % rng.randrange(10000)
        rows.append("CLM-%s-24-%05d\t%s\t«P=%s»\t%s\t%s\t%s\t%s\t«P=%s»\t%d\t%.2f" % (
            c, 3100 + i * 13, c, name, idv, ph, chan, ref, diag[i % len(diag)], rng.randrange(8000, 350000), rng.random()))
    return "\n".join(rows) + "\n"


def payments_log(rng):
    out = []
    t = 0
    for i in range(12):
        t += rng.randrange(1, 40)
        ts = "2024-06-11T09:%02d:%02d.%03dZ" % (14 + t // 60 % 40, t % 60, rng.randrange(1000))
        k = i % 6
        if k == 0:
            out.append('%s INFO  [mpesa-stk] STK push initiated msisdn=«P:msisdn:ke» amount=1450 AccountReference=POL-KE-%05d CheckoutRequestID=ws_CO_110620240914%s' % (ts, rng.randrange(99999), "%010d" % rng.randrange(10 ** 10)))
        elif k == 1:
            out.append('%s INFO  [razorpay] payment.captured vpa=«P=%s@okaxis» order=order_%s amount_paise=129900' % (ts, rng.choice(["priya.r93", "anilyadav1987", "kavita.desh"]) , "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14))))
        elif k == 2:
            out.append('%s WARN  [paystack] charge failed for «P=%s» card=«N=408408******4081» reason="Insufficient Funds" client_ip=«P:ip»' % (ts, rng.choice(NG_NAMES)))
        elif k == 3:
            out.append('%s DEBUG [http] POST http://«I=ledger-svc.payments.svc.cluster.local:8080»/v1/entries upstream=«I:privip» took=%dms' % (ts, rng.randrange(4, 300)))
        elif k == 4:
            out.append('%s ERROR [flutterwave] verify failed tx_ref=MGNG-%d status=400 body={"message":"Invalid authorization key"} auth="Bearer «S:flw_sk»"' % (ts, rng.randrange(10 ** 6)))
        else:
            out.append('%s INFO  [sms] OTP sent to «P:phone:ae» via provider=etisalat template=policy_otp trace=«N:uuid»' % ts)
    return "\n".join(out) + "\n"


def nginx_log(rng):
    out = []
    paths = ["/api/v2/quotes", "/api/v2/policies/MGAE-MTR-%06d" % rng.randrange(10 ** 6), "/healthz", "/api/v2/claims/upload",
             "/static/js/main.4f1c2a.js"]
    for i in range(10):
        ip = "«N=203.0.113.%d»" % rng.randrange(1, 255) if i in (3, 9) else "«P:ip»"
        if paths[i % 5] == "/healthz":
            ip = "«I:privip»"
        out.append('%s - - [11/Jun/2024:10:%02d:%02d +0400] "GET %s HTTP/1.1" 200 %d "-" "MarigoldApp/4.12.0 (Android 13; SM-A546E)"' % (
            ip, i * 3, rng.randrange(60), paths[i % 5], rng.randrange(200, 9000)))
    return "\n".join(out) + "\n"


def audit_jsonl(rng):
    out = []
    actors = [("«P=m.alkaabi@marigoldassure.ae»", "AE"), ("«P=rohit.venkatesan@marigoldassure.in»", "IN"),
              ("«P=t.adebayo@marigoldassure.ng»", "NG"), ("«N=svc-reconciler»", "KE")]
    acts = [
        '"action":"customer.view","target":"«P=%s»","fields":["emirates_id","iban"]' % AE_NAMES[0],
        '"action":"payout.override","target":"CLM-KE-24-03113","new_msisdn":"«P:msisdn:ke»","reason":"customer changed line"',
        '"action":"policy.export","target":"bucket «I=s3://mg-prod-pii-exports-ap-south-1»/2024/06/"',
        '"action":"user.login","mfa":"totp","ip":"«P:ip»"',
        '"action":"customer.update","target":"«P:eid»","field":"phone","value":"«P:phone:ae»"',
        '"action":"config.change","key":"fraud.auto_reject_score","old":"0.91","new":"«X=0.87»"',
        '"action":"user.login","mfa":"none","ip":"«N=198.51.100.23»","note":"pentest window"',
    ]
    for i, a in enumerate(acts):
        actor, cc = actors[i % 4]
        out.append('{"ts":"2024-06-%02dT%02d:%02d:11Z","actor":"%s","country":"%s",%s}' % (3 + i, 8 + i, rng.randrange(60), actor, cc, a))
    return "\n".join(out) + "\n"


def build(rng):
    return [
        ("exports/policies_2024Q2_IN.csv", policies_in(rng)),
        ("exports/claims_ng_ke_may2024.tsv", claims_tsv(rng)),
        ("logs/payments-gateway-2024-06-11.log", payments_log(rng)),
        ("logs/nginx/api-access.log", nginx_log(rng)),
        ("logs/audit/admin-audit-2024-06.jsonl", audit_jsonl(rng)),
    ]
