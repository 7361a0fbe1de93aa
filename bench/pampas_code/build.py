#!/usr/bin/env python3
"""Deterministic generator of the Pampas Agro held-out evaluation repository.

Usage: python bench/pampas_code/build.py OUTDIR

Templates live in templates/ (same relative layout as the generated app/).
Inline markers:  «X:content»  where X is one of
    S secret, P pii, I infra, C proprietary (confidential), N none (look-alike)
content is either literal text, or a generator call:
    =gen[ arg][@name][[a:b]]     e.g. «S:=stripe@main», «S:=@main[:12]», «P:=cuit 20»
Every marker becomes a label; the build fails loudly if any label is not found on its line.
No well-formed credential is stored in the templates: provider prefixes are assembled
from pieces here and bodies are drawn from random.Random seeded per marker.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "pampas-agro-heldout-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "C": "proprietary", "N": "none"}
MARK = re.compile("\u00ab([SPICN]):(.*?)\u00bb", re.S)
GENCALL = re.compile(r"^=(\w*)(?: ([^@\[]*?))?(?:@(\w+))?(?:\[(-?\d*):(-?\d*)\])?$")

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def p(*parts):
    return "".join(parts)


# ---------------------------------------------------------------- secrets
def g_pw(r, a):
    n = int(a or 14)
    sym = "!#%*-_.+=?"
    while True:
        s = rs(r, AL + sym, n)
        if any(c in sym for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s):
            return s


def g_word_pw(r, a):
    words = ["Trigo", "Soja", "Maiz", "Cosecha", "Tranquera", "Pampa", "Girasol", "Cebada",
             "Tambo", "Silo", "Chacra", "Alfalfa", "Carancho", "Ombu", "Pehuen", "Quillay"]
    return r.choice(words) + r.choice(words).lower() + str(r.randint(10, 2099)) + r.choice("!#*$.")


def g_hex(r, a):
    return rs(r, HEX, int(a or 32))


def g_alnum(r, a):
    return rs(r, AL, int(a or 32))


def g_b64(r, a):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(int(a or 32)))).decode()


def g_b64url(r, a):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(int(a or 32)))).decode().rstrip("=")


def g_basic(r, a):
    return base64.b64encode(("%s:%s" % (a or "svc", g_pw(r, "16"))).encode()).decode()


def g_gocspx(r, a):
    return p("GOC", "SPX-", rs(r, AL + "-_", 28))


def g_stripe(r, a):
    return p("sk", "_", "li", "ve_", rs(r, AL, 24))


def g_stripe_rk(r, a):
    return p("rk", "_", "li", "ve_", rs(r, AL, 24))


def g_whsec(r, a):
    return p("wh", "sec_", rs(r, AL, 32))


def g_ghp(r, a):
    return p("gh", "p_", rs(r, AL, 36))


def g_glpat(r, a):
    return p("gl", "pat-", rs(r, AL + "-_", 20))


def g_glrunner(r, a):
    return p("GR", "1348941", rs(r, AL + "_-", 20))


def g_akia(r, a):
    return p("AK", "IA", rs(r, UP.replace("0", "").replace("1", ""), 16))


def g_awsexample(r, a):
    return p("AK", "IA", "IOSFODNN7", "EXAMPLE")


def g_awssecret(r, a):
    return rs(r, AL + "+/", 40)


def g_xoxb(r, a):
    return p("xo", "xb-", str(r.randint(10 ** 10, 10 ** 11)), "-", str(r.randint(10 ** 12, 10 ** 13)), "-", rs(r, AL, 24))


def g_slackhook(r, a):
    return p("https://hooks.", "slack.com/services/", "T0", rs(r, UP, 8), "/B0", rs(r, UP, 8), "/", rs(r, AL, 24))


def g_teamshook(r, a):
    return p("https://pampasagro.webhook.office.com/webhookb2/", g_uuid(r, None), "@", g_uuid(r, None),
             "/IncomingWebhook/", rs(r, HEX, 32), "/", g_uuid(r, None))


def g_gkey(r, a):
    return p("AI", "za", "Sy", rs(r, AL + "-_", 33))


def g_sendgrid(r, a):
    return p("S", "G.", rs(r, AL + "-_", 22), ".", rs(r, AL + "-_", 43))


def g_mp(r, a):
    return p("APP", "_USR-", str(r.randint(10 ** 15, 10 ** 16)), "-", "%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(10, 23)),
             "-", rs(r, HEX, 32), "-", str(r.randint(10 ** 8, 10 ** 9)))


def g_twilio_tok(r, a):
    return rs(r, HEX, 32)


def g_openai(r, a):
    return p("sk", "-proj-", rs(r, AL + "-_", 48))


def g_sentry(r, a):
    return p("https://", rs(r, HEX, 32), "@o", str(r.randint(100000, 999999)), ".ingest.sentry.io/", str(r.randint(1000000, 9999999)))


def g_totp(r, a):
    return rs(r, B32, int(a or 32))


def g_recovery(r, a):
    return "%s-%s" % (rs(r, LO, 5), rs(r, LO, 5))


def g_jwt(r, a):
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": str(r.randint(1000, 99999)), "tenant": a or "pampas",
                                                "iat": 1717000000 + r.randint(0, 9999999), "scope": "farm:rw"},
                                               separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (hdr, body, g_b64url(r, 32))


def g_fernet(r, a):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def g_djsecret(r, a):
    return p("django-", "insecure-", rs(r, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)) if a == "insecure" \
        else rs(r, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)


def g_azconn(r, a):
    return p("DefaultEndpointsProtocol=https;AccountName=", a or "pampastrading", ";AccountKey=", g_b64(r, 64), ";EndpointSuffix=core.windows.net")


def g_gcp_sa_keyid(r, a):
    return rs(r, HEX, 40)


def _pem(r, kind, nlines):
    body = [rs(r, B64, 64) for _ in range(nlines)]
    if kind == "RSA":
        body[0] = "MIIEow" + "IBAAKCAQEA" + body[0][16:]
    head = p("-----", "BEGIN ", kind + " " if kind else "", "PRIVATE", " KEY-----")
    tail = p("-----", "END ", kind + " " if kind else "", "PRIVATE", " KEY-----")
    return head, body, tail


def g_pem(r, a):
    """a = RSA | EC | OPENSSH | PKCS8 ; returns (text, label_line).
    Optional suffix ':esc' produces \\n-escaped single line (JSON style)."""
    kind, _, mode = (a or "RSA").partition(":")
    kname = {"RSA": "RSA", "EC": "EC", "OPENSSH": "OPENSSH", "PKCS8": ""}[kind]
    n = {"RSA": 25, "EC": 3, "OPENSSH": 6, "PKCS8": 26}[kind]
    head, body, tail = _pem(r, kname, n)
    if kind == "EC":
        body[0] = "MHcCAQEEI" + body[0][9:]
    if kind == "PKCS8":
        body[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + body[0][32:]
    if mode == "esc":
        text = "\\n".join([head] + body + [tail]) + "\\n"
        return text, body[0]
    return "\n".join([head] + body + [tail]), body[0]


def g_sshpub(r, a):
    return p("ssh-", "ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", rs(r, B64, 43), " ", a or "deploy@pampasagro")


# ---------------------------------------------------------------- pii
def g_cuit(r, a):
    pref = a or r.choice(["20", "27", "23"])
    while True:
        num = pref + "%08d" % r.randint(10000000, 45999999)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        s = sum(int(d) * k for d, k in zip(num, w))
        v = 11 - s % 11
        if v == 11:
            v = 0
        if v == 10:
            continue
        return "%s-%s-%d" % (num[:2], num[2:], v)


def g_cuitraw(r, a):
    return g_cuit(r, a).replace("-", "")


def g_dni(r, a):
    n = r.randint(14000000, 45999999)
    return "{:,}".format(n).replace(",", ".") if a == "dots" else str(n)


def g_rut(r, a):
    n = r.randint(6000000, 26999999)
    s, m = 0, 2
    for d in reversed(str(n)):
        s += int(d) * m
        m = 2 if m == 7 else m + 1
    v = 11 - s % 11
    dv = "0" if v == 11 else "K" if v == 10 else str(v)
    if a == "raw":
        return "%d-%s" % (n, dv)
    return "{:,}".format(n).replace(",", ".") + "-" + dv


def g_ci_uy(r, a):
    n = "%07d" % r.randint(1000000, 6999999)
    w = [2, 9, 8, 7, 6, 3, 4]
    s = sum(int(d) * k for d, k in zip(n, w))
    dv = (10 - s % 10) % 10
    return "%s.%s.%s-%d" % (n[0], n[1:4], n[4:7], dv)


def g_cpf(r, a):
    d = [r.randint(0, 9) for _ in range(9)]
    for ln in (9, 10):
        s = sum(x * (ln + 1 - i) for i, x in enumerate(d))
        v = (s * 10) % 11
        d.append(0 if v == 10 else v)
    s = "".join(map(str, d))
    return s if a == "raw" else "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def g_cbu(r, a):
    bank = r.choice(["007", "011", "014", "017", "072", "191", "285"])
    branch = "%04d" % r.randint(1, 999)
    b7 = bank + branch
    w1 = [7, 1, 3, 9, 7, 1, 3]
    d1 = (10 - sum(int(x) * k for x, k in zip(b7, w1)) % 10) % 10
    acct = "%013d" % r.randint(10 ** 9, 10 ** 13 - 1)
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    d2 = (10 - sum(int(x) * k for x, k in zip(acct, w2)) % 10) % 10
    return b7 + str(d1) + acct + str(d2)


def _luhn_complete(prefix, length, r):
    num = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return num + str((10 - tot % 10) % 10)


def g_card(r, a):
    n = _luhn_complete(r.choice(["4", "51", "54"]), 16, r)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if a == "sp" else n


def g_imei(r, a):
    return _luhn_complete("35" + str(r.randint(1000, 9999)), 15, r)


def g_phone_ar(r, a):
    area = r.choice(["11", "351", "341", "221", "2284", "2396"])
    rest = 10 - len(area)
    num = "".join(str(r.randint(0, 9)) for _ in range(rest))
    num = "4" + num[1:] if area == "11" else num
    if a == "local":
        return "%s 15-%s-%s" % (area if len(area) > 2 else "0" + area, num[:-4], num[-4:])
    if a == "wa":
        return "549%s%s" % (area, num)
    return "+54 9 %s %s-%s" % (area, num[:-4], num[-4:])


def g_phone_cl(r, a):
    n = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return ("+56%s" % n) if a == "raw" else "+56 9 %s %s" % (n[1:5], n[5:])


def g_phone_uy(r, a):
    n = "09" + str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
    return n if a == "local" else "+598 %s %s %s" % (n[1:3], n[3:6], n[6:])


def g_phone_br(r, a):
    ddd = r.choice(["11", "51", "55", "67"])
    n = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return "+55 (%s) %s-%s" % (ddd, n[:5], n[5:])


def g_ippub(r, a):
    first = r.choice([181, 186, 190, 200, 201, 152, 179, 191])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def g_ipv6(r, a):
    return "2800:%x:%x:%x::%x" % (r.randint(0x100, 0xfff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))


def g_patente_ar(r, a):
    return "%s %03d %s" % (rs(r, string.ascii_uppercase, 2), r.randint(0, 999), rs(r, string.ascii_uppercase, 2))


def g_patente_cl(r, a):
    return "%s·%s" % (rs(r, "BCDFGHJKLPRSTVWXYZ", 4), "%02d" % r.randint(10, 99)) if a == "dot" else \
        "%s%02d" % (rs(r, "BCDFGHJKLPRSTVWXYZ", 4), r.randint(10, 99))


def g_iban_uy(r, a):
    return "UY%02d %s" % (r.randint(10, 97), " ".join(str(r.randint(1000, 9999)) for _ in range(4)))


def g_dob(r, a):
    y, m, d = r.randint(1948, 2001), r.randint(1, 12), r.randint(1, 28)
    return "%02d/%02d/%d" % (d, m, y) if a == "dmy" else "%d-%02d-%02d" % (y, m, d)


# ---------------------------------------------------------------- infra / none helpers
def g_uuid(r, a):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_sha(r, a):
    return rs(r, HEX, int(a or 40))


def g_ip10(r, a):
    base = a or "10"
    parts = base.split(".")
    while len(parts) < 4:
        parts.append(str(r.randint(1, 254)))
    return ".".join(parts)


def g_sgid(r, a):
    return "%s-%s" % (a or "sg", rs(r, HEX, 17))


def g_gcpnum(r, a):
    return str(r.randint(10 ** 11, 10 ** 12 - 1))


def g_integrity(r, a):
    return "sha512-" + g_b64(r, 64)


GEN = {k[2:]: v for k, v in globals().items() if k.startswith("g_")}


def render(rel, text, named, labels):
    out = []
    pos = 0
    idx = 0
    spans = []  # (offset_in_output, value, cls)
    cur = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        cur += len(text[pos:m.start()])
        cls, content = m.group(1), m.group(2)
        idx += 1
        label_val = None
        if content.startswith("=") and GENCALL.match(content):
            g = GENCALL.match(content)
            gen, arg, name, a0, b0 = g.groups()
            if gen:
                if gen not in GEN:
                    sys.exit("FAIL %s: unknown generator %r" % (rel, gen))
                rng = random.Random("%s|%s|%d|%s" % (SEED, rel, idx, content))
                val = GEN[gen](rng, arg)
                if name:
                    if name in named:
                        sys.exit("FAIL %s: duplicate name %r" % (rel, name))
                    named[name] = val
            else:
                if name not in named:
                    sys.exit("FAIL %s: undefined name %r" % (rel, name))
                val = named[name]
            if isinstance(val, tuple):
                val, label_val = val
            if a0 is not None or b0 is not None:
                val = val[int(a0) if a0 else None:int(b0) if b0 else None]
        else:
            val = content
        if label_val is None:
            label_val = val
        off = cur + val.find(label_val)
        spans.append((off, label_val, CLASSES[cls]))
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(text[pos:])
    res = "".join(out)
    if "\u00ab" in res or "\u00bb" in res:
        sys.exit("FAIL %s: stray marker" % rel)
    lines = res.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    import bisect
    for off, val, cls in spans:
        li = bisect.bisect_right(starts, off) - 1
        line = lines[li]
        if not val or "\n" in val or val not in line:
            sys.exit("FAIL %s:%d label %r not on its line %r" % (rel, li + 1, val, line))
        labels.append({"file": rel, "line": li + 1, "value": val, "class": cls})
    return res


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    named = {}
    labels = []
    files = []
    for root, dirs, fnames in os.walk(TPL):
        dirs.sort()
        for fn in sorted(fnames):
            full = os.path.join(root, fn)
            files.append(os.path.relpath(full, TPL).replace(os.sep, "/"))
    # two passes so names defined in any file may be reused in any other (sorted order)
    files.sort()
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8") as f:
            text = f.read()
        res = render(rel, text, named, labels)
        dst = os.path.join(app, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="\n") as f:
            f.write(res)
    labels.sort(key=lambda d: (d["file"], d["line"], d["value"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    counts = {}
    for l in labels:
        counts[l["class"]] = counts.get(l["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
