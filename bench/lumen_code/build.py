#!/usr/bin/env python3
"""Deterministic generator for the Lumen Maison held-out evaluation repository.

Usage: python bench/lumen_code/build.py OUTDIR

Templates live in templates/ (mirroring OUTDIR/app/). Inline markers:
    «C|literal»            literal value, labelled with class C
    «C=gen:arg:arg@ref/tf» generated value (deterministic), optional cache ref and transform
Classes: S secret, P pii, I infra, B proprietary (business), N none (look-alike).
Transforms: /headN /tailN (split a cached value across lines), /b64, /basic:USER (base64 user:value).
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import unicodedata

SEED = "lumen-maison/heldout/2025-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "B": "proprietary", "N": "none"}
MARKER = re.compile(r"«([SPIBN])([|=])(.*?)»", re.S)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- secrets
def pem(r, kind):
    # armour assembled from pieces so templates hold no key material
    dash = "-" * 5
    label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY",
             "pub": "PUBLIC KEY", "ossh": "OPENSSH PRIVATE KEY"}[kind]
    nbytes = {"rsa": 1190, "ec": 121, "pkcs8": 1216, "pub": 294, "ossh": 399}[kind]
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    if kind == "rsa":
        raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + raw[12:]
    if kind == "pkcs8":
        raw = (b"\x30\x82\x04\xbc\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"
               b"\x04\x82\x04\xa6\x30\x82\x04\xa2\x02\x01\x00") + raw[33:]
    if kind == "pub":
        raw = b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01" + raw[17:]
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    text = "\n".join([dash + "BEGIN " + label + dash] + lines + [dash + "END " + label + dash])
    return text, lines[0]


def jwt(r, sub="cust", kind="HS256"):
    def b64u(b):
        return base64.urlsafe_b64encode(b).decode().rstrip("=")
    hdr = b64u(json.dumps({"alg": kind, "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps({"sub": sub, "iat": 1741950000 + r.randint(0, 99999),
                          "exp": 1742950000 + r.randint(0, 99999), "scope": "checkout orders"},
                         separators=(",", ":")).encode())
    sig = b64u(bytes(r.getrandbits(8) for _ in range(32)))
    return hdr + "." + pl + "." + sig


def gen_secret(name, r, args):
    if name == "hex":
        return pick(r, HX, int(args[0]))
    if name == "HEX":
        return pick(r, HX.upper(), int(args[0]))
    if name == "alnum":
        return pick(r, AN, int(args[0]))
    if name == "b64":
        n = int(args[0])
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    if name == "b64url":
        n = int(args[0])
        return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")
    if name == "pw":  # human-ish password
        words = ["Soie", "Cuir", "Lino", "Velluto", "Seda", "Perla", "Marais", "Brera", "Gracia",
                 "Bordeaux", "Tweed", "Cachemire", "Lana", "Algodon", "Nacre"]
        return r.choice(words) + r.choice("!#$%&*@?") + str(r.randint(1000, 9999)) + r.choice(words).lower()
    if name == "stripe_sk":
        return "sk_" + "live_" + pick(r, AN, 99 if args and args[0] == "long" else 24)
    if name == "stripe_rk":
        return "rk_" + "live_" + pick(r, AN, 24)
    if name == "stripe_pk":
        return "pk_" + "live_" + pick(r, AN, 24)
    if name == "stripe_whsec":
        return "wh" + "sec_" + pick(r, AN, 32)
    if name == "gh_pat":
        return "gh" + "p_" + pick(r, AN, 36)
    if name == "gl_pat":
        return "gl" + "pat-" + pick(r, AN + "_-", 20)
    if name == "aws_akid":
        return "AK" + "IA" + pick(r, UP + "234567", 16)
    if name == "aws_secret":
        return pick(r, AN + "/+", 40)
    if name == "aws_example":
        return "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"
    if name == "aws_example_secret":
        return "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"
    if name == "slack_bot":
        return "xox" + "b-" + pick(r, DG, 12) + "-" + pick(r, DG, 13) + "-" + pick(r, AN, 24)
    if name == "slack_hook":
        return ("https://hooks.slack.com/" + "services/T" + pick(r, UP + DG, 8) + "/B" +
                pick(r, UP + DG, 10) + "/" + pick(r, AN, 24))
    if name == "teams_hook":
        return ("https://lumenmaison.webhook.office.com/webhookb2/" + "%s-%s-%s-%s-%s" % (
            pick(r, HX, 8), pick(r, HX, 4), pick(r, HX, 4), pick(r, HX, 4), pick(r, HX, 12)) +
            "@" + pick(r, HX, 8) + "/IncomingWebhook/" + pick(r, HX, 32) + "/" + pick(r, HX, 8))
    if name == "shopify_at":
        return "shp" + "at_" + pick(r, HX, 32)
    if name == "shopify_ss":
        return "shp" + "ss_" + pick(r, HX, 32)
    if name == "klaviyo_pk":
        return "pk" + "_" + pick(r, HX, 34)
    if name == "sendgrid":
        return "SG" + "." + pick(r, AN + "-_", 22) + "." + pick(r, AN + "-_", 43)
    if name == "google_api":
        return "AI" + "za" + "Sy" + pick(r, AN + "-_", 33)
    if name == "adyen":
        return "AQE" + pick(r, AN, 9) + "+" + pick(r, AN, 40) + "/" + pick(r, AN, 30) + "=-" + pick(r, AN, 40) + "=-" + pick(r, AN + "!@#", 12)
    if name == "twilio_token":
        return pick(r, HX, 32)
    if name == "npm":
        return "np" + "m_" + pick(r, AN, 36)
    if name == "totp":
        return pick(r, UP + "234567", int(args[0]) if args else 32)
    if name == "sf_consumer_key":
        return "3MVG9" + pick(r, AN + "._", 80)
    if name == "sf_consumer_secret":
        return pick(r, HX.upper(), 64)
    if name == "jwt":
        return jwt(r, *(args or []))
    if name == "recovery":
        return "-".join(pick(r, LO + DG, 5) for _ in range(2))
    if name == "magento_key":
        return pick(r, HX, 32)
    if name == "dd_api":
        return pick(r, HX, 32)
    if name == "dd_app":
        return pick(r, HX, 40)
    if name == "fernet":
        return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    if name == "sessid":
        return pick(r, LO + DG, 26)
    if name == "akeneo_secret":
        return pick(r, LO + DG, 50)
    if name == "snowflake_pw":
        return pick(r, AN, 14) + r.choice("!#%") + pick(r, AN, 5)
    return None


# ---------------------------------------------------------------- PII
def luhn_complete(prefix, length):
    digits = prefix
    while len(digits) < length - 1:
        digits += "0"
    return digits


def luhn_check_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(r, prefix, length=16):
    body = prefix + pick(r, DG, length - 1 - len(prefix))
    return body + luhn_check_digit(body)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CF_ODD.update(dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))


def cf_check(s):
    tot = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            tot += CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return UP[tot % 26]


def iban_it(r):
    abi, cab, conto = pick(r, DG, 5), pick(r, DG, 5), pick(r, DG, 12)
    cin = cf_check(abi + cab + conto)
    bban = cin + abi + cab + conto
    return "IT" + iban_check("IT", bban) + bban


def iban_fr(r):
    bank, guichet, acct = pick(r, DG, 5), pick(r, DG, 5), pick(r, DG, 11)
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
    bban = bank + guichet + acct + "%02d" % key
    return "FR" + iban_check("FR", bban) + bban


def es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits10, w)) % 11
    return {10: 1, 11: 0}.get(d, d)


def iban_es(r):
    bank, branch, acct = pick(r, DG, 4), pick(r, DG, 4), pick(r, DG, 10)
    dc = "%d%d" % (es_dc("00" + bank + branch), es_dc(acct))
    bban = bank + branch + dc + acct
    return "ES" + iban_check("ES", bban) + bban


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if c in UP)


def codice_fiscale(surname, name, dob, sex, comune):
    def cons(s):
        return [c for c in s if c not in "AEIOU"]

    def vow(s):
        return [c for c in s if c in "AEIOU"]
    sn, nm = strip_acc(surname), strip_acc(name)
    a = "".join((cons(sn) + vow(sn) + ["X"] * 3)[:3])
    c = cons(nm)
    b = c[0] + c[2] + c[3] if len(c) >= 4 else "".join((c + vow(nm) + ["X"] * 3)[:3])
    y, m, d = dob.split("-")
    day = int(d) + (40 if sex == "F" else 0)
    s = a + b + y[2:] + "ABCDEHLMPRST"[int(m) - 1] + "%02d" % day + comune
    return s + cf_check(s)


def nir(r, sex, yy, mm, dept, commune, spaced=False):
    order = "%03d" % r.randint(1, 999)
    base = sex + yy + mm + dept + commune + order
    key = "%02d" % (97 - int(base) % 97)
    if spaced:
        return " ".join([sex, yy, mm, dept, commune, order, key])
    return base + key


def dni(r):
    n = r.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie(r):
    p = r.choice("XYZ")
    n = r.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + "%07d" % n) % 23])


def gen_pii(name, r, args):
    if name == "nir":
        return nir(r, *args[:5], spaced=(len(args) > 5 and args[5] == "sp"))
    if name == "cf":
        return codice_fiscale(*args)
    if name == "dni":
        return dni(r)
    if name == "nie":
        return nie(r)
    if name == "iban_fr":
        v = iban_fr(r)
        return group4(v) if args and args[0] == "sp" else v
    if name == "iban_it":
        v = iban_it(r)
        return group4(v) if args and args[0] == "sp" else v
    if name == "iban_es":
        v = iban_es(r)
        return group4(v) if args and args[0] == "sp" else v
    if name == "visa":
        v = card(r, "4" + pick(r, DG, 5))
        return group4(v) if args and args[0] == "sp" else v
    if name == "mc":
        v = card(r, "5" + r.choice("12345") + pick(r, DG, 4))
        return group4(v) if args and args[0] == "sp" else v
    if name == "amex":
        v = card(r, "37" + pick(r, DG, 4), 15)
        return v[:4] + " " + v[4:10] + " " + v[10:] if args and args[0] == "sp" else v
    if name == "phone_fr":
        d = [r.choice("67")] + [pick(r, DG, 2) for _ in range(4)]
        style = args[0] if args else "intl"
        if style == "intl":
            return "+33 %s %s %s %s %s" % tuple(d)
        if style == "dots":
            return "0%s.%s.%s.%s.%s" % tuple(d)
        if style == "e164":
            return "+33%s%s%s%s%s" % tuple(d)
        return "0%s %s %s %s %s" % tuple(d)
    if name == "phone_it":
        p = "3" + r.choice("234589") + pick(r, DG, 1)
        style = args[0] if args else "intl"
        if style == "intl":
            return "+39 %s %s %s" % (p, pick(r, DG, 3), pick(r, DG, 4))
        if style == "e164":
            return "+39%s%s" % (p, pick(r, DG, 7))
        return "%s %s" % (p, pick(r, DG, 7))
    if name == "phone_es":
        p = r.choice("67") + pick(r, DG, 2)
        style = args[0] if args else "intl"
        if style == "intl":
            return "+34 %s %s %s %s" % (p, pick(r, DG, 2), pick(r, DG, 2), pick(r, DG, 2))
        if style == "e164":
            return "+34%s%s" % (p, pick(r, DG, 6))
        return "%s %s %s" % (p, pick(r, DG, 3), pick(r, DG, 3))
    if name == "plate_fr":
        L = "ABCDEFGHJKLMNPQRSTVWXYZ"
        return "%s-%s-%s" % (pick(r, L, 2), pick(r, DG, 3), pick(r, L, 2))
    if name == "plate_it":
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        return "%s %s %s" % (pick(r, L, 2), pick(r, DG, 3), pick(r, L, 2))
    if name == "plate_es":
        return "%s %s" % (pick(r, DG, 4), pick(r, "BCDFGHJKLMNPRSTVWXYZ", 3))
    if name == "passport_fr":
        return pick(r, DG, 2) + pick(r, UP, 2) + pick(r, DG, 5)
    if name == "ip":
        first = r.choice([31, 37, 46, 62, 78, 79, 80, 81, 82, 83, 86, 88, 90, 91, 93, 95, 109, 151, 176, 185, 188, 212, 213, 217])
        return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if name == "android_id":
        return pick(r, HX, 16)
    if name == "idfa":
        return "%s-%s-%s-%s-%s" % (pick(r, HX.upper(), 8), pick(r, HX.upper(), 4), pick(r, HX.upper(), 4), pick(r, HX.upper(), 4), pick(r, HX.upper(), 12))
    return None


# ---------------------------------------------------------------- infra / none
def gen_other(name, r, args):
    if name == "aws_acct":
        return str(r.randint(100000000000, 999999999999))
    if name == "vpc":
        return "vpc-" + pick(r, HX, 17)
    if name == "subnet":
        return "subnet-" + pick(r, HX, 17)
    if name == "sg":
        return "sg-" + pick(r, HX, 17)
    if name == "ip10":
        return "10.%d.%d.%d" % (int(args[0]) if args else r.randint(1, 250), r.randint(0, 255), r.randint(2, 250))
    if name == "uuid":
        h = pick(r, HX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    if name == "sha":
        return pick(r, HX, int(args[0]) if args else 40)
    if name == "sri":
        return "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
    if name == "bcrypt":
        return "$2y$10$" + pick(r, AN + "./", 53)
    if name == "sf_org":
        return "00D" + pick(r, AN, 12)
    if name == "pub_b64":
        raw = bytes(r.getrandbits(8) for _ in range(277))
        return base64.b64encode(b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01" + raw[:277]).decode()
    if name == "visa_test":
        return "4242 4242 4242 4242"
    return None


def generate(spec, rng):
    parts = spec.split(":")
    name, args = parts[0], parts[1:]
    if name in ("pem",):
        return pem(rng, args[0])
    for g in (gen_secret, gen_pii, gen_other):
        v = g(name, rng, args)
        if v is not None:
            return v, v
    raise SystemExit("unknown generator: %r" % spec)


def transform(value, tf):
    if not tf:
        return value
    m = re.fullmatch(r"head(\d+)", tf)
    if m:
        return value[:int(m.group(1))]
    m = re.fullmatch(r"tail(\d+)", tf)
    if m:
        return value[int(m.group(1)):]
    if tf == "b64":
        return base64.b64encode(value.encode()).decode()
    if tf.startswith("basic:"):
        return base64.b64encode((tf[6:] + ":" + value).encode()).decode()
    if tf == "sha256":
        return hashlib.sha256(value.encode()).hexdigest()
    if tf.startswith("mask"):
        return "****" + value.replace(" ", "")[-4:]
    raise SystemExit("unknown transform: %r" % tf)


def render(relpath, text, cache):
    out = []
    labels = []
    pos = 0
    idx = 0
    for m in MARKER.finditer(text):
        out.append(text[pos:m.start()])
        cls, kind, body = m.group(1), m.group(2), m.group(3)
        if kind == "|":
            value = label = body
        else:
            spec, tf = body, ""
            if "/" in spec and not spec.startswith("/"):
                spec, tf = spec.split("/", 1)
            ref = None
            if "@" in spec:
                spec, ref = spec.split("@", 1)
            key = ref if ref else "%s#%d" % (relpath, idx)
            if key not in cache:
                cache[key] = generate(spec, random.Random("%s|%s|%s" % (SEED, spec, key)))
            full, full_label = cache[key]
            if tf:
                value = label = transform(full, tf)
            else:
                value, label = full, full_label
        idx += 1
        start = sum(len(s) for s in out)
        out.append(value)
        if cls != "-":
            labels.append((start + value.find(label), label, CLASSES[cls]))
        pos = m.end()
    out.append(text[pos:])
    res = "".join(out)
    bad = [l for l in res.splitlines() if re.search(r"«[SPIBN][|=]", l)]
    if bad:
        raise SystemExit("unrendered marker in %s: %r" % (relpath, bad[:2]))
    lines = res.split("\n")
    recs = []
    for off, label, cls in labels:
        if not label or "\n" in label:
            raise SystemExit("bad label in %s: %r" % (relpath, label))
        line = res.count("\n", 0, off) + 1
        if label not in lines[line - 1]:
            raise SystemExit("label not on its line: %s:%d %r" % (relpath, line, label))
        recs.append({"file": relpath, "line": line, "value": label, "class": cls})
    return res, recs


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    cache = {}
    all_labels = []
    files = []
    for root, dirs, fnames in os.walk(TPL):
        dirs.sort()
        for fn in sorted(fnames):
            files.append(os.path.relpath(os.path.join(root, fn), TPL).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8") as fh:
            text = fh.read()
        res, recs = render(rel, text, cache)
        dst = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(res)
        all_labels.extend(recs)
    # structured files must still parse
    for rel in files:
        if rel.endswith((".json", ".ipynb")):
            with open(os.path.join(app, *rel.split("/")), encoding="utf-8") as fh:
                try:
                    json.load(fh)
                except ValueError as e:
                    raise SystemExit("invalid JSON after render: %s: %s" % (rel, e))
    seen = set()
    for rec in all_labels:
        k = (rec["file"], rec["line"], rec["value"])
        if k in seen:
            raise SystemExit("duplicate label %r" % (k,))
        seen.add(k)
    all_labels.sort(key=lambda d: (d["file"], d["line"], d["value"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for rec in all_labels:
        counts[rec["class"]] = counts.get(rec["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(all_labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
