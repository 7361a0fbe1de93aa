#!/usr/bin/env python3
"""Build the "Meridian Seguros & Pagamentos" held-out evaluation repository.

Usage:  python bench/meridian_code/build.py OUTDIR

Writes OUTDIR/app/** (rendered from templates/**.tmpl) and OUTDIR/labels.json.

Template markers (single line each):
    ⟦C=literal⟧              literal value with class C
    ⟦C@gen(arg,k=v)#key⟧     generated value; '#key' caches it under key so it
                             can be repeated verbatim later with ⟦C#key⟧
    ⟦-@gen(...)#key⟧         insert without a label (used only to seed a cache)
Classes: s=secret p=pii i=infra c=proprietary n=none.

No credential-shaped value is stored in this source tree: every key/token is
produced at build time by a seeded random.Random, and provider prefixes are
assembled from pieces.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import re
import shutil
import string
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")
SEED = "meridian-seguros-2024"

CLASSES = {"s": "secret", "p": "pii", "i": "infra", "c": "proprietary", "n": "none", "-": None}

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
ALPHABETS = {"alnum": ALNUM, "hex": HEX, "HEX": HEXU, "b64": B64, "b64url": B64URL,
             "lower": LO + DIG, "upper": UP + DIG, "digits": DIG}


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64bytes(rng, n, urlsafe=False):
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    if urlsafe:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()


def P(*parts):
    """Join pieces; keeps provider prefixes out of the source as whole tokens."""
    return "".join(parts)


# ---------------------------------------------------------------- checksums
CF_ODD = {}
_odd_vals = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
for _i, _ch in enumerate(DIG):
    CF_ODD[_ch] = _odd_vals[_i]
for _i, _ch in enumerate(UP):
    CF_ODD[_ch] = _odd_vals[_i]
CF_EVEN = {}
for _i, _ch in enumerate(DIG):
    CF_EVEN[_ch] = _i
for _i, _ch in enumerate(UP):
    CF_EVEN[_ch] = _i


def it_check_char(s):
    total = 0
    for i, ch in enumerate(s):
        total += CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch]
    return UP[total % 26]


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    for d in range(10):
        cand = digits + [d]
        if len(cand) == length and luhn_ok(cand):
            return "".join(map(str, cand))
    raise ValueError


def luhn_ok(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_from(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (cc, check, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- generators
GEN = {}


def gen(fn):
    GEN[fn.__name__] = fn
    return fn


@gen
def rand(rng, ctx, n="32", alpha="alnum", prefix=""):
    return prefix + rs(rng, ALPHABETS[alpha], int(n))


@gen
def b64key(rng, ctx, nbytes="32", prefix=""):
    return prefix + b64bytes(rng, int(nbytes))


@gen
def aws_akid(rng, ctx):
    return P("AK", "IA") + rs(rng, UP + "234567", 16)


@gen
def aws_secret(rng, ctx):
    return rs(rng, ALNUM + "/+", 40)


@gen
def aws_example_akid(rng, ctx):
    return P("AKIA", "IOSFODNN7", "EXAMPLE")


@gen
def aws_example_secret(rng, ctx):
    return P("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY")


@gen
def gcp_key(rng, ctx):
    return P("AI", "za", "Sy") + rs(rng, B64URL, 33)


@gen
def azure_storage(rng, ctx):
    return b64bytes(rng, 64)


@gen
def azure_client_secret(rng, ctx):
    return rs(rng, ALNUM, 3) + rng.choice(DIG) + P("Q", "~") + rs(rng, ALNUM + "_-.~", 34)


@gen
def stripe_sk(rng, ctx):
    return P("sk", "_live_", "51") + rs(rng, ALNUM, 97)


@gen
def stripe_rk(rng, ctx):
    return P("rk", "_live_", "51") + rs(rng, ALNUM, 97)


@gen
def stripe_pk(rng, ctx):
    return P("pk", "_live_", "51") + rs(rng, ALNUM, 97)


@gen
def stripe_whsec(rng, ctx):
    return P("wh", "sec_") + rs(rng, ALNUM, 32)


@gen
def stripe_doc_test(rng, ctx):
    return P("sk", "_test_", "4eC39HqLyjWDarjtT1zdp7dc")


@gen
def redsys_doc_key(rng, ctx):
    return P("sq7HjrUOBfKmC576", "ILgskD5srU870gJ7")


@gen
def adyen_key(rng, ctx):
    return ("AQE" + rs(rng, ALNUM, 5) + "/" + rs(rng, ALNUM + "/+", 80) + "==-"
            + b64bytes(rng, 32) + "-" + rs(rng, ALNUM + "+", 16))


@gen
def mp_token(rng, ctx, kind="APP_USR"):
    return "%s-%s-%s-%s-%s" % (kind, rs(rng, DIG, 16), rs(rng, DIG, 6), rs(rng, HEX, 32), rs(rng, DIG, 9))


@gen
def paypal_secret(rng, ctx):
    return "E" + rs(rng, B64URL, 79)


@gen
def twilio_sid(rng, ctx, prefix="AC"):
    return prefix + rs(rng, HEX, 32)


@gen
def sendgrid(rng, ctx):
    return P("S", "G.") + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)


@gen
def mailgun(rng, ctx):
    return P("ke", "y-") + rs(rng, HEX, 32)


@gen
def slack_bot(rng, ctx, kind="b"):
    return P("xo", "x", kind, "-") + rs(rng, DIG, 13) + "-" + rs(rng, DIG, 13) + "-" + rs(rng, ALNUM, 24)


@gen
def slack_hook(rng, ctx):
    return (P("https://hooks.", "slack.com/services/T") + rs(rng, UP + DIG, 10) + "/B"
            + rs(rng, UP + DIG, 10) + "/" + rs(rng, ALNUM, 24))


@gen
def teams_hook(rng, ctx):
    u = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return ("https://meridiansp.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (u(), u(), rs(rng, HEX, 32), u()))


@gen
def gh_pat(rng, ctx):
    return P("gh", "p_") + rs(rng, ALNUM, 36)


@gen
def gh_fine(rng, ctx):
    return P("github", "_pat_", "11") + rs(rng, UP + DIG, 20) + "_" + rs(rng, ALNUM, 59)


@gen
def glpat(rng, ctx):
    return P("gl", "pat-") + rs(rng, B64URL, 20)


@gen
def npm_token(rng, ctx):
    return P("np", "m_") + rs(rng, ALNUM, 36)


@gen
def pypi_token(rng, ctx):
    return P("py", "pi-", "AgEIcHlwaS5vcmc") + rs(rng, B64URL, 140)


@gen
def docker_pat(rng, ctx):
    return P("dckr", "_pat_") + rs(rng, B64URL, 27)


@gen
def sonar(rng, ctx):
    return P("sq", "u_") + rs(rng, HEX, 40)


@gen
def jfrog(rng, ctx):
    return P("AKC", "p8") + rs(rng, ALNUM, 67)


@gen
def openai(rng, ctx):
    return P("sk-", "proj-") + rs(rng, B64URL, 64) + P("T3Blbk", "FJ") + rs(rng, B64URL, 64)


@gen
def anthropic(rng, ctx):
    return P("sk-", "ant-", "api03-") + rs(rng, B64URL, 93) + "AA"


@gen
def newrelic(rng, ctx):
    return P("NR", "AK-") + rs(rng, UP + DIG, 27)


@gen
def telegram(rng, ctx):
    return rs(rng, DIG, 10) + ":AA" + rs(rng, B64URL, 33)


@gen
def vault_token(rng, ctx):
    return P("hv", "s.") + rs(rng, B64URL, 92)


@gen
def gocspx(rng, ctx):
    return P("GOC", "SPX-") + rs(rng, B64URL, 28)


@gen
def do_token(rng, ctx):
    return P("do", "p_v1_") + rs(rng, HEX, 64)


@gen
def shopify(rng, ctx):
    return P("shp", "at_") + rs(rng, HEX, 32)


@gen
def okta(rng, ctx):
    return "00" + rs(rng, B64URL, 40)


@gen
def laravel_key(rng, ctx):
    return "base64:" + b64bytes(rng, 32)


@gen
def pw(rng, ctx, style="strong", n="20"):
    n = int(n)
    if style == "strong":
        sym = "!*_-.+="
        while True:
            s = rs(rng, ALNUM + sym, n)
            if (any(c in UP for c in s) and any(c in LO for c in s)
                    and any(c in DIG for c in s) and any(c in sym for c in s)):
                return s
    if style == "url":
        return rs(rng, ALNUM + "_-", n)
    if style == "human":
        words = ["Primavera", "Lisboa", "Tramonto", "Girasol", "Sakura", "Warszawa", "Meridian",
                 "Ipanema", "Vesuvio", "Aztlan", "Bacalhau", "Futbol", "Mareas", "Kraken"]
        return rng.choice(words) + rng.choice(["", "_", "."]) + str(rng.randint(2019, 2025)) + rng.choice("!*#$")
    if style == "hexish":
        return rs(rng, HEX, n)
    raise ValueError(style)


@gen
def basic(rng, ctx, user, key):
    return base64.b64encode(("%s:%s" % (user, ctx.shared[key])).encode()).decode()


@gen
def b64of(rng, ctx, key):
    return base64.b64encode(ctx.shared[key].encode()).decode()


@gen
def jwt(rng, ctx, sub="svc", aud="meridian-internal", key=None):
    hdr = {"alg": "HS256", "typ": "JWT"}
    iat = 1700000000 + rng.randint(0, 20000000)
    body = {"sub": sub, "iss": "https://sso.meridian-sp.com/realms/internal", "aud": aud,
            "iat": iat, "exp": iat + 10 * 365 * 86400, "scope": "payments:write claims:read"}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    signing_input = enc(hdr) + "." + enc(body)
    secret = (ctx.shared[key] if key else rs(rng, ALNUM, 48)).encode()
    sig = base64.urlsafe_b64encode(hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return signing_input + "." + sig


@gen
def jwt_io_example(rng, ctx):
    return P("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.",
             "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.",
             "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def _pem(rng, kind, prefix, total, indent=0, style="lines"):
    body = prefix + rs(rng, B64, total - len(prefix) - 1) + "="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    head = "-----BEGIN %s-----" % kind
    tail = "-----END %s-----" % kind
    if style == "escaped":
        text = head + "\\n" + "\\n".join(lines) + "\\n" + tail + "\\n"
        return text, lines[0], 0
    pad = " " * int(indent)
    text = head + "\n" + "\n".join(pad + l for l in lines) + "\n" + pad + tail
    return text, lines[0], 1


@gen
def pem_rsa(rng, ctx, indent="0"):
    return _pem(rng, "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1592, indent)


@gen
def pem_ec(rng, ctx, indent="0"):
    return _pem(rng, "EC PRIVATE KEY", "MHcCAQEEI", 164, indent)


@gen
def pem_openssh(rng, ctx, indent="0"):
    return _pem(rng, "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 400, indent)


@gen
def pem_pkcs8_escaped(rng, ctx):
    return _pem(rng, "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC", 1624, 0, "escaped")


@gen
def pem_cert_line(rng, ctx):
    # first body line of a public certificate (not a secret)
    return "MIID" + rs(rng, B64, 60)


@gen
def uuid4(rng, ctx):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@gen
def gitsha(rng, ctx, n="40"):
    return rs(rng, HEX, int(n))


@gen
def sri(rng, ctx, algo="sha512"):
    n = {"sha512": 64, "sha384": 48, "sha1": 20, "sha256": 32}[algo]
    return algo + "-" + b64bytes(rng, n)


@gen
def digest(rng, ctx):
    return "sha256:" + rs(rng, HEX, 64)


@gen
def sha256hex(rng, ctx):
    return rs(rng, HEX, 64)


# ---- national identifiers (all with correct check digits)
MONTHS_CF = "ABCDEHLMPRST"


def _cf_part(word, is_name):
    word = re.sub(r"[^A-Z]", "", word.upper())
    cons = [c for c in word if c not in "AEIOU"]
    vows = [c for c in word if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


@gen
def codice_fiscale(rng, ctx, surname, name, dob, sex, comune):
    y, m, d = dob.split("-")
    day = int(d) + (40 if sex == "F" else 0)
    s = _cf_part(surname, False) + _cf_part(name, True) + y[2:] + MONTHS_CF[int(m) - 1] + "%02d" % day + comune
    return s + it_check_char(s)


@gen
def pesel(rng, ctx, dob, sex):
    y, m, d = (int(x) for x in dob.split("-"))
    mm = m + (20 if y >= 2000 else 0)
    base = "%02d%02d%02d" % (y % 100, mm, d) + rs(rng, DIG, 3)
    sexd = rng.choice("13579" if sex == "M" else "02468")
    base += sexd
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


@gen
def cpf(rng, ctx, fmt="1"):
    while True:
        n = [rng.randint(0, 9) for _ in range(9)]
        if len(set(n)) > 1:
            break
    for k in (10, 11):
        s = sum(a * b for a, b in zip(n, range(k, 1, -1)))
        r = (s * 10) % 11
        n.append(0 if r == 10 else r)
    s = "".join(map(str, n))
    if fmt == "1":
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
    return s


@gen
def cnpj(rng, ctx):
    n = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(n, w)) % 11
        n.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, n))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


@gen
def dni(rng, ctx):
    n = rng.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


@gen
def nie(rng, ctx):
    p = rng.choice("XYZ")
    n = rng.randint(1000000, 9999999)
    full = int(str("XYZ".index(p)) + "%07d" % n)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[full % 23])


@gen
def nif_pt(rng, ctx):
    base = rng.choice("12") + rs(rng, DIG, 7)
    s = sum(int(c) * w for c, w in zip(base, range(9, 1, -1)))
    r = 11 - s % 11
    return base + str(0 if r >= 10 else r)


@gen
def my_number(rng, ctx, fmt="0"):
    base = rs(rng, DIG, 11)
    p = [int(c) for c in reversed(base)]
    s = sum(p[n - 1] * ((n + 1) if n <= 6 else (n - 5)) for n in range(1, 12))
    r = s % 11
    out = base + str(0 if r <= 1 else 11 - r)
    if fmt == "1":
        return "%s %s %s" % (out[:4], out[4:8], out[8:])
    return out


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _first_internal_consonant(w):
    for c in w[1:]:
        if c not in "AEIOU":
            return c
    return "X"


def _first_internal_vowel(w):
    for c in w[1:]:
        if c in "AEIOU":
            return c
    return "X"


@gen
def curp(rng, ctx, ap1, ap2, name, dob, sex, state):
    ap1, ap2, name = ap1.upper(), ap2.upper(), name.upper()
    y, m, d = dob.split("-")
    s = ap1[0] + _first_internal_vowel(ap1) + ap2[0] + name[0] + y[2:] + m + d + sex + state
    s += _first_internal_consonant(ap1) + _first_internal_consonant(ap2) + _first_internal_consonant(name)
    s += "0" if int(y) < 2000 else "A"
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - total % 10) % 10)


RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


@gen
def rfc(rng, ctx, ap1, ap2, name, dob):
    ap1, ap2, name = ap1.upper(), ap2.upper(), name.upper()
    y, m, d = dob.split("-")
    s = ap1[0] + _first_internal_vowel(ap1) + ap2[0] + name[0] + y[2:] + m + d
    s += rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ123456789", 2)
    total = sum(RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(s))
    r = total % 11
    chk = "0" if r == 0 else ("A" if r == 1 else str(11 - r))
    return s + chk


@gen
def iban(rng, ctx, cc, fmt="0"):
    if cc == "IT":
        body = rs(rng, DIG, 10) + rs(rng, DIG, 12)
        bban = it_check_char(body) + body
    elif cc == "ES":
        bank, branch, acct = rs(rng, DIG, 4), rs(rng, DIG, 4), rs(rng, DIG, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(x):
            v = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        bban = bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct
    elif cc == "PT":
        n = rs(rng, DIG, 19)
        bban = n + "%02d" % (98 - (int(n) * 100) % 97)
    elif cc == "PL":
        sort7 = rs(rng, DIG, 7)
        w = [3, 9, 7, 1, 3, 9, 7]
        c = (10 - sum(int(a) * b for a, b in zip(sort7, w)) % 10) % 10
        bban = sort7 + str(c) + rs(rng, DIG, 16)
    elif cc == "DE":
        bban = rs(rng, DIG, 18)
    elif cc == "BR":
        bban = rs(rng, DIG, 23) + "C" + "1"
    elif cc == "FR":
        bban = rs(rng, DIG, 10) + rs(rng, UP + DIG, 11) + rs(rng, DIG, 2)
    else:
        raise ValueError(cc)
    out = iban_from(cc, bban)
    return group4(out) if fmt == "1" else out


@gen
def clabe(rng, ctx):
    base = rng.choice(["002", "012", "014", "021", "072"]) + rs(rng, DIG, 14)
    w = [3, 7, 1] * 6
    s = sum((int(a) * b) % 10 for a, b in zip(base, w))
    return base + str((10 - s % 10) % 10)


@gen
def card(rng, ctx, brand="visa", fmt="0"):
    if brand == "visa":
        pre, ln = rng.choice(["4", "4539", "4916", "4024"]), 16
    elif brand == "mc":
        pre, ln = rng.choice(["51", "53", "55", "2221"]), 16
    elif brand == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif brand == "elo":
        pre, ln = "636368", 16
    else:
        raise ValueError(brand)
    num = pre + rs(rng, DIG, ln - len(pre) - 1)
    full = luhn_complete(num, ln)
    if fmt == "1":
        return group4(full) if ln == 16 else "%s %s %s" % (full[:4], full[4:10], full[10:])
    if fmt == "mask":
        return full[:6] + "******" + full[-4:]
    return full


@gen
def phone(rng, ctx, cc, fmt="intl"):
    d = lambda n: rs(rng, DIG, n)
    if cc == "IT":
        return "+39 3%s %s %s" % (rng.choice("2345789") + d(1), d(3), d(4)) if fmt == "intl" else "3%s%s" % (d(2), d(7))
    if cc == "ES":
        return "+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)) if fmt == "intl" else "6%s %s %s" % (d(2), d(3), d(3))
    if cc == "PT":
        return "+351 9%s %s %s" % (rng.choice("1236") + d(1), d(3), d(3))
    if cc == "BR":
        return "(%s) 9%s-%s" % (rng.choice(["11", "21", "31", "51", "61", "81"]), d(4), d(4)) if fmt == "local" else "+55 %s 9%s-%s" % (rng.choice(["11", "21", "41"]), d(4), d(4))
    if cc == "MX":
        return "+52 1 55 %s %s" % (d(4), d(4)) if fmt == "intl" else "(55) %s-%s" % (d(4), d(4))
    if cc == "PL":
        return "+48 %s%s %s %s" % (rng.choice("5678"), d(2), d(3), d(3)) if fmt == "intl" else "%s%s-%s-%s" % (rng.choice("5678"), d(2), d(3), d(3))
    if cc == "JP":
        return "0%s0-%s-%s" % (rng.choice("789"), d(4), d(4)) if fmt == "local" else "+81-%s0-%s-%s" % (rng.choice("789"), d(4), d(4))
    if cc == "AR":
        return "+54 9 11 %s-%s" % (d(4), d(4))
    raise ValueError(cc)


@gen
def ip_pub(rng, ctx):
    while True:
        a = rng.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203):
            continue
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


@gen
def ip_priv(rng, ctx, prefix="10"):
    parts = prefix.split(".")
    while len(parts) < 3:
        parts.append(str(rng.randint(0, 255)))
    parts.append(str(rng.randint(2, 254)))
    return ".".join(parts)


@gen
def aws_account(rng, ctx):
    return str(rng.randint(1, 9)) + rs(rng, DIG, 11)


# ---------------------------------------------------------------- rendering
MARKER = re.compile(r"⟦([spicn-])(?:=([^⟧]*)|(?:@(\w+)(?:\(([^)]*)\))?)?(?:#([\w.:-]+))?)⟧")


class Ctx:
    def __init__(self):
        self.shared = {}


def parse_args(s):
    args, kwargs = [], {}
    if not s:
        return args, kwargs
    for part in s.split(","):
        part = part.strip()
        if "=" in part and re.match(r"^\w+=", part):
            k, v = part.split("=", 1)
            kwargs[k] = v
        else:
            args.append(part)
    return args, kwargs


def render(relpath, text, ctx):
    rng = random.Random("%s/%s" % (SEED, relpath))
    out = []
    labels = []
    pos = 0
    line = 1
    for m in MARKER.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        cls, literal, gname, gargs, key = m.groups()
        offset = 0
        if literal is not None:
            value = ins = literal
        elif gname:
            args, kwargs = parse_args(gargs)
            grng = random.Random("%s/shared/%s" % (SEED, key)) if key else rng
            res = GEN[gname](grng, ctx, *args, **kwargs)
            if isinstance(res, tuple):
                ins, value, offset = res
            else:
                ins = value = res
            if key and ctx.shared[key] != ins:
                raise SystemExit("shared key %s redefined differently in %s" % (key, relpath))
        elif key:
            if key not in ctx.shared:
                raise SystemExit("unknown shared key %s in %s" % (key, relpath))
            ins = value = ctx.shared[key]
        else:
            raise SystemExit("bad marker %r in %s" % (m.group(0), relpath))
        if CLASSES[cls]:
            labels.append({"file": relpath, "line": line + offset, "value": value, "class": CLASSES[cls]})
        out.append(ins)
        line += ins.count("\n")
        pos = m.end()
    out.append(text[pos:])
    rendered = "".join(out)
    if "⟦" in rendered or "⟧" in rendered:
        raise SystemExit("unrendered marker in %s" % relpath)
    return rendered, labels


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    if os.path.isdir(appdir):
        shutil.rmtree(appdir)
    tmpl_files = []
    for root, dirs, files in os.walk(TEMPLATES):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".tmpl"):
                full = os.path.join(root, f)
                tmpl_files.append(os.path.relpath(full, TEMPLATES)[:-len(".tmpl")].replace(os.sep, "/"))
    tmpl_files.sort()
    texts = {}
    for rel in tmpl_files:
        with open(os.path.join(TEMPLATES, rel + ".tmpl"), encoding="utf-8") as fh:
            texts[rel] = fh.read()
    ctx = Ctx()
    # pre-pass: resolve every shared ('#key') definition, whatever file it is in
    pending = []
    for rel in tmpl_files:
        for m in MARKER.finditer(texts[rel]):
            cls, literal, gname, gargs, key = m.groups()
            if key and gname:
                pending.append((rel, gname, gargs, key))
            elif key and literal is not None:
                raise SystemExit("literal with key in %s" % rel)
    for _ in range(5):
        left = []
        for rel, gname, gargs, key in pending:
            args, kwargs = parse_args(gargs)
            try:
                res = GEN[gname](random.Random("%s/shared/%s" % (SEED, key)), ctx, *args, **kwargs)
            except KeyError:
                left.append((rel, gname, gargs, key))
                continue
            ins = res[0] if isinstance(res, tuple) else res
            if key in ctx.shared and ctx.shared[key] != ins:
                raise SystemExit("shared key %s defined twice differently (%s)" % (key, rel))
            ctx.shared[key] = ins
        pending = left
    if pending:
        raise SystemExit("unresolved shared keys: %r" % pending)
    all_labels = []
    for rel in tmpl_files:
        rendered, labels = render(rel, texts[rel], ctx)
        dest = os.path.join(appdir, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rendered)
        all_labels.extend(labels)

    # ---- verification
    errors = []
    cache = {}
    for lab in all_labels:
        path = os.path.join(appdir, lab["file"])
        if path not in cache:
            with open(path, encoding="utf-8") as fh:
                cache[path] = fh.read().split("\n")
        lines = cache[path]
        if not lab["value"]:
            errors.append("empty value %r" % lab)
        elif lab["line"] < 1 or lab["line"] > len(lines) or lab["value"] not in lines[lab["line"] - 1]:
            errors.append("value not on line: %r" % lab)
    positives = [l["value"] for l in all_labels if l["class"] != "none"]
    for lab in all_labels:
        if lab["class"] == "none":
            if len(lab["value"]) < 4:
                errors.append("none value too short: %r" % lab)
            for pv in positives:
                if lab["value"] in pv:
                    errors.append("none value %r is substring of positive %r" % (lab["value"], pv))
                    break
    seen = set()
    for lab in all_labels:
        k = (lab["file"], lab["line"], lab["value"])
        if k in seen:
            errors.append("duplicate label %r" % (k,))
        seen.add(k)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        raise SystemExit(1)

    all_labels.sort(key=lambda l: (l["file"], l["line"], l["value"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")

    counts = {}
    for lab in all_labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files: %d" % len(tmpl_files))
    print("labels: %d" % len(all_labels))
    for cls in ("secret", "pii", "infra", "proprietary", "none"):
        print("  %-12s %d" % (cls, counts.get(cls, 0)))


if __name__ == "__main__":
    main()
