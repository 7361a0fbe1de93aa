#!/usr/bin/env python3
"""Build the "Kestrel Mobility" held-out evaluation repository.

Usage: python bench/kestrel_code/build.py OUTDIR

Renders every file under templates/ into OUTDIR/app/<same path> and writes
OUTDIR/labels.json.  Templates carry inline markers:

    ⟦C=literal⟧           literal text, labelled with class C
    ⟦C@gen:arg:arg⟧       value produced by generator ``gen`` (seeded RNG)
    ⟦C$name⟧              re-use a value stored earlier
    ⟦C#name@gen⟧          generate and store as ``name`` (also works with =)
    ...|filter            (for @ and $ only) post-process: b64, upper, lower, urlq

C is one of s (secret), p (pii), i (infra), x (proprietary), n (none) or
- (rendered but not labelled).  Generator arguments starting with ``$`` are
resolved from stored values.  Nothing secret-looking is stored in the
templates themselves: every key/token/id with a checksum is produced at build
time from random.Random(SEED), so the output is deterministic.
"""
import base64
import json
import os
import plistlib
import re
import string
import sys
import uuid
from pathlib import Path

import random

SEED = 0x4B357E1  # "Kestrel"
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
CLASSES = {"s": "secret", "p": "pii", "i": "infra", "x": "proprietary", "n": "none"}
MARK = re.compile(r"⟦([spixn-])(?:#([A-Za-z_][A-Za-z0-9_]*))?([=@$])(.*?)⟧", re.S)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


class Gen:
    def __init__(self, rng):
        self.r = rng

    # ---- primitives -------------------------------------------------
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(int(n)))

    def hex(self, n="32"):
        return self.s(HEX, n)

    def HEX(self, n="32"):
        return self.s(HEX.upper(), n)

    def alnum(self, n="24"):
        return self.s(AN, n)

    def lalnum(self, n="24"):
        return self.s(LO + DG, n)

    def ualnum(self, n="24"):
        return self.s(UP + DG, n)

    def digits(self, n="6"):
        return str(self.r.randint(1, 9)) + self.s(DG, int(n) - 1)

    def b64(self, n="40"):
        return self.s(B64, n)

    def b64url(self, n="43"):
        return self.s(B64U, n)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def UUID(self):
        return self.uuid().upper()

    def sha1(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def sri(self):
        return "sha512-" + base64.b64encode(self.r.randbytes(64)).decode()

    def choice(self, *opts):
        return self.r.choice(opts)

    def int(self, lo, hi):
        return str(self.r.randint(int(lo), int(hi)))

    # ---- passwords ----------------------------------------------------
    WORDS = ["Kestrel", "Monsoon", "Falcon", "Hanriver", "Chai", "Maple", "Tundra",
             "Samba", "Seoul", "Bandra", "Garuda", "Pune", "Lotus", "Cedar", "Harbour",
             "Zephyr", "Nimbus", "Orchid", "Tiger", "Condor"]

    def password(self, n=None):
        kind = self.r.randint(0, 2)
        if kind == 0:
            return (self.r.choice(self.WORDS) + self.r.choice(["@", "#", "_", "!", "."])
                    + str(self.r.randint(2017, 2025)) + self.r.choice(["!", "*", "x", "Q", "#"]))
        if kind == 1:
            return self.s(AN, 6) + self.r.choice("-_.*!") + self.s(AN, 7) + self.r.choice("-_.") + self.s(AN, 4)
        return self.r.choice(self.WORDS).lower() + self.s(DG, 3) + self.s(UP, 2) + self.r.choice("!*_") + self.s(LO + DG, 5)

    def urlpw(self):
        """Password safe inside URL userinfo and shell double quotes."""
        return self.s(AN, 8) + self.r.choice("-_.") + self.s(AN, 10)

    def token(self, n="40"):
        return self.s(AN, n)

    # ---- provider credentials --------------------------------------
    def aws_akid(self):
        return "AKIA" + self.s(UP + "234567", 16)

    def aws_asia(self):
        return "ASIA" + self.s(UP + "234567", 16)

    def aws_secret(self):
        return self.s(AN + "/+", 40)

    def aws_example_akid(self):
        return "AKIA" + "IOSFODNN7" + "EXAMPLE"

    def aws_example_secret(self):
        return "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"

    def aws_account(self):
        return self.digits(12)

    def gcp_key(self):
        return "AIza" + "Sy" + self.s(B64U, 33)

    def google_client_id(self):
        return self.digits(12) + "-" + self.s(LO + DG, 32) + ".apps.googleusercontent.com"

    def google_client_secret(self):
        return "GOC" + "SPX-" + self.s(B64U, 28)

    def stripe_sk(self):
        return "sk_" + "live_" + "51" + self.s(AN, 22) + self.s(AN, 24)

    def stripe_rk(self):
        return "rk_" + "live_" + "51" + self.s(AN, 40)

    def stripe_pk(self):
        return "pk_" + "live_" + "51" + self.s(AN, 40)

    def stripe_whsec(self):
        return "wh" + "sec_" + self.s(AN, 32)

    def razorpay_secret(self):
        return self.s(AN, 24)

    def twilio_sid(self):
        return "AC" + self.hex(32)

    def twilio_key_sid(self):
        return "SK" + self.hex(32)

    def sendgrid(self):
        return "SG." + self.s(B64U, 22) + "." + self.s(B64U, 43)

    def slack_bot(self):
        return "xox" + "b-" + self.digits(11) + "-" + self.digits(13) + "-" + self.s(AN, 24)

    def slack_user(self):
        return "xox" + "p-" + self.digits(11) + "-" + self.digits(12) + "-" + self.digits(13) + "-" + self.hex(32)

    def slack_webhook(self):
        return ("https://hooks.slack.com/services/T" + self.s(UP + DG, 8) + "/B" + self.s(UP + DG, 10)
                + "/" + self.s(AN, 24))

    def github_pat(self):
        return "gh" + "p_" + self.s(AN, 36)

    def github_fine(self):
        return "github" + "_pat_" + "11" + self.s(UP + DG, 20) + "_" + self.s(AN, 59)

    def gitlab_pat(self):
        return "gl" + "pat-" + self.s(AN + "-_", 20)

    def npm_token(self):
        return "np" + "m_" + self.s(AN, 36)

    def mapbox(self, kind="sk"):
        head = json.dumps({"u": "kestrel-maps", "a": self.s(LO + DG, 25)}, separators=(",", ":"))
        return kind + "." + base64.urlsafe_b64encode(head.encode()).decode().rstrip("=") + "." + self.s(B64U, 22)

    def fcm_key(self):
        return "AAAA" + self.s(AN, 7) + ":APA91b" + self.s(B64U, 134)

    def openai(self):
        return "sk-" + "proj-" + self.s(B64U, 48) + "T3Blbk" + "FJ" + self.s(B64U, 48)

    def anthropic(self):
        return "sk-" + "ant-api03-" + self.s(B64U, 93) + "AA"

    def sentry_dsn(self):
        return "https://" + self.hex(32) + "@o" + self.digits(6) + ".ingest.us.sentry.io/" + self.digits(7)

    def nr_key(self):
        return "NR" + "AK-" + self.s(UP + DG, 27)

    def nr_license(self):
        return self.hex(36) + "NR" + "AL"

    def toss_sk(self):
        return "live_" + "sk_" + self.s(AN, 24)

    def msg91(self):
        return self.digits(6) + "A" + self.s(AN, 17)

    def branch_key(self):
        return "key_" + "live_" + self.s(LO + DG, 32)

    def applovin(self):
        return self.s(B64U, 86)

    def fb_token(self):
        return "EAA" + "G" + self.s(AN, 180)

    def jenkins_token(self):
        return "11" + self.hex(32)

    def circleci(self):
        return "CCI" + "PAT_" + self.s(AN, 22) + "_" + self.hex(40)

    def buildkite(self):
        return "bk" + "ua_" + self.hex(40)

    def vault(self):
        return "hv" + "s." + self.s(AN + "_-", 92)

    def azure_key(self):
        return base64.b64encode(self.r.randbytes(64)).decode()

    def do_token(self):
        return "dop" + "_v1_" + self.hex(64)

    def telegram(self):
        return self.digits(10) + ":AA" + self.s(B64U, 33)

    def shopify(self):
        return "shp" + "at_" + self.hex(32)

    def tfc(self):
        return self.s(AN, 14) + ".atlas" + "v1." + self.s(AN, 67)

    def cloudflare(self):
        return self.s(AN + "_-", 40)

    def docker_pat(self):
        return "dck" + "r_pat_" + self.s(B64U, 27)

    def age_secret(self):
        return "AGE-SECRET-" + "KEY-1" + self.s(BECH, 58)

    def age_public(self):
        return "age1" + self.s(BECH.lower(), 58)

    def jwt(self, sub="svc-dispatch", iss="kestrel-auth"):
        h = {"alg": "HS256", "typ": "JWT"}
        p = {"sub": sub, "iss": iss, "iat": self.r.randint(1690000000, 1710000000), "scope": "internal:admin"}
        enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc(h) + "." + enc(p) + "." + self.s(B64U, 43)

    def basic(self, user, pw):
        return base64.b64encode((user + ":" + pw).encode()).decode()

    def dockercfg(self, registry, user, pw):
        auth = base64.b64encode((user + ":" + pw).encode()).decode()
        doc = json.dumps({"auths": {registry: {"username": user, "password": pw, "auth": auth}}},
                         separators=(",", ":"))
        return base64.b64encode(doc.encode()).decode()

    def sops(self, kind="str", n="24"):
        b = lambda k: base64.b64encode(self.r.randbytes(k)).decode()
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (b(int(n)), b(32), b(16), kind)

    def rep(self, prefix, ch, n, suffix=""):
        """Placeholder such as ghp_xxxx...: built here so the templates never hold a
        string shaped like a real token."""
        return prefix + ch * int(n) + suffix

    def slack_webhook_placeholder(self):
        return "https://hooks.slack.com/services/" + "/".join(["T" + "X" * 8, "B" + "X" * 8, "X" * 24])

    def bcrypt(self):
        return "$2b$12$" + self.s(AN + "./", 53)

    # ---- PEM bodies ----------------------------------------------------
    PEM_PREFIX = {
        "rsa": "MIIEowIBAAKCAQEA",
        "pkcs8": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
        "ec": "MHcCAQEEI",
        "p8": "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg",
        "openssh": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
    }

    def pem_first(self, kind="rsa"):
        pre = self.PEM_PREFIX[kind]
        return pre + self.s(B64, 64 - len(pre)) if len(pre) < 64 else pre[:64]

    def pem_body(self, lines="20", sep="\n", last="40"):
        out = [self.s(B64, 64) for _ in range(int(lines))]
        out.append(self.s(B64, int(last)) + "==")
        return sep.join(out)

    def pem_body_esc(self, lines="20"):
        return self.pem_body(lines, "\\n")

    # ---- PII ------------------------------------------------------------
    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    @staticmethod
    def luhn_ok(num):
        tot = 0
        for i, ch in enumerate(reversed(num)):
            d = int(ch)
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        return tot % 10 == 0

    def _luhn_complete(self, prefix, length):
        body = prefix + self.s(DG, length - len(prefix) - 1)
        for c in DG:
            if self.luhn_ok(body + c):
                return body + c
        raise AssertionError

    def sin(self, sep=" "):
        n = self._luhn_complete(str(self.r.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9)
        return sep.join([n[:3], n[3:6], n[6:]])

    def card(self, brand="visa", sep=""):
        brand_prefix = {"visa": "4" + self.s(DG, 5), "mc": str(self.r.randint(51, 55)) + self.s(DG, 4),
                        "amex": self.r.choice(["34", "37"]) + self.s(DG, 4), "rupay": "6521" + self.s(DG, 2),
                        "disc": "6011" + self.s(DG, 2)}[brand]
        length = 15 if brand == "amex" else 16
        while True:
            n = self._luhn_complete(brand_prefix, length)
            if n not in ("4242424242424242", "4111111111111111"):
                break
        if not sep:
            return n
        if brand == "amex":
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def imei(self):
        return self._luhn_complete("35" + self.s(DG, 6), 15)

    _VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
           [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
           [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
    _VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
           [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
    _VINV = [0,4,3,2,1,5,6,7,8,9]

    @classmethod
    def verhoeff_ok(cls, num):
        c = 0
        for i, ch in enumerate(reversed(num)):
            c = cls._VD[c][cls._VP[i % 8][int(ch)]]
        return c == 0

    def aadhaar(self, sep=" "):
        body = str(self.r.randint(2, 9)) + self.s(DG, 10)
        c = 0
        for i, ch in enumerate(reversed(body)):
            c = self._VD[c][self._VP[(i + 1) % 8][int(ch)]]
        n = body + str(self._VINV[c])
        assert self.verhoeff_ok(n)
        return sep.join([n[:4], n[4:8], n[8:]])

    def pan(self, surname_initial="S", kind="P"):
        return self.s(UP, 3) + kind + surname_initial + self.s(DG, 4) + self.s(UP, 1)

    def rrn(self, sep="-"):
        yy = self.r.randint(60, 99)
        mm = self.r.randint(1, 12)
        dd = self.r.randint(1, 28)
        g = self.r.choice([1, 2])
        d = "%02d%02d%02d%d" % (yy, mm, dd, g) + self.s(DG, 5)
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        chk = (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10
        n = d + str(chk)
        return n[:6] + sep + n[6:]

    def cpf(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for ln in (9, 10):
            s = sum(v * (ln + 1 - i) for i, v in enumerate(d[:ln]))
            r = (s * 10) % 11
            d.append(0 if r == 10 else r)
        t = "".join(map(str, d))
        return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])

    def phone_us(self, fmt="paren"):
        npa = self.r.choice(["415", "628", "206", "312", "646", "512", "303", "617", "408", "786"])
        nxx = str(self.r.randint(2, 9)) + self.s(DG, 2)
        if nxx == "555":
            nxx = "556"
        sub = self.s(DG, 4)
        if fmt == "paren":
            return "(%s) %s-%s" % (npa, nxx, sub)
        if fmt == "e164":
            return "+1%s%s%s" % (npa, nxx, sub)
        return "%s-%s-%s" % (npa, nxx, sub)

    def phone_ca(self, fmt="dash"):
        npa = self.r.choice(["514", "438", "416", "647", "604", "778", "613", "403", "418"])
        nxx = str(self.r.randint(2, 9)) + self.s(DG, 2)
        if nxx == "555":
            nxx = "556"
        sub = self.s(DG, 4)
        if fmt == "e164":
            return "+1%s%s%s" % (npa, nxx, sub)
        if fmt == "dot":
            return "%s.%s.%s" % (npa, nxx, sub)
        return "+1 %s-%s-%s" % (npa, nxx, sub)

    def phone_in(self, fmt="space"):
        n = str(self.r.randint(6, 9)) + self.s(DG, 9)
        if fmt == "e164":
            return "+91" + n
        if fmt == "plain":
            return n
        return "+91 %s %s" % (n[:5], n[5:])

    def phone_kr(self, fmt="dash"):
        mid = self.s(DG, 4)
        end = self.s(DG, 4)
        if fmt == "e164":
            return "+8210" + mid + end
        return "010-%s-%s" % (mid, end)

    def ip_public(self):
        while True:
            a = self.r.choice([24, 49, 58, 67, 73, 98, 103, 106, 117, 121, 142, 152, 174, 182, 211])
            ip = "%d.%d.%d.%d" % (a, self.r.randint(1, 254), self.r.randint(0, 255), self.r.randint(1, 254))
            return ip

    def gps(self, city="sf"):
        base = {"sf": (37.77, -122.42), "tor": (43.65, -79.38), "mtl": (45.50, -73.57), "blr": (12.97, 77.59),
                "mum": (19.07, 72.87), "sel": (37.56, 126.97), "sp": (-23.55, -46.63), "nyc": (40.71, -74.00)}[city]
        return "%.6f, %.6f" % (base[0] + self.r.uniform(-0.08, 0.08), base[1] + self.r.uniform(-0.08, 0.08))

    def lat(self, city="sf"):
        return self.gps(city).split(", ")[0]

    def ca_dl(self):
        return self.s(UP, 1) + self.s(DG, 7)

    def on_dl(self):
        return "%s%s-%s-%s" % (self.s(UP, 1), self.s(DG, 4), self.s(DG, 5), self.s(DG, 5))

    def in_dl(self, st="KA"):
        return "%s%02d %d%s" % (st, self.r.randint(1, 60), self.r.randint(2008, 2022), self.s(DG, 7))

    def kr_dl(self):
        return "%02d-%02d-%06d-%02d" % (self.r.randint(11, 28), self.r.randint(10, 24), self.r.randint(0, 999999), self.r.randint(10, 99))

    def plate_ca(self):
        return str(self.r.randint(7, 9)) + self.s(UP, 3) + self.s(DG, 3)

    def plate_in(self, st="KA"):
        return "%s %02d %s %s" % (st, self.r.randint(1, 53), self.s(UP, 2), self.s(DG, 4))

    def plate_kr(self):
        return "%d%s %s" % (self.r.randint(10, 399), self.r.choice("가나다라마거너더러머버서어저고노도로모"), self.s(DG, 4))

    def dob(self, fmt="iso"):
        y, m, d = self.r.randint(1962, 2002), self.r.randint(1, 12), self.r.randint(1, 28)
        if fmt == "us":
            return "%02d/%02d/%d" % (m, d, y)
        if fmt == "in":
            return "%02d-%02d-%d" % (d, m, y)
        return "%d-%02d-%02d" % (y, m, d)

    def mac(self):
        return ":".join(self.s(HEX, 2) for _ in range(6))


class Pending(Exception):
    """A stored value is referenced before the file defining it was rendered."""


def render(text, gen, store, rel):
    out = []
    labels = []
    pos = 0
    line = 1
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        cls, name, op, body = m.groups()
        if op == "=":
            val = body
        else:
            parts = body.split("|")
            head, filters = parts[0], parts[1:]
            if op == "$":
                if head not in store:
                    raise Pending(head)
                val = store[head]
            else:
                gname, *args = head.split(":")
                for a in args:
                    if a.startswith("$") and a[1:] not in store:
                        raise Pending(a[1:])
                args = [store[a[1:]] if a.startswith("$") else a for a in args]
                fn = getattr(gen, gname, None)
                if fn is None:
                    raise SystemExit("%s: unknown generator %s" % (rel, gname))
                val = fn(*args)
            for f in filters:
                if f == "b64":
                    val = base64.b64encode(val.encode()).decode()
                elif f == "upper":
                    val = val.upper()
                elif f == "lower":
                    val = val.lower()
                elif f == "nodash":
                    val = val.replace("-", "").replace(" ", "")
                else:
                    raise SystemExit("%s: unknown filter %s" % (rel, f))
        if name:
            if name in store:
                raise SystemExit("%s: value %s stored twice" % (rel, name))
            store[name] = val
        out.append(val)
        if cls != "-":
            first = val.split("\n")[0]
            labels.append({"file": rel, "line": line, "value": first, "class": CLASSES[cls]})
        line += val.count("\n")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), labels


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    outdir = Path(sys.argv[1])
    app = outdir / "app"
    if app.exists():
        import shutil
        shutil.rmtree(app)
    store = {}
    labels = []
    files = sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
    # Each file gets its own RNG seeded from its path, so the output does not
    # depend on render order; files that use a value stored by another file
    # are retried once that file has been rendered.
    queue = list(files)
    while queue:
        progressed = False
        waiting = []
        for src in queue:
            rel = src.relative_to(TEMPLATES).as_posix()
            text = src.read_text(encoding="utf-8")
            gen = Gen(random.Random("%d:%s" % (SEED, rel)))
            trial = dict(store)
            try:
                rendered, labs = render(text, gen, trial, rel)
            except Pending:
                waiting.append(src)
                continue
            store.clear()
            store.update(trial)
            progressed = True
            emit(app, rel, rendered, labs, labels)
        if not progressed:
            raise SystemExit("unresolved stored values in: %s" % ", ".join(str(s) for s in waiting))
        queue = waiting

    check(labels, files, outdir)
    return 0


def emit(app, rel, rendered, labs, labels):
    """Write one rendered file and verify its labels sit on their lines."""
    if "⟦" in rendered or "⟧" in rendered:
        raise SystemExit("%s: unrendered marker" % rel)
    dst = app / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(rendered.encode("utf-8"))
    if rel.endswith((".json", ".ipynb")):
        json.loads(rendered)
    if rel.endswith(".plist"):
        plistlib.loads(rendered.encode("utf-8"))
    lines = rendered.split("\n")
    for lab in labs:
        if lab["value"] not in lines[lab["line"] - 1]:
            raise SystemExit("label not on its line: %r" % lab)
        if not lab["value"].strip():
            raise SystemExit("empty label: %r" % lab)
    labels.extend(labs)


def check(labels, files, outdir):
    positives = [l["value"] for l in labels if l["class"] != "none"]
    seen = set()
    for lab in labels:
        key = (lab["file"], lab["line"], lab["value"])
        if key in seen:
            raise SystemExit("duplicate label %r" % (key,))
        seen.add(key)
        if lab["class"] == "none":
            v = lab["value"]
            if len(v) < 4:
                raise SystemExit("none label too short: %r" % lab)
            for p in positives:
                if v in p:
                    raise SystemExit("none label %r is a substring of positive %r" % (v, p))

    labels.sort(key=lambda l: (l["file"], l["line"], l["value"]))
    (outdir / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for lab in labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files: %d  labels: %d" % (len(files), len(labels)))
    for c in ["secret", "pii", "infra", "proprietary", "none"]:
        print("  %-12s %d" % (c, counts.get(c, 0)))


if __name__ == "__main__":
    sys.exit(main())
