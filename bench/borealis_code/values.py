"""Value generators for the Borealis Grid evaluation repository.

Everything is derived from one fixed-seed random.Random.  Provider prefixes,
PEM armour and well-known public sample values are assembled from pieces so
that this source file never contains a well-formed credential.
"""
import base64
import random
import string
import unicodedata
import uuid

SEED = 0xB0AE415

rng = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
DASH = "-" * 5


def hexs(n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64url(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode()


def alnum(n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


WORDS = ["Nordlys", "Fjord", "Kuusi", "Revontuli", "Tundra", "Caribou", "Huldra",
         "Sisu", "Aurora", "Skog", "Glacier", "Lumi", "Hekla", "Vatn", "Boreal",
         "Eldfjall", "Taiga", "Moose", "Sauna", "Fossen", "Polaris", "Kaamos"]


def pw(style=None):
    style = style if style is not None else rng.randrange(4)
    w1, w2 = rng.sample(WORDS, 2)
    if style == 0:
        return "%s%s%d%s" % (w1, w2.lower(), rng.randrange(10, 99), rng.choice("!#%&*?"))
    if style == 1:
        return "%s-%s-%d" % (w1.lower(), w2.lower(), rng.randrange(1000, 9999))
    if style == 2:
        return alnum(rng.randrange(14, 22))
    return "%s_%s!%s" % (w1, digits(4), alnum(5))


def az_key():
    return b64(64)


def sas_sig():
    return b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def aad_secret():
    chars = ALNUM + "_~.-"
    return alnum(3) + rng.choice(string.digits) + "Q" + "~" + "".join(rng.choice(chars) for _ in range(34))


def sg_key():
    chars = ALNUM + "_-"
    return "S" + "G." + "".join(rng.choice(chars) for _ in range(22)) + "." + \
        "".join(rng.choice(chars) for _ in range(43))


def twilio_token():
    return hexs(32)


def twilio_sid():
    return "A" + "C" + hexs(32)


def pd_routing():
    return hexs(32)


def pd_token():
    return "u+" + "".join(rng.choice(ALNUM + "_-") for _ in range(18))


def _jwtish(obj):
    return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")


def mapbox_sk():
    body = _jwtish('{"u":"borealisgrid","a":"%s"}' % alnum(25).lower())
    return "s" + "k." + body + "." + "".join(rng.choice(ALNUM + "_-") for _ in range(22))


def mapbox_pk():
    body = _jwtish('{"u":"borealisgrid","a":"%s"}' % alnum(25).lower())
    return "p" + "k." + body + "." + "".join(rng.choice(ALNUM + "_-") for _ in range(22))


def gmaps_key():
    return "AI" + "za" + "Sy" + "".join(rng.choice(ALNUM + "_-") for _ in range(33))


def fcm_key():
    return "AAAA" + alnum(7) + ":" + "APA91b" + "".join(rng.choice(ALNUM + "_-") for _ in range(134))


def influx_token():
    return b64url(64)


def grafana_sa():
    return "gl" + "sa_" + alnum(32) + "_" + hexs(8)


def grafana_legacy():
    return _jwtish('{"k":"%s","n":"grid-reporting","id":1}' % alnum(32))


def gh_pat():
    return "gh" + "p_" + alnum(36)


def jwt_secret():
    return b64(48)


def jwt_token():
    head = _jwtish('{"alg":"HS256","typ":"JWT"}')
    body = _jwtish('{"sub":"svc-meter-ingest","aud":"bg-api","iat":1728900000,"exp":1760436000}')
    return head + "." + body + "." + b64url(32).rstrip("=")


def ocpp_key():
    return hexs(40)


def lora_key():
    return hexs(32, upper=True)


def zigbee_key():
    return [rng.randrange(256) for _ in range(16)]


def zb_dec(k):
    return "[" + ", ".join(str(b) for b in k) + "]"


def zb_hex(k):
    return ", ".join("0x%02X" % b for b in k)


def pem_begin(kind):
    return DASH + "BEGIN " + kind + " PRIVATE" + " KEY" + DASH


def pem_end(kind):
    return DASH + "END " + kind + " PRIVATE" + " KEY" + DASH


def _wrap(s, w):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def ssh_body():
    raw = b"openssh-key-v1\x00" + rbytes(384)
    return _wrap(base64.b64encode(raw).decode(), 70)


def rsa_body():
    raw = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]) + rbytes(900)
    return _wrap(base64.b64encode(raw).decode(), 64)


def ssh_pub(comment):
    raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
    return "ssh-ed25519 " + base64.b64encode(raw).decode() + " " + comment


def mosq_hash():
    return "$7$101$" + b64(12) + "$" + b64(64)


def k8s_b64(s):
    return base64.b64encode(s.encode()).decode()


def guid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def git_sha():
    return hexs(40)


def digest():
    return "sha256:" + hexs(64)


def integrity():
    return "sha512-" + b64(64)


def gosum():
    return "h1:" + b64(32)


def mac(prefix=None):
    parts = prefix.split(":") if prefix else []
    while len(parts) < 6:
        parts.append("%02x" % rng.randrange(256))
    return ":".join(parts).upper()


def ip10(prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randrange(2, 250)))
    return ".".join(parts)


PUBLIC_FIRST = [24, 47, 64, 66, 68, 70, 71, 73, 74, 76, 77, 78, 79, 80, 81, 82, 83, 84,
                85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 109, 142,
                147, 173, 174, 176, 178, 184, 188, 193, 194, 195, 206, 207, 212, 213, 217]


def ip_pub():
    return "%d.%d.%d.%d" % (rng.choice(PUBLIC_FIRST), rng.randrange(1, 255),
                            rng.randrange(0, 255), rng.randrange(1, 254))


def pick(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- national ids

def luhn_digit(ds):
    total = 0
    for i, d in enumerate(reversed(ds)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def sin(sep=" "):
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + digits(7)
    s = body + luhn_digit(body)
    return s[:3] + sep + s[3:6] + sep + s[6:]


def fnr(d, m, y):
    while True:
        ind = "%03d" % rng.randrange(0, 500)
        base = "%02d%02d%02d%s" % (d, m, y % 100, ind)
        ds = [int(c) for c in base]
        k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], ds)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        ds.append(k1)
        k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], ds)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return base + str(k1) + str(k2)


def hetu(d, m, y):
    n = "%03d" % rng.randrange(2, 900)
    base = "%02d%02d%02d" % (d, m, y % 100)
    chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + n) % 31]
    return base + ("-" if y < 2000 else "A") + n + chk


def pnr(d, m, y):
    base = "%02d%02d%02d%03d" % (y % 100, m, d, rng.randrange(0, 1000))
    return base[:6] + "-" + base[6:] + luhn_digit(base)


def kennitala(d, m, y):
    while True:
        base = "%02d%02d%02d%02d" % (d, m, y % 100, rng.randrange(20, 99))
        r = sum(a * int(b) for a, b in zip([3, 2, 7, 6, 5, 4, 3, 2], base)) % 11
        c = 0 if r == 0 else 11 - r
        if c == 10:
            continue
        return base[:6] + "-" + base[6:] + str(c) + ("9" if y < 2000 else "0")


def ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def kontonummer():
    while True:
        base = str(rng.choice([1503, 1254, 3000, 6011, 9710, 1822, 2801])) + digits(6)
        r = sum(a * int(b) for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], base)) % 11
        c = 0 if r == 0 else 11 - r
        if c == 10:
            continue
        return base + str(c)


def iban(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    return cc + "%02d" % chk + bban


def spaced(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def ca_bank():
    return "%s-%s-%s" % (digits(5), rng.choice(["001", "002", "003", "004", "006", "010", "815"]), digits(7))


# ---------------------------------------------------------------- people

NAMES = {
    "CA": (["Geneviève", "Mathieu", "Éloïse", "François", "Chantal", "Benoît", "Héloïse", "Jérôme",
            "Liam", "Siobhan", "Amélie", "Rémi"],
           ["Tremblay", "Gagnon", "Côté", "Bouchard", "Lévesque", "Pelletier", "MacDonald",
            "Thériault", "Bélanger", "Fraser", "Ouellet", "Gauthier"]),
    "US": (["Megan", "Tyler", "Darnell", "Brianna", "Cody", "Lakisha", "Travis", "Hannah"],
           ["Kowalski", "Hendricks", "Nguyen", "Ramirez", "Olson", "Lindgren", "Washburn", "Pietila"]),
    "NO": (["Øystein", "Åse", "Kjersti", "Bjørn", "Sigrid", "Håkon", "Ingrid", "Torbjørn", "Solveig", "Ståle"],
           ["Bjørnstad", "Haugen", "Søreide", "Kvåle", "Fjellheim", "Hægeland", "Ødegård", "Berntsen",
            "Strømsø", "Løvås"]),
    "FI": (["Päivi", "Jyrki", "Sanna", "Tuomas", "Eeva", "Jääskä", "Niina", "Väinö", "Aino", "Ilkka"],
           ["Mäkelä", "Jääskeläinen", "Heikkilä", "Väisänen", "Kärkkäinen", "Lähteenmäki", "Häkkinen",
            "Pöyhönen", "Ylä-Jussila", "Rönkkö"]),
    "SE": (["Åsa", "Björn", "Linnéa", "Göran", "Märta", "Ebba", "Örjan", "Sölve"],
           ["Lindqvist", "Åström", "Ekström", "Sjöberg", "Bergström", "Nyström", "Wåhlin", "Öberg"]),
}
IS_FIRST = [("Guðrún", "f"), ("Jón", "m"), ("Sigríður", "f"), ("Þórður", "m"), ("Ásdís", "f"),
            ("Ragnhildur", "f"), ("Kristján", "m"), ("Hrafnhildur", "f"), ("Ólafur", "m"),
            ("Þórunn", "f"), ("Guðmundur", "m"), ("Ástríður", "f")]
IS_STEMS = ["Jóns", "Gunnars", "Einars", "Ólafs", "Kristjáns", "Stefáns", "Helga", "Péturs",
            "Bjarna", "Hauks", "Ragnars", "Þórðar"]

CITIES = {
    "CA": [("rue Saint-Denis", "Montréal, QC", "H2X"), ("chemin Sainte-Foy", "Québec, QC", "G1S"),
           ("Whyte Ave", "Edmonton, AB", "T6E"), ("Commercial Dr", "Vancouver, BC", "V5L"),
           ("rue King Ouest", "Sherbrooke, QC", "J1H"), ("Gottingen St", "Halifax, NS", "B3K")],
    "US": [("N Sheridan Ave", "Duluth, MN", "558"), ("E 4th Ave", "Anchorage, AK", "995"),
           ("Lake Ave", "Marquette, MI", "498"), ("Front St", "Bismarck, ND", "585")],
    "NO": [("Fjellveien", "Bergen", "50"), ("Storgata", "Tromsø", "90"), ("Kongens gate", "Bodø", "80"),
           ("Dronningens gate", "Kristiansand", "46"), ("Sjøgata", "Harstad", "94")],
    "FI": [("Hämeenkatu", "Tampere", "33"), ("Kauppakatu", "Jyväskylä", "40"),
           ("Rovakatu", "Rovaniemi", "96"), ("Aleksanterinkatu", "Lahti", "15")],
    "SE": [("Storgatan", "Östersund", "831"), ("Kungsgatan", "Umeå", "903"), ("Skolgatan", "Luleå", "972"),
           ("Drottninggatan", "Sundsvall", "852")],
    "IS": [("Laugavegur", "Reykjavík", "101"), ("Hafnarstræti", "Ísafjörður", "400"),
           ("Strandgata", "Hafnarfjörður", "220"), ("Austurvegur", "Selfoss", "800")],
}
GPS = {"Montréal, QC": (45.52, -73.58), "Québec, QC": (46.79, -71.26), "Edmonton, AB": (53.52, -113.51),
       "Vancouver, BC": (49.27, -123.07), "Sherbrooke, QC": (45.40, -71.90), "Halifax, NS": (44.66, -63.59),
       "Duluth, MN": (46.80, -92.10), "Anchorage, AK": (61.21, -149.88), "Marquette, MI": (46.55, -87.40),
       "Bismarck, ND": (46.81, -100.78), "Bergen": (60.39, 5.32), "Tromsø": (69.65, 18.96),
       "Bodø": (67.28, 14.40), "Kristiansand": (58.15, 8.00), "Harstad": (68.80, 16.54),
       "Tampere": (61.50, 23.76), "Jyväskylä": (62.24, 25.75), "Rovaniemi": (66.50, 25.73),
       "Lahti": (60.98, 25.66), "Östersund": (63.18, 14.64), "Umeå": (63.83, 20.26), "Luleå": (65.58, 22.15),
       "Sundsvall": (62.39, 17.31), "Reykjavík": (64.14, -21.93), "Ísafjörður": (66.07, -23.13),
       "Hafnarfjörður": (64.07, -21.96), "Selfoss": (63.93, -20.99)}
MAILDOM = {"CA": ["videotron.ca", "sympatico.ca", "gmail.com", "hotmail.ca"],
           "US": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com"],
           "NO": ["online.no", "gmail.com", "hotmail.no", "getmail.no"],
           "FI": ["gmail.com", "kolumbus.fi", "elisanet.fi", "luukku.com"],
           "SE": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
           "IS": ["simnet.is", "gmail.com", "internet.is", "visir.is"]}
MEDICAL = {"CA": ["concentrateur d'oxygène à domicile", "home haemodialysis machine"],
           "US": ["home ventilator (life support)", "home oxygen concentrator"],
           "NO": ["hjemmerespirator", "hjemmedialyse"],
           "FI": ["kotihengityslaite", "kotidialyysi"],
           "SE": ["syrgaskoncentrator i hemmet", "hemdialys"],
           "IS": ["súrefnisvél heima", "heimaskilun"]}

FOLD = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    pass


def person(cc):
    p = Person()
    p.cc = cc
    if cc == "IS":
        first, g = rng.choice(IS_FIRST)
        last = rng.choice(IS_STEMS) + ("dóttir" if g == "f" else "son")
    else:
        first = rng.choice(NAMES[cc][0])
        last = rng.choice(NAMES[cc][1])
    p.first, p.last = first, last
    p.name = first + " " + last
    y = rng.randrange(1938, 1999)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    p.dob = "%04d-%02d-%02d" % (y, m, d)
    street, city, postal = rng.choice(CITIES[cc])
    num = rng.randrange(2, 240)
    p.city = city
    if cc == "CA":
        pc = postal + " " + str(rng.randrange(1, 9)) + rng.choice("ABCEGHJKLMNPRSTVXY") + str(rng.randrange(0, 9))
        p.street = ("%d %s" % (num, street))
        p.addr = "%s, %s %s" % (p.street, city, pc)
        p.phone = "+1 %s %s-%s" % (rng.choice(["514", "418", "780", "604", "819", "902"]),
                                   rng.randrange(200, 989), digits(4))
        p.phone_nat = "(%s) %d-%s" % (rng.choice(["514", "418", "819", "450"]), rng.randrange(200, 989), digits(4))
        p.natid = sin(rng.choice([" ", "-"]))
        p.bank = ca_bank()
        p.iban = None
    elif cc == "US":
        p.street = "%d %s" % (num * 10 + rng.randrange(10), street)
        p.addr = "%s, %s %s%s" % (p.street, city, postal, digits(2))
        p.phone = "+1 %s-%d-%s" % (rng.choice(["218", "907", "906", "701"]), rng.randrange(200, 989), digits(4))
        p.phone_nat = "(%s) %d-%s" % (rng.choice(["218", "612", "906"]), rng.randrange(200, 989), digits(4))
        p.natid = ssn()
        p.bank = "%s %s" % ("0" + digits(8), digits(10))
        p.iban = None
    elif cc == "NO":
        p.street = "%s %d%s" % (street, num % 80 + 1, rng.choice(["", "", "B", "A"]))
        p.addr = "%s, %s%s %s" % (p.street, postal, digits(2), city)
        p.phone = "+47 %d%s %s %s %s" % (rng.choice([4, 9]), digits(1), digits(2), digits(2), digits(2))
        p.phone_nat = "%d%s %s %s" % (rng.choice([4, 9]), digits(2), digits(2), digits(3))
        p.natid = fnr(d, m, y)
        p.bank = kontonummer()
        p.iban = iban("NO", p.bank)
        p.bank = p.bank[:4] + "." + p.bank[4:6] + "." + p.bank[6:]
    elif cc == "FI":
        p.street = "%s %d %s %d" % (street, num % 60 + 1, rng.choice("ABC"), rng.randrange(1, 40))
        p.addr = "%s, %s%s0 %s" % (p.street, postal, digits(2), city)
        op = rng.choice(["40", "50", "44", "45"])
        p.phone = "+358 %s %s %s" % (op, digits(3), digits(4))
        p.phone_nat = "0%s %s %s" % (op, digits(3), digits(4))
        p.natid = hetu(d, m, y)
        p.iban = iban("FI", rng.choice(["1", "2", "5", "8"]) + digits(13))
        p.bank = p.iban
    elif cc == "SE":
        p.street = "%s %d" % (street, num % 70 + 1)
        p.addr = "%s, %s %s %s" % (p.street, postal, digits(2), city)
        op = rng.choice(["70", "72", "73", "76"])
        p.phone = "+46 %s-%s %s %s" % (op, digits(3), digits(2), digits(2))
        p.phone_nat = "0%s-%s %s %s" % (op, digits(3), digits(2), digits(2))
        p.natid = pnr(d, m, y)
        p.iban = iban("SE", rng.choice(["500", "800", "600", "300"]) + digits(17))
        p.bank = p.iban
    else:  # IS
        p.street = "%s %d" % (street, num % 90 + 1)
        p.addr = "%s, %s %s" % (p.street, postal, city)
        p.phone = "+354 %s %s" % (rng.choice(["690", "661", "862", "771", "897"]), digits(4))
        p.phone_nat = "%s-%s" % (rng.choice(["690", "661", "862", "771"]), digits(4))
        p.natid = kennitala(d, m, y)
        p.iban = iban("IS", rng.choice(["0101", "0111", "0133", "0537"]) + "26" + digits(6) +
                      p.natid.replace("-", ""))
        p.bank = p.iban
    p.email = "%s.%s%s@%s" % (fold(first).lower(), fold(last).lower().replace(" ", ""),
                              rng.choice(["", "", str(rng.randrange(10, 99))]), rng.choice(MAILDOM[cc]))
    p.acct = "BG%s-%s" % (digits(4), digits(6))
    lat, lon = GPS[city]
    p.lat = "%.6f" % (lat + rng.uniform(-0.04, 0.04))
    p.lon = "%.6f" % (lon + rng.uniform(-0.06, 0.06))
    p.gps = p.lat + "," + p.lon
    p.ip = ip_pub()
    p.medical = rng.choice(MEDICAL[cc])
    p.meter = "MTR-%s%s" % (cc, digits(7))
    p.kwh = "%.1f" % rng.uniform(180, 3400)
    return p


def spread():
    order = ["CA", "NO", "FI", "SE", "IS", "US"]
    return [person(order[i % len(order)]) for i in range(96)]


def make_env():
    env = {}
    for k, v in list(globals().items()):
        if callable(v) and not k.startswith("_") and k not in ("make_env",):
            env[k] = v
    env["rng"] = rng
    env["P"] = spread()
    by = {}
    for p in env["P"]:
        by.setdefault(p.cc, []).append(p)
    env["BY"] = by
    # values shared between several files
    env["sb_root"] = b64(32)
    env["sub_prod"] = guid()
    env["tenant"] = guid()
    env["edge_key"] = b64(32)
    env["mqtt_head"] = "mqtt-he01.ami.borealisgrid.internal"
    env["m400_mqtt"] = pw(3)
    env["flexwifi"] = pw(1)
    env["influx_admin"] = influx_token()
    env["zk"] = zigbee_key()
    env["SSH_BEGIN"] = pem_begin("OPENSSH")
    env["SSH_END"] = pem_end("OPENSSH")
    env["RSA_BEGIN"] = pem_begin("RSA")
    env["RSA_END"] = pem_end("RSA")
    # Public, well-known development / sample values (look-alikes, class none)
    env["AZURITE_KEY"] = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTO"
                          + "tr/KBHBeksoGMGw" + "==")
    env["LMIC_SAMPLE_KEY"] = "2B7E1516" + "28AED2A6" + "ABF71588" + "09CF4F3C"
    env["ZB_DEFAULT"] = "5A69674265" + "65416C6C69616E63653039"
    env["TEST_SSN"] = "078-05-" + "1120"
    env["TEST_PNR"] = "19121212-" + "1212"
    env["TEST_HETU"] = "131052-" + "308T"
    env["TEST_SIN"] = "046 454 " + "286"
    env["TEST_VISA"] = "4111 1111 " + "1111 1111"
    env["TEST_MC"] = "5555555555" + "554444"
    return env


def sq(s):
    return s.replace("'", "''")
