#!/usr/bin/env python3
"""Held-out benchmark generator: "Halcyon Klinikverbund" (DE/AT/CH hospital group).

Usage:  python bench/halcyon_code/build.py OUTDIR

Renders every template under templates/ (file name minus the trailing ".tpl")
into OUTDIR/app/ and writes OUTDIR/labels.json.

Template markers (single line each):
    ⟦C=literal⟧          literal value, labelled with class C
    ⟦C@gen:a,b|f1|f2#k⟧  generated value (optionally filtered, memoised as k)
    ⟦C$k|f1⟧             re-use memoised value k (filters applied on use)
Classes: s=secret p=pii i=infra c=proprietary n=none _=unlabelled.

No provider-shaped secret is stored in this source: every token is assembled
at build time from a fixed-seed random.Random, with prefixes built from pieces.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import sys
import uuid

import random

HERE = os.path.dirname(os.path.abspath(__file__))
TPL_DIR = os.path.join(HERE, "templates")
SEED = 0x4A1C70
CLASSES = {"s": "secret", "p": "pii", "i": "infra", "c": "proprietary", "n": "none", "_": None}
CRLF_EXT = (".cmd", ".bat", ".reg", ".vb", ".pas")

R = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


# ---------------------------------------------------------------- names etc.
FIRST = ["Jürgen", "Jörg", "Björn", "Bärbel", "Günther", "Käthe", "Sören", "Jürg", "Urs", "Reto",
         "Beat", "Vreni", "Ueli", "Chiara", "Matteo", "Léa", "Amélie", "René", "Zoé", "Franziska",
         "Sabine", "Kathrin", "Stefan", "Lukas", "Leonie", "Wolfgang", "Gerlinde", "Hannelore",
         "Ferdinand", "Mehmet", "Ayşe", "Dragana", "Tobias", "Anneliese", "Kurt", "Margit", "Nadja",
         "Luca", "Giulia", "Thérèse", "Heinz-Jürgen", "Ann-Kathrin", "Dominik", "Cornelia", "Rüdiger"]
LAST = ["Müller", "Schäfer", "Köhler", "Bäcker", "Weiß", "Groß", "Strauß", "Hofstätter", "Pöschl",
        "Gruber", "Huber", "Wögerer", "Brunner", "Steiner", "Fässler", "Bühler", "Gächter", "Rüegg",
        "Frühwirth", "Jäger", "Krüger", "Öztürk", "Kowalski", "Dvořák", "Bernasconi", "Favre",
        "Rochat", "Weißenböck", "Ströbele", "Oßwald", "Lämmle", "Nußbaumer", "Kälin", "Zürrer",
        "Haßler", "Grünewald", "Pfändler", "Großmann", "Löffler", "Tschümperlin", "Mäder",
        "Schönbächler", "Ebenhöh", "Lüthi", "von Känel", "Demirović", "Petrović", "Wüthrich"]
STREETS = ["Lindenstraße", "Hauptstraße", "Schloßallee", "Bahnhofstrasse", "Mühlweg", "Kärntner Straße",
           "Grüner Weg", "Am Südhang", "Rämistrasse", "Gartenstraße", "Fließstraße", "Obere Dorfstrasse",
           "Mariahilfer Straße", "Rue du Lac", "Via Nassa", "Schulstraße", "Birkenweg", "Talackerstrasse"]
CITIES_DE = ["Köln", "München", "Berlin", "Freiburg im Breisgau", "Lörrach", "Konstanz", "Würzburg", "Düsseldorf"]
CITIES_AT = ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Dornbirn", "Klagenfurt"]
CITIES_CH = ["Zürich", "Basel", "Bern", "Lausanne", "Lugano", "St. Gallen", "Winterthur", "Chur"]
FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "é": "e",
        "è": "e", "à": "a", "ç": "c", "ş": "s", "ř": "r", "ć": "c", "ı": "i", "Ş": "S",
        "á": "a", "í": "i", "ó": "o", "ë": "e", "ï": "i"}
PW_WORDS = ["Sommer", "Winter", "Klinik", "Halcyon", "Spital", "Station", "Nordwind", "Bergblick",
            "Edelweiss", "Matterhorn", "Rhein", "Donau", "Kaffee", "Pflege", "Ambulanz", "Zirbe",
            "Luzern", "Alpen", "Murmeli", "Tirol", "Radiologie", "Labor", "Herbst", "Fruehling"]
PW_SYM = "!#*+-_.?~"


def fold(s):
    return "".join(FOLD.get(ch, ch) for ch in s)


def g_name(kind="any"):
    return "%s %s" % (R.choice(FIRST), R.choice(LAST))


def g_pw(style="any"):
    styles = ["season", "word", "leet", "random", "phrase"]
    if style == "any":
        style = R.choice(styles)
    if style == "season":
        return "%s%d%s" % (R.choice(PW_WORDS), R.randint(2016, 2024), R.choice("!#*+?"))
    if style == "word":
        return "%s%s%s%02d" % (R.choice(PW_WORDS), R.choice(PW_SYM), R.choice(PW_WORDS).lower(), R.randint(1, 99))
    if style == "leet":
        w = R.choice(PW_WORDS).replace("a", "4").replace("e", "3").replace("i", "1").replace("o", "0")
        return "%s%s%d" % (w, R.choice("!#*?"), R.randint(100, 9999))
    if style == "phrase":
        return "-".join(R.choice(PW_WORDS).lower() for _ in range(3)) + str(R.randint(1, 9))
    n = R.randint(12, 18)
    while True:
        p = rs(ALNUM + "!#*+-_.", n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and p[0].isalnum():
            return p


def g_pwlong():
    return rs(ALNUM, R.randint(24, 32))


def g_hex(n="32"):
    return rs(HEX, int(n))


def g_alnum(n="32"):
    return rs(ALNUM, int(n))


def g_upalnum(n="32"):
    return rs(UPALNUM, int(n))


def g_b64(n="32"):
    return b64(int(n))


def g_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def g_sha256():
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def g_sha1():
    return hashlib.sha1(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


# provider-shaped tokens: prefixes assembled from pieces
def g_aws_akid():
    return "AK" + "IA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def g_aws_secret():
    return rs(ALNUM + "/+", 40)


def g_azure_storage():
    return b64(64)


def g_azure_secret():
    return rs(ALNUM, 3) + str(R.randint(0, 9)) + "Q" + "~" + rs(ALNUM + "_-.~", 34)


def g_ghp():
    return "gh" + "p_" + rs(ALNUM, 36)


def g_glpat():
    return "gl" + "pat-" + rs(ALNUM + "_-", 20)


def g_slack_bot():
    return "xo" + "xb-" + str(R.randint(10 ** 10, 10 ** 11)) + "-" + str(R.randint(10 ** 12, 10 ** 13)) + "-" + rs(ALNUM, 24)


def g_slack_hook():
    return ("https://hooks." + "slack.com/services/T" + rs(UPALNUM, 8) + "/B" + rs(UPALNUM, 10)
            + "/" + rs(ALNUM, 24))


def g_twilio_sid():
    return "A" + "C" + rs(HEX, 32)


def g_twilio_key():
    return "S" + "K" + rs(HEX, 32)


def g_sendgrid():
    return "S" + "G." + rs(ALNUM + "_-", 22) + "." + rs(ALNUM + "_-", 43)


def g_google_api():
    return "AI" + "za" + "Sy" + rs(ALNUM + "_-", 33)


def g_stripe():
    return "sk" + "_live_" + rs(ALNUM, 24)


def g_newrelic():
    return "NR" + "AK-" + rs(UPALNUM, 27)


def g_dynatrace():
    return "dt0" + "c01." + rs(UPALNUM, 24) + "." + rs(UPALNUM, 64)


def g_openai():
    return "s" + "k-proj-" + rs(ALNUM + "_-", 48)


def g_npm():
    return "np" + "m_" + rs(ALNUM, 36)


def g_mailgun():
    return "ke" + "y-" + rs(HEX, 32)


def g_telegram():
    return "%d:%s" % (R.randint(10 ** 9, 7 * 10 ** 9), "AA" + rs(ALNUM + "_-", 33))


def g_ado_pat():
    return rs("abcdefghijklmnopqrstuvwxyz234567", 52)


def g_vault():
    if R.random() < 0.5:
        return "hv" + "s." + rs(ALNUM, 24)
    return "hv" + "s.CAESI" + rs(ALNUM + "_-", 90)


def g_jwt(sub="svc"):
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    body = {"sub": sub, "iss": "https://auth.halcyon.intern", "iat": 1710230400, "exp": 1741766400,
            "scope": "patient.read patient.write"}
    pl = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
    key = bytes(R.getrandbits(8) for _ in range(32))
    sig = base64.urlsafe_b64encode(hmac.new(key, (hdr + "." + pl).encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return hdr + "." + pl + "." + sig


def g_basic(user="svc"):
    return base64.b64encode(("%s:%s" % (user, g_pw())).encode()).decode()


def g_gossip():
    return b64(32)


def _pem(label, body_prefix=b""):
    raw = body_prefix + bytes(R.getrandbits(8) for _ in range(R.randint(600, 900)))
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    head = "-----BEGIN " + label + " " + "KEY-----"
    foot = "-----END " + label + " " + "KEY-----"
    return head, "\n".join([head] + lines + [foot])


def g_pem_rsa(indent=""):
    head, text = _pem("RSA " + "PRIV" + "ATE")
    return text.replace("\n", "\n" + indent), head


def g_pem_pkcs8(indent=""):
    head, text = _pem("PRIV" + "ATE")
    return text.replace("\n", "\n" + indent), head


def g_pem_ssh(indent=""):
    head, text = _pem("OPENSSH " + "PRIV" + "ATE", b"openssh-key-v1\x00\x00\x00\x00\x04none")
    return text.replace("\n", "\n" + indent), head


# personal identifiers with valid check digits
def g_kvnr():
    letter = R.choice(string.ascii_uppercase)
    digits = [R.randint(0, 9) for _ in range(8)]
    num = "%02d" % (ord(letter) - 64) + "".join(map(str, digits))
    tot = 0
    for i, ch in enumerate(num):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v if v < 10 else v - 9
    return letter + "".join(map(str, digits)) + str(tot % 10)


def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def g_steuerid(fmt="plain"):
    while True:
        pool = list(range(10))
        missing = R.choice(pool)
        pool.remove(missing)
        dup = R.choice(pool)
        pool.append(dup)
        R.shuffle(pool)
        if pool[0] != 0:
            break
    d = "".join(map(str, pool))
    v = d + str(steuer_check(d))
    if fmt == "spaced":
        return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])
    return v


def g_rvnr(fmt="plain"):
    area = R.choice(["12", "13", "15", "23", "24", "28", "42", "53", "65"])
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(40, 99)
    letter = R.choice("ABDFGHKLMNPRSTWZ")
    serial = "%02d" % R.randint(0, 99)
    base = area + "%02d%02d%02d" % (dd, mm, yy) + "%02d" % (ord(letter) - 64) + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum(sum(map(int, str(int(c) * wi))) for c, wi in zip(base, w))
    v = area + "%02d%02d%02d" % (dd, mm, yy) + letter + serial + str(tot % 10)
    if fmt == "spaced":
        return "%s %s %s %s %s" % (v[:2], v[2:8], v[8], v[9:11], v[11])
    return v


def g_svnr_at(fmt="plain"):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        serial = "%03d" % R.randint(100, 999)
        dob = "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(30, 99))
        digs = serial + "0" + dob
        c = sum(int(d) * wi for d, wi in zip(digs, w)) % 11
        if c < 10:
            v = serial + str(c) + dob
            return v[:4] + " " + v[4:] if fmt == "spaced" else v


def g_ahv():
    d = "756" + "".join(str(R.randint(0, 9)) for _ in range(9))
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    v = d + str((10 - tot % 10) % 10)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


def _iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def g_iban(cc="DE", fmt="spaced"):
    if cc == "DE":
        bban = R.choice(["10050000", "70150000", "37050198", "68050101", "60050101"]) + "%010d" % R.randint(10 ** 7, 10 ** 10 - 1)
    elif cc == "AT":
        bban = R.choice(["20111", "12000", "32000", "14000", "38000"]) + "%011d" % R.randint(10 ** 8, 10 ** 11 - 1)
    else:
        bban = R.choice(["00700", "00230", "00762", "08390", "00235"]) + "%012d" % R.randint(10 ** 9, 10 ** 12 - 1)
    v = _iban(cc, bban)
    if v == "DE89370400440532013000":
        return g_iban(cc, fmt)
    if fmt == "spaced":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def g_phone(cc="DE", fmt="intl"):
    if cc == "DE":
        area = R.choice(["30", "221", "89", "761", "7621", "7531", "931", "211"])
        sub = str(R.randint(10 ** 5, 10 ** 7 - 1))
        if fmt == "intl":
            return "+49 %s %s" % (area, sub)
        if fmt == "ext":
            return "+49 (0)%s %s-%d" % (area, sub[:5], R.randint(10, 899))
        if fmt == "slash":
            return "0%s/%s" % (area, sub)
        if fmt == "mobile":
            return "+49 1%s %s" % (R.choice(["51", "52", "60", "70", "71", "76"]), R.randint(10 ** 6, 10 ** 8 - 1))
        if fmt == "mobilelocal":
            return "01%s %s" % (R.choice(["51", "52", "60", "70", "71", "76"]), R.randint(10 ** 6, 10 ** 8 - 1))
        return "0%s %s" % (area, sub)
    if cc == "AT":
        if fmt == "mobile":
            return "+43 6%s %d" % (R.choice(["64", "76", "60", "99"]), R.randint(10 ** 6, 10 ** 7 - 1))
        if fmt == "local":
            return "0%s %d-%d" % (R.choice(["1", "316", "662", "512"]), R.randint(1000, 99999), R.randint(0, 999))
        return "+43 %s %d-%d" % (R.choice(["1", "316", "662", "512", "732"]), R.randint(1000, 99999), R.randint(0, 999))
    # CH
    if fmt == "mobile":
        return "+41 7%d %03d %02d %02d" % (R.choice([6, 7, 8, 9]), R.randint(100, 999), R.randint(0, 99), R.randint(0, 99))
    if fmt == "local":
        return "0%s %03d %02d %02d" % (R.choice(["44", "61", "31", "21", "91", "71"]), R.randint(100, 999), R.randint(0, 99), R.randint(0, 99))
    return "+41 %s %03d %02d %02d" % (R.choice(["44", "61", "31", "21", "91", "71"]), R.randint(100, 999), R.randint(0, 99), R.randint(0, 99))


def g_dob(fmt="de"):
    y, m, d = R.randint(1934, 2006), R.randint(1, 12), R.randint(1, 28)
    if fmt == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if fmt == "hl7":
        return "%04d%02d%02d" % (y, m, d)
    return "%02d.%02d.%04d" % (d, m, y)


def g_address(cc="DE"):
    st = R.choice(STREETS)
    no = R.randint(1, 140)
    if cc == "DE":
        return "%s %d, %05d %s" % (st, no, R.randint(10000, 99999), R.choice(CITIES_DE))
    if cc == "AT":
        return "%s %d/%d, %d %s" % (st, no, R.randint(1, 12), R.randint(1010, 9999), R.choice(CITIES_AT))
    return "%s %d, %d %s" % (st, no, R.randint(1000, 9658), R.choice(CITIES_CH))


def g_street():
    return "%s %d" % (R.choice(STREETS), R.randint(1, 140))


def g_mrn(fmt="plain"):
    if fmt == "pid":
        return "PID-%07d" % R.randint(10 ** 6, 10 ** 7 - 1)
    if fmt == "fall":
        return "F%d%06d" % (R.choice([23, 24]), R.randint(0, 999999))
    return "%d" % R.randint(7000000000, 7099999999)


def g_ip_public():
    a = R.choice([84, 85, 87, 91, 93, 178, 188, 213, 217, 62, 77, 80])
    return "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))


def g_ip(net="10"):
    if net == "10":
        return "10.%d.%d.%d" % (R.randint(0, 250), R.randint(0, 250), R.randint(2, 250))
    if net == "172":
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 250), R.randint(2, 250))
    return "192.168.%d.%d" % (R.randint(0, 250), R.randint(2, 250))


def g_email(domain="halcyon-klinik.de"):
    return "%s.%s@%s" % (fold(R.choice(FIRST)).lower(), fold(R.choice(LAST)).lower().replace(" ", ""), domain)


def g_int(lo="1000", hi="9999"):
    return str(R.randint(int(lo), int(hi)))


GENS = {k[2:]: v for k, v in globals().items() if k.startswith("g_") and callable(v)}


# ---------------------------------------------------------------- filters
def _first_last(v):
    parts = v.split(" ")
    # "von Känel" style surnames
    if len(parts) > 2 and parts[1] in ("von", "van", "de", "di"):
        return parts[0], " ".join(parts[1:])
    return parts[0], " ".join(parts[1:])


def f_hl7(v):
    f, l = _first_last(v)
    return "%s^%s" % (l, f)


def f_rev(v):
    f, l = _first_last(v)
    return "%s, %s" % (l, f)


def f_last(v):
    return _first_last(v)[1]


def f_first(v):
    return _first_last(v)[0]


def f_login(v):
    f, l = _first_last(v)
    return (fold(f)[0] + fold(l).replace(" ", "").replace("-", "")).lower()


def f_dotlogin(v):
    f, l = _first_last(v)
    return (fold(f).replace("-", "") + "." + fold(l).replace(" ", "")).lower()


def f_email(v, domain="halcyon-klinik.de"):
    return f_dotlogin(v) + "@" + domain


FILTERS = {
    "hl7": f_hl7, "rev": f_rev, "last": f_last, "first": f_first, "login": f_login,
    "dotlogin": f_dotlogin, "fold": fold, "upper": str.upper, "lower": str.lower,
    "b64": lambda v: base64.b64encode(v.encode()).decode(),
    "uesc": lambda v: "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in v),
    "xmlent": lambda v: "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in v),
    "email": f_email,
    "email_at": lambda v: f_email(v, "halcyon-kliniken.at"),
    "email_ch": lambda v: f_email(v, "halcyon.ch"),
    "email_ext": lambda v: f_email(v, "kronsteg-ds.de"),
    "nodots": lambda v: v.replace(".", "").replace(" ", ""),
    "dicom": lambda v: f_hl7(v),
    "cobol": lambda v: fold(f_rev(v)).upper(),
    "dde": lambda v: "%s.%s.%s" % (v[8:10], v[5:7], v[0:4]),
    "dymd": lambda v: v.replace("-", ""),
}

SHARED = [
    ("pat1", "name"), ("pat1_dob", "dob:iso"), ("pat1_kvnr", "kvnr"), ("pat1_mrn", "mrn"),
    ("pat1_street", "street"), ("pat1_fall", "mrn:fall"),
    ("pat2", "name"), ("pat2_dob", "dob:iso"), ("pat2_svnr", "svnr_at"), ("pat2_mrn", "mrn"),
    ("pat3", "name"), ("pat3_dob", "dob:iso"), ("pat3_ahv", "ahv"), ("pat3_mrn", "mrn"),
    ("pat4", "name"), ("pat4_mrn", "mrn"), ("pat4_dob", "dob:iso"),
    ("doc1", "name"), ("doc2", "name"), ("doc3", "name"), ("nurse1", "name"),
    ("it1", "name"), ("it2", "name"), ("ext1", "name"), ("ext2", "name"),
    ("pw_kisdb", "pw"), ("pw_ldap", "pw"), ("pw_smtp", "pw"), ("hl7_secret", "alnum:24"),
    ("vault_root", "vault"), ("consul_mgmt", "uuid"), ("pw_pacs", "pw"), ("pw_labsvc", "pw"),
    ("pw_smb", "pw"), ("sms_key", "alnum:32"), ("pw_mssql", "pw"), ("jwt_key", "b64:48"),
    ("tenant", "uuid"), ("subscription", "uuid"),
]

MARK = re.compile(r"⟦([spicn_])([=@$])(.*?)⟧")


class Renderer:
    def __init__(self):
        self.memo = {}
        names = set()
        for key, spec in SHARED:
            name, _, args = spec.partition(":")
            while True:
                v = GENS[name](*(args.split(",") if args else []))
                if name != "name" or (v not in names and v.split(" ")[1] not in {n.split(" ")[1] for n in names}):
                    break
            names.add(v) if name == "name" else None
            self.memo[key] = v

    def value(self, op, spec):
        label = None
        if op == "=":
            return spec, spec
        filters = []
        key = None
        if op == "@":
            km = re.search(r"#(\w+)", spec)
            if km:
                key = km.group(1)
                spec = spec[:km.start()] + spec[km.end():]
            parts = spec.split("|")
            gen, filters = parts[0], parts[1:]
            name, _, args = gen.partition(":")
            argv = [a for a in args.split(",")] if args else []
            if name not in GENS:
                raise SystemExit("unknown generator %r" % name)
            base = GENS[name](*argv)
            if key:
                if key in self.memo:
                    raise SystemExit("duplicate memo key %r" % key)
                self.memo[key] = base
        else:
            parts = spec.split("|")
            key, filters = parts[0], parts[1:]
            if key not in self.memo:
                raise SystemExit("unknown memo key %r" % key)
            base = self.memo[key]
        if isinstance(base, tuple):
            text, label = base
            if filters:
                raise SystemExit("filters on multi-line value")
            return text, label
        v = base
        for f in filters:
            v = FILTERS[f](v)
        return v, v

    def render(self, relpath, text):
        out = []
        labels = []
        pos = 0
        line = 1
        for m in MARK.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            cls, op, spec = m.groups()
            rendered, label = self.value(op, spec)
            if CLASSES[cls]:
                idx = rendered.find(label)
                labels.append({"file": relpath, "line": line + rendered[:idx].count("\n"),
                               "value": label, "class": CLASSES[cls]})
            out.append(rendered)
            line += rendered.count("\n")
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), labels


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    tpls = []
    for root, dirs, files in os.walk(TPL_DIR):
        dirs.sort()
        for fn in sorted(files):
            if fn.endswith(".tpl"):
                full = os.path.join(root, fn)
                tpls.append(os.path.relpath(full, TPL_DIR)[:-4].replace(os.sep, "/"))
    tpls.sort()
    rnd = Renderer()
    all_labels = []
    contents = {}
    for rel in tpls:
        with open(os.path.join(TPL_DIR, rel + ".tpl"), encoding="utf-8") as fh:
            text = fh.read()
        body, labels = rnd.render(rel, text)
        if "⟦" in body or "⟧" in body:
            raise SystemExit("unrendered marker in %s" % rel)
        contents[rel] = body
        all_labels.extend(labels)

    # ---- verification
    errors = []
    lines_of = {rel: body.split("\n") for rel, body in contents.items()}
    positives = [l for l in all_labels if l["class"] != "none"]
    seen = set()
    for l in all_labels:
        ln = lines_of[l["file"]]
        if not (1 <= l["line"] <= len(ln)) or l["value"] not in ln[l["line"] - 1]:
            errors.append("value not on stated line: %r" % l)
        if not l["value"].strip():
            errors.append("empty value: %r" % l)
        k = (l["file"], l["line"], l["value"])
        if k in seen:
            errors.append("duplicate label: %r" % l)
        seen.add(k)
        if l["class"] == "none":
            if len(l["value"]) < 4:
                errors.append("none value too short: %r" % l)
            for p in positives:
                if l["value"] in p["value"]:
                    errors.append("none value %r is substring of positive %r" % (l["value"], p))
                    break
    # positive values that also occur unlabelled somewhere (warn: keep the set honest)
    covered = {}
    for l in all_labels:
        covered.setdefault((l["file"], l["line"]), []).append(l["value"])
    warnings = []
    for val in sorted({p["value"] for p in positives if len(p["value"]) >= 8}):
        for rel, ln in lines_of.items():
            for i, t in enumerate(ln, 1):
                if val in t:
                    near = covered.get((rel, i), []) + covered.get((rel, i - 1), []) + covered.get((rel, i + 1), [])
                    if not any(val in c or c in val for c in near):
                        warnings.append("unlabelled occurrence of %r at %s:%d" % (val, rel, i))
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        raise SystemExit(1)

    # ---- write
    for rel, body in contents.items():
        dest = os.path.join(appdir, *rel.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        data = body.replace("\n", "\r\n") if rel.endswith(CRLF_EXT) else body
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
    all_labels.sort(key=lambda l: (l["file"], l["line"], l["value"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for l in all_labels:
        counts[l["class"]] = counts.get(l["class"], 0) + 1
    print("files: %d" % len(contents))
    for c in ("secret", "pii", "infra", "proprietary", "none"):
        print("%-12s %d" % (c, counts.get(c, 0)))
    print("positive     %d" % len(positives))


if __name__ == "__main__":
    main()
