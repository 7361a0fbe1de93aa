#!/usr/bin/env python3
"""Deterministic generator for the Cardinal Health Partners held-out scanner benchmark.

Usage: python bench/cardinal_code/build.py OUTDIR

Templates live in templates/ (mirroring OUTDIR/app/).  Inline markers:

  «c|literal»            emit literal, label it with class c
  «c@gen:name[:args]»    emit generated value (cached by gen+name), label it
  «_...»                 same forms, but emitted without a label

  classes: s=secret p=pii i=infra r=proprietary n=none

Special generators: b64:<gen spec> (base64 of a generated value), b64lit:<text>
(base64 of a literal), part:A:B:<gen spec> (slice [A:B] of a generated value).
Multi-line generators (PEM keys) label one distinctive body line.
No well-formed credential is stored in this folder: provider prefixes are
assembled from pieces and bodies come from random.Random seeded per key.
"""
import base64
import json
import os
import random
import re
import string
import sys

SEED = "cardinal-health-partners-heldout-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"s": "secret", "p": "pii", "i": "infra", "r": "proprietary", "n": "none"}
MARK = re.compile(r"«([sprin_])([|@])(.*?)»", re.S)

ALNUM = string.ascii_letters + string.digits
UPAL = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

_cache = {}


def rng(kind, name):
    return random.Random("%s|%s|%s" % (SEED, kind, name))


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def luhn_complete(prefix_digits, total_len):
    r_digits = prefix_digits
    # compute check digit for r_digits (length total_len-1)
    s = 0
    for i, ch in enumerate(reversed(r_digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return r_digits + str((10 - s % 10) % 10)


def g_card(r, args):
    brand = args[0] if args else "visa"
    if brand == "visa":
        body = "4" + pick(r, string.digits, 14)
        n = luhn_complete(body, 16)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if "sp" in args else n
    if brand == "mc":
        body = "5" + r.choice("12345") + pick(r, string.digits, 13)
        n = luhn_complete(body, 16)
        return "-".join(n[i:i + 4] for i in range(0, 16, 4)) if "dash" in args else n
    if brand == "amex":
        body = "3" + r.choice("47") + pick(r, string.digits, 12)
        return luhn_complete(body, 15)
    raise ValueError(brand)


def g_ssn(r, args):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    s = r.randint(1, 9999)
    if "plain" in args:
        return "%03d%02d%04d" % (a, g, s)
    return "%03d-%02d-%04d" % (a, g, s)


def g_npi(r, args):
    first9 = r.choice("12") + pick(r, string.digits, 8)
    full = luhn_complete("80840" + first9, 15)
    return first9 + full[-1]


def g_aba(r, args):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - partial % 10) % 10
        return "".join(map(str, d)) + str(c)


def g_dea(r, args):
    letters = r.choice("ABFGM") + r.choice(args[0] if args else "ABCDEGHJKLMNPRSTW")
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + "".join(map(str, d)) + str(c)


def g_mbi(r, args):
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + string.digits
    v = (r.choice("123456789") + r.choice(let) + r.choice(an) + r.choice(string.digits)
         + r.choice(let) + r.choice(an) + r.choice(string.digits)
         + r.choice(let) + r.choice(let) + r.choice(string.digits) + r.choice(string.digits))
    if "dash" in args:
        return v[:4] + "-" + v[4:7] + "-" + v[7:]
    return v


def g_phone(r, args):
    area = r.choice(["214", "469", "972", "817", "512", "713", "832", "210", "915", "956", "737"])
    ex = "%d%02d" % (r.randint(2, 9), r.randint(0, 99))
    if ex[1:] == "11":
        ex = ex[0] + "23"
    num = "%04d" % r.randint(0, 9999)
    style = args[0] if args else "paren"
    if style == "paren":
        return "(%s) %s-%s" % (area, ex, num)
    if style == "dash":
        return "%s-%s-%s" % (area, ex, num)
    if style == "e164":
        return "+1%s%s%s" % (area, ex, num)
    if style == "hl7":
        return "(%s)%s-%s" % (area, ex, num)
    if style == "plain":
        return area + ex + num
    raise ValueError(style)


def g_pubip(r, args):
    while True:
        a = r.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203):
            continue
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def g_pw(r, args):
    words = ["Cardinal", "Redbird", "Bluebonnet", "Pecan", "Mesquite", "Lonestar", "Armadillo",
             "Brazos", "Pelican", "Saguaro", "Tejas", "Roadrunner", "Guadalupe", "Mockingbird"]
    sym = "!@#$%&*?"
    w = r.choice(words)
    style = r.randint(0, 3)
    if style == 0:
        return w + pick(r, string.digits, 4) + r.choice(sym)
    if style == 1:
        return w.lower() + r.choice(sym) + pick(r, string.digits, 2) + r.choice(words)
    if style == 2:
        return pick(r, ALNUM, 6) + r.choice(sym) + pick(r, ALNUM, 8) + r.choice(sym) + pick(r, ALNUM, 4)
    return r.choice(words)[:4] + "_" + pick(r, string.digits, 3) + "_" + w + r.choice(sym)


def g_pem_rsa(r, args):
    head = bytes([0x30, 0x82, 0x04, 0xA4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    body = head + bytes(r.getrandbits(8) for _ in range(1180))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    indent = args[0].replace("_", " ") if args and args[0] else ""
    armor = "RSA " + "PRIVATE" + " KEY-----"
    out = ["-----BEGIN " + armor] + [indent + l for l in lines] + [indent + "-----END " + armor]
    return "\n".join(out), lines[1]


def g_pem_openssh(r, args):
    head = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519"
    body = head + bytes(r.getrandbits(8) for _ in range(300))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    indent = args[0].replace("_", " ") if args and args[0] else ""
    armor = "OPENSSH " + "PRIVATE" + " KEY-----"
    out = ["-----BEGIN " + armor] + [indent + l for l in lines] + [indent + "-----END " + armor]
    return "\n".join(out), lines[2]


def g_pem_pub(r, args):
    head = bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00])
    body = head + bytes(r.getrandbits(8) for _ in range(275))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    indent = args[0].replace("_", " ") if args and args[0] else ""
    armor = "PUBLIC" + " KEY-----"
    out = ["-----BEGIN " + armor] + [indent + l for l in lines] + [indent + "-----END " + armor]
    return "\n".join(out), lines[1]


def g_uuid(r, args):
    h = pick(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_jwt(r, args):
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    sub = args[0] if args else "svc-claims"
    payload = json.dumps({"sub": sub, "iss": "https://auth.chp.internal", "iat": 1712000000 + r.randint(0, 900000),
                          "scope": "claims:write eligibility:read"}, separators=(",", ":"))
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return hdr + "." + p + "." + sig


GENS = {
    "alnum": lambda r, a: pick(r, ALNUM, int(a[0])),
    "hex": lambda r, a: pick(r, HEX, int(a[0])),
    "HEX": lambda r, a: pick(r, HEX.upper(), int(a[0])),
    "digits": lambda r, a: pick(r, string.digits, int(a[0])),
    "b64": None,  # handled specially
    "rawb64": lambda r, a: base64.b64encode(bytes(r.getrandbits(8) for _ in range(int(a[0])))).decode(),
    "b32": lambda r, a: pick(r, B32, int(a[0])),
    "stripe": lambda r, a: "sk_" + "live_" + pick(r, ALNUM, 24),
    "rkstripe": lambda r, a: "rk_" + "live_" + pick(r, ALNUM, 24),
    "stripepk": lambda r, a: "pk_" + "live_" + pick(r, ALNUM, 24),
    "whsec": lambda r, a: "wh" + "sec_" + pick(r, ALNUM, 32),
    "ghp": lambda r, a: "gh" + "p_" + pick(r, ALNUM, 36),
    "ghs": lambda r, a: "gh" + "s_" + pick(r, ALNUM, 36),
    "akia": lambda r, a: "AK" + "IA" + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "awssecret": lambda r, a: pick(r, B64, 40),
    "xoxb": lambda r, a: "xox" + "b-" + pick(r, string.digits, 12) + "-" + pick(r, string.digits, 13) + "-" + pick(r, ALNUM, 24),
    "slackhook": lambda r, a: "https://hooks." + "slack.com/services/T" + pick(r, UPAL, 8) + "/B" + pick(r, UPAL, 10) + "/" + pick(r, ALNUM, 24),
    "teamshook": lambda r, a: "https://cardinalhp.webhook." + "office.com/webhookb2/" + g_uuid(r, a) + "@" + g_uuid(r, a) + "/IncomingWebhook/" + pick(r, HEX, 32) + "/" + g_uuid(r, a),
    "sendgrid": lambda r, a: "S" + "G." + pick(r, B64U, 22) + "." + pick(r, B64U, 43),
    "gapi": lambda r, a: "AI" + "za" + "Sy" + pick(r, B64U, 33),
    "npm": lambda r, a: "np" + "m_" + pick(r, ALNUM, 36),
    "glpat": lambda r, a: "gl" + "pat-" + pick(r, B64U, 20),
    "pypi": lambda r, a: "py" + "pi-AgEIcHlwaS5vcmc" + pick(r, B64U, 60),
    "twiliosid": lambda r, a: "AC" + pick(r, HEX, 32),
    "azsecret": lambda r, a: pick(r, ALNUM, 3) + "8Q" + "~" + pick(r, ALNUM + "._-", 34),
    "vault": lambda r, a: "hv" + "s." + pick(r, B64U, 90),
    "sonar": lambda r, a: "sq" + "a_" + pick(r, HEX, 40),
    "octo": lambda r, a: "AP" + "I-" + pick(r, UPAL, 26),
    "ddpub": lambda r, a: "pub" + pick(r, HEX, 32),
    "okta": lambda r, a: "00" + pick(r, B64U, 40),
    "dd": lambda r, a: pick(r, HEX, 32),
    "azconn": lambda r, a: ("DefaultEndpointsProtocol=https;AccountName=" + a[0] + ";AccountKey="
                           + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
                           + ";EndpointSuffix=core.windows.net"),
    "pw": g_pw,
    "card": g_card,
    "ssn": g_ssn,
    "npi": g_npi,
    "aba": g_aba,
    "dea": g_dea,
    "mbi": g_mbi,
    "phone": g_phone,
    "pubip": g_pubip,
    "pemrsa": g_pem_rsa,
    "pemssh": g_pem_openssh,
    "pempub": g_pem_pub,
    "uuid": g_uuid,
    "jwt": g_jwt,
    "sha40": lambda r, a: pick(r, HEX, 40),
    "sha256": lambda r, a: pick(r, HEX, 64),
    "sshpub": lambda r, a: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(r, B64, 43),
    "recovery": lambda r, a: " ".join(pick(r, "abcdefghjkmnpqrstuvwxyz23456789", 5) + "-" + pick(r, "abcdefghjkmnpqrstuvwxyz23456789", 5) for _ in range(int(a[0]) if a else 4)),
}


def generate(kind, name, args):
    key = (kind, name, tuple(args))
    if key in _cache:
        return _cache[key]
    r = rng(kind, name)
    val = GENS[kind](r, args)
    _cache[key] = val
    return val


def expand(spec, where):
    """Return (text, label_value) for an '@' marker spec."""
    parts = spec.split(":")
    kind, rest = parts[0], parts[1:]
    if kind == "b64":
        base, _ = expand(":".join(rest), where)
        val = base64.b64encode(base.encode()).decode()
    elif kind == "b64lit":
        val = base64.b64encode(":".join(rest).encode()).decode()
    elif kind == "part":
        base, _ = expand(":".join(rest[2:]), where)
        a = int(rest[0]) if rest[0] else None
        b = int(rest[1]) if rest[1] else None
        val = base[a:b]
    else:
        if kind not in GENS:
            raise SystemExit("unknown generator %r in %s" % (kind, where))
        val = generate(kind, rest[0] if rest else "default", rest[1:])
    if isinstance(val, tuple):
        return val
    return val, val


def render(relpath, text):
    out = []
    labels = []  # (offset, value, class)
    pos = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        cls, mode, spec = m.group(1), m.group(2), m.group(3)
        if mode == "|":
            emitted, lab = spec, spec
        else:
            emitted, lab = expand(spec, relpath)
        cur = sum(len(x) for x in out)
        if cls != "_":
            idx = emitted.find(lab)
            if idx < 0:
                raise SystemExit("label value not inside emitted text in %s: %r" % (relpath, spec))
            labels.append((cur + idx, lab, CLASSES[cls]))
        out.append(emitted)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    if "«" in result or "»" in result:
        raise SystemExit("unbalanced marker in %s" % relpath)
    recs = []
    for off, val, cls in labels:
        line_no = result.count("\n", 0, off) + 1
        recs.append({"file": relpath, "line": line_no, "value": val, "class": cls})
    return result, recs


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    files = []
    for root, dirs, names in os.walk(TPL):
        dirs.sort()
        for n in sorted(names):
            full = os.path.join(root, n)
            files.append(os.path.relpath(full, TPL).replace(os.sep, "/"))
    files.sort()
    all_labels = []
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8", newline="") as fh:
            text = fh.read()
        # templates for dotfiles are stored with a leading "_dot_" to keep them visible
        target = "/".join("." + p[5:] if p.startswith("_dot_") else p for p in rel.split("/"))
        target = target[:-4] if target.endswith(".tpl") else target
        result, recs = render(target, text)
        dest = os.path.join(app, *target.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(result)
        # verify
        lines = result.split("\n")
        for rec in recs:
            line = lines[rec["line"] - 1]
            if rec["value"] not in line or not rec["value"].strip():
                raise SystemExit("LABEL CHECK FAILED %s:%d %r" % (target, rec["line"], rec["value"]))
        all_labels.extend(recs)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    counts = {}
    for rec in all_labels:
        counts[rec["class"]] = counts.get(rec["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(all_labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
