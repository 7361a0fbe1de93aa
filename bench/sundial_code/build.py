#!/usr/bin/env python3
"""Build the "Sundial Games" held-out evaluation repository.

Usage: python bench/sundial_code/build.py OUTDIR

Templates live in templates/**.tmpl and carry inline markers:

    «S:gen»  «S:gen.inst»   generated value, labelled secret
    «P:@br_ana.cpf»          field of a generated person, labelled pii
    «I|literal text»         literal text, labelled infra
    «R|...» proprietary, «N|...» / «N:gen» none (look-alike)
    «=:gen» / «=:@id.field» generated value, not labelled

Class letters: S secret, P pii, I infra, R proprietary, N none, = unlabelled.
The same key always renders the same value (per-key seeded random.Random),
so a player can appear in a CSV, a log and a SQL seed consistently.

No well-formed credential is stored in this folder: provider prefixes and
PEM armour are assembled from pieces at build time.
Stdlib only; output is deterministic.
"""
import base64
import json
import os
import random
import re
import shutil
import string
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")
SEED = "sundial-games/held-out/v1"
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "R": "proprietary", "N": "none", "=": None}
MARK = re.compile(r"«([SPIRN=])([:|])([^»]*)»")

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
LOWNUM = LOW + DIG
UPNUM = UP + DIG
HEXD = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
D5 = "-" * 5


def rng_for(key):
    return random.Random(SEED + "|" + key)


def pick(rng, chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def j(*parts):
    return "".join(parts)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def uuid4(rng):
    h = pick(rng, HEXD, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def luhn(rng, prefix, length):
    body = prefix + pick(rng, DIG, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def cpf_digits(rng):
    while True:
        n = [rng.randint(0, 9) for _ in range(9)]
        if len(set(n)) > 1 and n != list(range(1, 10)):
            break
    for w in (10, 11):
        s = sum(d * (w - i) for i, d in enumerate(n))
        r = s % 11
        n.append(0 if r < 2 else 11 - r)
    return "".join(map(str, n))


def password(rng):
    style = rng.randint(0, 4)
    words = ["Capivara", "Jabuticaba", "Ajolote", "Nopal", "Jollof", "Suya", "Simba",
             "Twiga", "Faraon", "Koshary", "Tempestade", "Mango", "Sundial", "Eko",
             "Harambee", "Lagoa", "Tamarindo", "Baobab"]
    if style == 0:
        return "%s@%d%s" % (rng.choice(words), rng.randint(2019, 2025), rng.choice("!#$*"))
    if style == 1:
        return "%s%s%d%s" % (rng.choice(words), rng.choice(words).lower(), rng.randint(10, 999), rng.choice("!?#"))
    if style == 2:
        return pick(rng, ALNUM, 14) + rng.choice("!@#%&*") + pick(rng, DIG, 2)
    if style == 3:
        return "%s_%s_%s" % (rng.choice(words).lower(), pick(rng, LOWNUM, 6), pick(rng, UP, 3))
    return pick(rng, ALNUM + "!#%+=", 20)


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# --------------------------------------------------------------- generators
def g_pem_block(rng, kind="RSA PRIVATE KEY", lines=12):
    body = [pick(rng, B64, 64) for _ in range(lines)]
    body[0] = "MIIEow" + body[0][6:] if "RSA" in kind else "MIIEvQ" + body[0][6:]
    head = D5 + "BEGIN " + kind + D5
    tail = D5 + "END " + kind + D5
    text = "\n".join([head] + body + [pick(rng, B64, 40) + "==", tail])
    return text, body[0]


def g_sa_private_key(rng):
    head = D5 + "BEGIN " + "PRIVATE KEY" + D5
    tail = D5 + "END " + "PRIVATE KEY" + D5
    body = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + pick(rng, B64, 32)]
    body += [pick(rng, B64, 64) for _ in range(14)]
    body.append(pick(rng, B64, 28) + "=")
    return "\\n".join([head] + body + [tail]) + "\\n"


def g_discord(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1)).encode()
    return j(b64url_nopad(uid), ".", pick(rng, B64URL, 6), ".", pick(rng, B64URL, 38))


def g_jwt(rng):
    head = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = {"sub": str(rng.randint(100000, 999999)), "role": rng.choice(["admin", "ops", "finance"]),
               "iss": "sundial-auth", "iat": 1717000000 + rng.randint(0, 9999999)}
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return j(head, ".", body, ".", pick(rng, B64URL, 43))


def g_basic(rng):
    user = rng.choice(["admin", "ops", "grafana", "deploy", "sundial", "finance-bot"])
    return base64.b64encode(("%s:%s" % (user, password(rng))).encode()).decode()


def g_mp_access(rng, pre="APP_USR"):
    return j(pre, "-", pick(rng, DIG, 16), "-", pick(rng, DIG, 6), "-", pick(rng, HEXD, 32), "-", pick(rng, DIG, 9))


def ip_public(rng):
    first = rng.choice([177, 179, 186, 187, 189, 191, 200, 201, 102, 105, 41, 154, 156, 196, 197])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


GEN = {
    "hex16": lambda r: pick(r, HEXD, 16),
    "hex24": lambda r: pick(r, HEXD, 24),
    "hex32": lambda r: pick(r, HEXD, 32),
    "hex40": lambda r: pick(r, HEXD, 40),
    "hex64": lambda r: pick(r, HEXD, 64),
    "HEX32": lambda r: pick(r, "0123456789ABCDEF", 32),
    "alnum16": lambda r: pick(r, ALNUM, 16),
    "alnum24": lambda r: pick(r, ALNUM, 24),
    "alnum32": lambda r: pick(r, ALNUM, 32),
    "alnum40": lambda r: pick(r, ALNUM, 40),
    "alnum48": lambda r: pick(r, ALNUM, 48),
    "alnum64": lambda r: pick(r, ALNUM, 64),
    "b64_44": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
    "b64_64": lambda r: pick(r, B64, 64),
    "pw": password,
    "uuid": uuid4,
    "git_sha": lambda r: pick(r, HEXD, 40),
    "integrity": lambda r: "sha512-" + base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
    "sha256": lambda r: pick(r, HEXD, 64),
    "paystack_sk": lambda r: j("sk", "_", "live", "_", pick(r, HEXD, 40)),
    "paystack_pk": lambda r: j("pk", "_", "live", "_", pick(r, HEXD, 40)),
    "paystack_sk_test": lambda r: j("sk", "_", "test", "_", pick(r, HEXD, 40)),
    "paystack_pk_test": lambda r: j("pk", "_", "test", "_", pick(r, HEXD, 40)),
    "flw_sk": lambda r: j("FLW", "SECK", "-", pick(r, HEXD, 32), "-X"),
    "flw_pk": lambda r: j("FLW", "PUBK", "-", pick(r, HEXD, 32), "-X"),
    "flw_sk_test": lambda r: j("FLW", "SECK", "_TEST-", pick(r, HEXD, 32), "-X"),
    "flw_enc": lambda r: j("FLW", "SECK", pick(r, HEXD, 12)),
    "mp_access": g_mp_access,
    "mp_test": lambda r: g_mp_access(r, "TEST"),
    "mp_public": lambda r: j("APP_USR", "-", uuid4(r)),
    "mpesa_ck": lambda r: pick(r, ALNUM, 48),
    "mpesa_cs": lambda r: pick(r, ALNUM, 64),
    "mpesa_passkey": lambda r: pick(r, HEXD, 64),
    "mpesa_seccred": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(256))).decode(),
    "twitch_key": lambda r: j("live", "_", pick(r, DIG, 9), "_", pick(r, ALNUM, 30)),
    "twitch_secret": lambda r: pick(r, LOWNUM, 30),
    "twitch_oauth": lambda r: j("oauth", ":", pick(r, LOWNUM, 30)),
    "yt_key": lambda r: "-".join(pick(r, LOWNUM, 4) for _ in range(5)),
    "discord": g_discord,
    "fb_stream": lambda r: j("FB", "-", pick(r, DIG, 16), "-0-", pick(r, ALNUM + "-_", 58)),
    "discord_hook": lambda r: j("https://discord.com/api/", "webhooks/", pick(r, DIG, 19), "/", pick(r, B64URL, 68)),
    "fcm": lambda r: j("AAAA", pick(r, B64URL, 7), ":", "APA91b", pick(r, B64URL, 134)),
    "gapi": lambda r: j("AI", "za", "Sy", pick(r, B64URL, 33)),
    "sa_key": g_sa_private_key,
    "pem": g_pem_block,
    "pem_ec": lambda r: g_pem_block(r, "EC PRIVATE KEY", 3),
    "steam": lambda r: pick(r, "0123456789ABCDEF", 32),
    "playfab": lambda r: pick(r, UPNUM, 52),
    "eos_secret": lambda r: pick(r, ALNUM + "+/", 43),
    "jwt": g_jwt,
    "django": lambda r: pick(r, LOWNUM + "!@#^&*(-_=+)", 50),
    "phx": lambda r: pick(r, ALNUM + "+/", 64),
    "basic": g_basic,
    "b64pw": lambda r: base64.b64encode(password(r).encode()).decode(),
    "aws_id": lambda r: j("AK", "IA", pick(r, UPNUM, 16)),
    "aws_secret": lambda r: pick(r, ALNUM + "+/", 40),
    "slack_hook": lambda r: j("https://hooks.", "slack.com/services/T", pick(r, UPNUM, 8), "/B", pick(r, UPNUM, 10), "/", pick(r, ALNUM, 24)),
    "sendgrid": lambda r: j("SG", ".", pick(r, B64URL, 22), ".", pick(r, B64URL, 43)),
    "sentry": lambda r: j("https://", pick(r, HEXD, 32), "@o", pick(r, DIG, 6), ".ingest.sentry.io/", pick(r, DIG, 7)),
    "ghp": lambda r: j("gh", "p_", pick(r, ALNUM, 36)),
    "npm": lambda r: j("np", "m_", pick(r, ALNUM, 36)),
    "gocspx": lambda r: j("GOC", "SPX-", pick(r, B64URL, 28)),
    "apple_asp": lambda r: "-".join(pick(r, LOW, 4) for _ in range(4)),
    "xsolla_key": lambda r: pick(r, LOWNUM, 40),
    "ssh_ed_pub": lambda r: j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", pick(r, B64, 43)),
    "pub_pem_line": lambda r: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + pick(r, B64, 52) + "==",
    "ip10": lambda r: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
    "ip172": lambda r: "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254)),
    "ip192": lambda r: "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254)),
    "ip_pub": ip_public,
    "gaid": uuid4,
    "idfa": lambda r: uuid4(r).upper(),
    "card": lambda r: luhn(r, r.choice(["4", "5", "5"]) + pick(r, DIG, 5), 16),
    "pix_evp": uuid4,
}

# --------------------------------------------------------------- people
NAMES = {
    "br": {"M": ["Lucas", "Gabriel", "Rafael", "Thiago", "Matheus", "João Pedro", "Felipe", "Bruno", "Caio"],
           "F": ["Ana Clara", "Beatriz", "Juliana", "Larissa", "Camila", "Fernanda", "Mariana", "Letícia", "Bianca"],
           "L": ["Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Almeida", "Carvalho", "Ribeiro", "Gomes",
                 "Barbosa", "Nascimento", "Moreira", "Teixeira", "Azevedo"]},
    "mx": {"M": ["Alejandro", "Diego", "Emiliano", "Santiago", "Luis Fernando", "Jorge", "Rodrigo", "Iván"],
           "F": ["Valeria", "Ximena", "Sofía", "Daniela", "Guadalupe", "Renata", "Itzel", "Paola"],
           "L": ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Cruz", "Flores", "Ortega",
                 "Castillo", "Vázquez", "Mendoza", "Ríos", "Salinas"]},
    "ng": {"M": ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Ifeanyi", "Babatunde", "Kelechi", "Segun"],
           "F": ["Adaeze", "Funmilayo", "Ngozi", "Yetunde", "Chiamaka", "Temitope", "Folake", "Amaka"],
           "L": ["Okafor", "Adeyemi", "Balogun", "Eze", "Nwosu", "Okonkwo", "Adebayo", "Ogunleye", "Bello",
                 "Abubakar", "Olawale", "Nnamdi"]},
    "ke": {"M": ["Brian", "Dennis", "Collins", "Kamau", "Ochieng", "Kevin", "Wekesa"],
           "F": ["Wanjiru", "Akinyi", "Faith", "Mercy", "Njeri", "Achieng", "Wairimu"],
           "L": ["Mwangi", "Otieno", "Kariuki", "Wafula", "Njoroge", "Kiprono", "Chebet", "Odhiambo", "Mutua",
                 "Kimani", "Omondi"]},
    "eg": {"M": [("Ahmed", "أحمد"), ("Mohamed", "محمد"), ("Youssef", "يوسف"), ("Omar", "عمر"),
                 ("Karim", "كريم"), ("Mostafa", "مصطفى"), ("Tarek", "طارق")],
           "F": [("Nour", "نور"), ("Mariam", "مريم"), ("Salma", "سلمى"), ("Yasmin", "ياسمين"),
                 ("Hana", "هنا"), ("Aya", "آية"), ("Dina", "دينا")],
           "L": [("Hassan", "حسن"), ("Abdelrahman", "عبد الرحمن"), ("Mahmoud", "محمود"), ("Fathy", "فتحي"),
                 ("Ibrahim", "إبراهيم"), ("Soliman", "سليمان"), ("El-Sayed", "السيد"), ("Mansour", "منصور")]},
}
TAG_A = ["Capi", "Dark", "Sombra", "Suya", "Simba", "Faraon", "Kaiju", "Neon", "Lobo", "Naija", "Nyota",
         "Zuka", "Brisa", "Trovao", "Ghost", "Pharaoh"]
TAG_B = ["Sniper", "Rush", "Queen", "King", "Drift", "Boss", "Flow", "Storm", "Gamer", "Slayer", "Vibes"]
EMAIL_DOM = {"br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br"],
             "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"],
             "ng": ["gmail.com", "yahoo.com", "outlook.com"],
             "ke": ["gmail.com", "yahoo.com"],
             "eg": ["gmail.com", "hotmail.com", "yahoo.com"]}
CURP_TAB = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_for(last1, last2, first, dob, sex, rng):
    L1, L2, F = (ascii_fold(x).upper().replace(" ", "").replace("-", "") for x in (last1, last2, first.split()[0]))
    vowel = next((c for c in L1[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c not in "AEIOU"), "X")
    y, m, d = dob
    head = L1[0] + vowel + L2[0] + F[0] + "%02d%02d%02d" % (y % 100, m, d) + sex
    head += rng.choice(["DF", "MC", "JC", "NL", "PL", "VZ"]) + cons(L1) + cons(L2) + cons(F)
    head += str(rng.randint(0, 9)) if y < 2000 else rng.choice(UP)
    s = sum(CURP_TAB.index(c) * (18 - i) for i, c in enumerate(head))
    return head + str((10 - s % 10) % 10)


PEOPLE = {}


def person(pid):
    if pid in PEOPLE:
        return PEOPLE[pid]
    cc = pid.split("_", 1)[0]
    r = rng_for("person:" + pid)
    sex = r.choice("MF")
    n = NAMES[cc]
    first = r.choice(n[sex])
    hint = pid.split("_")[1] if "_" in pid else ""
    for sx in "MF":
        for cand in n[sx]:
            nm = cand[0] if isinstance(cand, tuple) else cand
            if ascii_fold(nm.split()[0]).lower() == hint:
                sex, first = sx, cand
    last1 = r.choice(n["L"])
    last2 = r.choice([x for x in n["L"] if x != last1])
    p = {"sex": sex}
    if cc == "eg":
        p["first"], p["first_ar"] = first
        p["last"], p["last_ar"] = last1
        fath = r.choice(NAMES["eg"]["M"])
        p["full"] = "%s %s %s" % (p["first"], fath[0], p["last"])
        p["full_ar"] = "%s %s %s" % (p["first_ar"], fath[1], p["last_ar"])
    elif cc in ("br", "mx"):
        p["first"], p["last"] = first, last1
        p["full"] = "%s %s %s" % (first, last1, last2)
    else:
        p["first"], p["last"] = first, last1
        p["full"] = "%s %s" % (first, last1)
    y, m, d = r.randint(1986, 2005), r.randint(1, 12), r.randint(1, 28)
    p["dob"] = "%04d-%02d-%02d" % (y, m, d)
    p["dob_br"] = "%02d/%02d/%04d" % (d, m, y)
    fl = ascii_fold("%s.%s" % (p["first"].split()[0], p["last"])).lower().replace("-", "")
    p["email"] = "%s%s@%s" % (fl, r.choice(["", str(r.randint(1, 99)), str(y)]), r.choice(EMAIL_DOM[cc]))
    p["work_email"] = "%s@sundialgames.com" % fl
    p["tag"] = r.choice(TAG_A) + r.choice(TAG_B) + str(r.randint(1, 99))
    p["ip"] = ip_public(r)
    p["gaid"] = uuid4(r)
    p["idfa"] = uuid4(r).upper()
    p["card"] = luhn(r, r.choice(["4", "5"]) + pick(r, DIG, 5), 16)
    p["card_sp"] = " ".join(p["card"][i:i + 4] for i in range(0, 16, 4))
    if cc == "br":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "85"])
        num = "9" + pick(r, DIG, 4) + "-" + pick(r, DIG, 4)
        p["phone"] = "+55 %s %s" % (ddd, num)
        p["phone_nat"] = "(%s) %s" % (ddd, num)
        p["phone_e164"] = "+55" + ddd + num.replace("-", "")
        c = cpf_digits(r)
        p["cpf_raw"] = c
        p["cpf"] = "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:])
        p["rg"] = "%s.%s.%s-%s" % (pick(r, DIG, 2), pick(r, DIG, 3), pick(r, DIG, 3), r.choice(DIG + "X"))
        p["pix_evp"] = uuid4(r)
        city, uf, cep = r.choice([("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"),
                                  ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90")])
        p["address"] = "%s %s, %d, apto %d - %s, %s - %s, %s%s-%s" % (
            r.choice(["Rua", "Avenida", "Rua", "Travessa"]),
            r.choice(["Augusta", "das Palmeiras", "Voluntários da Pátria", "Barão de Jaguara", "Frei Caneca", "Sete de Setembro"]),
            r.randint(10, 2999), r.randint(11, 1204), r.choice(["Centro", "Bela Vista", "Tijuca", "Savassi", "Batel", "Moinhos de Vento"]),
            city, uf, cep, pick(r, DIG, 3), pick(r, DIG, 3))
    elif cc == "mx":
        area = r.choice(["55", "33", "81"])
        a, b = pick(r, DIG, 4), pick(r, DIG, 4)
        p["phone"] = "+52 %s %s %s" % (area, a, b)
        p["phone_nat"] = "%s %s %s" % (area, a, b)
        p["phone_e164"] = "+52" + area + a + b
        p["clabe"] = r.choice(["012180", "014180", "072180", "002180"]) + pick(r, DIG, 12)
        p["curp"] = curp_for(last1, last2, first, (y, m, d), "H" if sex == "M" else "M", r)
        p["address"] = "Calle %s %d, Int. %d, Col. %s, %s, C.P. %s%s, CDMX" % (
            r.choice(["Durango", "Tonalá", "Amsterdam", "Zacatecas", "Jalapa"]), r.randint(1, 400), r.randint(1, 12),
            r.choice(["Roma Norte", "Condesa", "Narvarte", "Del Valle", "Escandón"]),
            r.choice(["Cuauhtémoc", "Benito Juárez", "Miguel Hidalgo"]), "0", pick(r, DIG, 4))
    elif cc == "ng":
        pre = r.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "817", "818", "909"])
        a, b = pick(r, DIG, 3), pick(r, DIG, 4)
        p["phone"] = "+234 %s %s %s" % (pre, a, b)
        p["phone_nat"] = "0%s %s %s" % (pre, a, b)
        p["phone_e164"] = "+234" + pre + a + b
        p["nin"] = str(r.randint(1, 9)) + pick(r, DIG, 10)
        p["bvn"] = "22" + pick(r, DIG, 9)
        p["nuban"] = pick(r, DIG, 10)
        p["address"] = "%d %s, %s, Lagos" % (r.randint(2, 88), r.choice(["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Herbert Macaulay Way", "Bode Thomas Street"]),
                                             r.choice(["Victoria Island", "Ikoyi", "Ikeja", "Yaba", "Surulere", "Lekki Phase 1"]))
    elif cc == "ke":
        pre = r.choice(["712", "722", "733", "740", "757", "768", "790", "711", "725"])
        a, b = pick(r, DIG, 3), pick(r, DIG, 3)
        p["phone"] = "+254 %s %s %s" % (pre, a, b)
        p["phone_nat"] = "0%s %s%s" % (pre, a, b)
        p["msisdn"] = "254" + pre + a + b
        p["phone_e164"] = "+" + p["msisdn"]
        p["natid"] = str(r.randint(2, 3)) + pick(r, DIG, 7)
        p["kra"] = "A" + pick(r, DIG, 9) + r.choice(UP)
        p["address"] = "%s, %s, P.O. Box %d-00%d, Nairobi" % (
            r.choice(["Ngong Road", "Argwings Kodhek Road", "Lenana Road", "Kiambu Road", "Waiyaki Way"]),
            r.choice(["Kilimani", "Westlands", "Lavington", "Kileleshwa", "South B"]), r.randint(100, 99999), r.choice([100, 200, 500, 606]))
    elif cc == "eg":
        pre = r.choice(["10", "11", "12", "15"])
        a, b = pick(r, DIG, 4), pick(r, DIG, 4)
        p["phone"] = "+20 %s %s %s" % (pre, a, b)
        p["phone_nat"] = "0%s%s%s" % (pre, a, b)
        p["phone_e164"] = "+20" + pre + a + b
        gov = r.choice(["01", "02", "21", "12", "13"])
        g = r.choice("13579") if sex == "M" else r.choice("02468")
        p["natid"] = "%d%02d%02d%02d%s%s%s%d" % (2 if y < 2000 else 3, y % 100, m, d, gov, pick(r, DIG, 3), g, r.randint(1, 9))
        p["address"] = "%d %s, %s, %s" % (r.randint(3, 120), r.choice(["Shehab St", "Gameat El Dewal St", "Mossadak St", "El Nozha St", "Abbas El Akkad St"]),
                                          r.choice(["Mohandessin", "Dokki", "Heliopolis", "Nasr City", "Maadi"]), r.choice(["Giza", "Cairo"]))
    PEOPLE[pid] = p
    return p


def resolve(key):
    """Returns (text, labelled_substring)."""
    if key.startswith("@"):
        pid, field = key[1:].rsplit(".", 1)
        p = person(pid)
        if field not in p:
            raise KeyError("person %s has no field %s" % (pid, field))
        v = p[field]
        return v, v
    gen = key.split(".", 1)[0]
    if gen not in GEN:
        raise KeyError("unknown generator %r" % key)
    v = GEN[gen](rng_for("gen:" + key))
    if isinstance(v, tuple):
        return v
    return v, v


def render(src, relpath, cache):
    out = []
    size = 0
    labels = []
    pos = 0
    for m in MARK.finditer(src):
        lit = src[pos:m.start()]
        out.append(lit)
        size += len(lit)
        cls, kind, body = m.groups()
        if kind == "|":
            text, sub = body, body
        else:
            if body not in cache:
                cache[body] = resolve(body)
            text, sub = cache[body]
        if CLASSES[cls]:
            labels.append((size + text.index(sub), sub, CLASSES[cls]))
        out.append(text)
        size += len(text)
        pos = m.end()
    out.append(src[pos:])
    doc = "".join(out)
    if "«" in doc or "»" in doc:
        raise ValueError("unrendered marker in " + relpath)
    res = []
    for off, value, cls in labels:
        line = doc.count("\n", 0, off) + 1
        res.append({"file": relpath, "line": line, "value": value, "class": cls})
    return doc, res


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    if os.path.isdir(app):
        shutil.rmtree(app)
    tmpls = []
    for root, dirs, files in os.walk(TEMPLATES):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".tmpl"):
                full = os.path.join(root, f)
                tmpls.append(os.path.relpath(full, TEMPLATES)[:-5].replace(os.sep, "/"))
    tmpls.sort()
    cache = {}
    labels = []
    docs = {}
    for rel in tmpls:
        with open(os.path.join(TEMPLATES, rel + ".tmpl"), encoding="utf-8") as fh:
            src = fh.read()
        doc, labs = render(src, rel, cache)
        docs[rel] = doc
        labels.extend(labs)
        dest = os.path.join(app, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(doc)
    # dedupe + sort
    seen = set()
    uniq = []
    for lab in labels:
        k = (lab["file"], lab["line"], lab["value"], lab["class"])
        if k not in seen:
            seen.add(k)
            uniq.append(lab)
    uniq.sort(key=lambda x: (x["file"], x["line"], x["value"]))
    # verify
    errors = []
    positives = [l["value"] for l in uniq if l["class"] != "none"]
    for lab in uniq:
        v = lab["value"]
        lines = docs[lab["file"]].split("\n")
        if "\n" in v or not v:
            errors.append("multi-line/empty value: %r" % lab)
        elif lab["line"] > len(lines) or v not in lines[lab["line"] - 1]:
            errors.append("value not on stated line: %r" % lab)
        if lab["class"] == "none":
            if len(v) < 4:
                errors.append("none value shorter than 4: %r" % lab)
            for pv in positives:
                if v in pv:
                    errors.append("none value %r is substring of positive %r (%s)" % (v, pv, lab["file"]))
                    break
    # a value must not be labelled with two different classes
    by_val = {}
    for lab in uniq:
        by_val.setdefault(lab["value"], set()).add(lab["class"])
    for v, cs in by_val.items():
        if len(cs) > 1:
            errors.append("value %r labelled with several classes %s" % (v, sorted(cs)))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(uniq, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for lab in uniq:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files: %d" % len(docs))
    for c in ("secret", "pii", "infra", "proprietary", "none"):
        print("%-12s %d" % (c, counts.get(c, 0)))
    print("positives:   %d" % sum(v for k, v in counts.items() if k != "none"))


if __name__ == "__main__":
    main()
