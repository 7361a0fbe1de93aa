#!/usr/bin/env python3
"""Deterministic builder for the Nebula Privatbank held-out evaluation repository.

Usage: python bench/nebula_code/build.py OUTDIR

Templates live in templates/ (mirroring OUTDIR/app/). Inline markers:

  «X:literal»        literal value, labelled with class X
  «X@gen:key»        generated value (seeded per gen+key), labelled with class X
  «X@gen:key|fmt»    same, with a format transform (sp, b64, compact, upper, lower, url, h1, h2, last4)
  ⟦gen:key⟧ / ⟦gen:key|fmt⟧   generated value inserted without a label

Classes X: S=secret, P=pii, I=infra, R=proprietary, N=none (look-alike).
No credential is stored in this folder: provider prefixes are assembled from
pieces and bodies are drawn from random.Random seeded per key.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import urllib.parse

SEED = "nebula-privatbank-heldout-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "R": "proprietary", "N": "none"}

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B32 = UP + "234567"


def _rng(gen, key):
    h = hashlib.sha256(f"{SEED}|{gen}|{key}".encode()).hexdigest()
    return random.Random(h)


def _pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- check digits
def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def ean13_digit(num12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(num12))
    return str((10 - s % 10) % 10)


def iban(country, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    chk = 98 - int(conv) % 97
    return f"{country}{chk:02d}{bban}"


_CF_ODD = {
    **dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
    **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23])),
}


def cf_check(prefix15):
    s = 0
    for i, ch in enumerate(prefix15):
        if i % 2 == 0:
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + s % 26)


# ---------------------------------------------------------------- generators
_WORDS = ["Matterhorn", "Limmat", "Pilatus", "Moselle", "Alzette", "Rigi", "Saentis",
          "Gotthard", "Lugano", "Ticino", "Vaduz", "Kirchberg", "Gstaad", "Engadin",
          "Bellevue", "Paradeplatz", "Eiger", "Jungfrau", "Brienz", "Sion", "Grund",
          "Clausen", "Schaan", "Davos"]


def g_pw(r, key):
    style = r.randrange(3)
    sym = r.choice("!*-_.~+")
    if style == 0:
        return r.choice(_WORDS) + sym + str(r.randrange(10, 99)) + r.choice(_WORDS).lower() + str(r.randrange(1, 9))
    if style == 1:
        return _pick(r, AN, 6) + sym + _pick(r, AN, 7) + r.choice("!*+") + _pick(r, DG, 2)
    return r.choice(_WORDS) + str(r.randrange(1990, 2030)) + sym + _pick(r, UP + DG, 4)


def g_pwurl(r, key):
    return _pick(r, AN, 10) + r.choice("-_.") + _pick(r, AN, 8)


def g_hex(n):
    return lambda r, key: _pick(r, "0123456789abcdef", n)


def g_alnum(n):
    return lambda r, key: _pick(r, AN, n)


def g_b64(nbytes):
    return lambda r, key: base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def g_b64url(nbytes):
    return lambda r, key: base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def g_aws_akid(r, key):
    return "AK" + "IA" + _pick(r, UP + "234567", 16)


def g_aws_secret(r, key):
    return _pick(r, AN + "/+", 40)


def g_ghp(r, key):
    return "gh" + "p_" + _pick(r, AN, 36)


def g_glpat(r, key):
    return "gl" + "pat-" + _pick(r, AN + "-_", 20)


def g_xoxb(r, key):
    return "xo" + "xb-" + _pick(r, DG, 12) + "-" + _pick(r, DG, 13) + "-" + _pick(r, AN, 24)


def g_slack_hook(r, key):
    return ("https://hooks." + "slack.com/services/T" + _pick(r, UP + DG, 8) + "/B" +
            _pick(r, UP + DG, 10) + "/" + _pick(r, AN, 24))


def g_teams_hook(r, key):
    return ("https://nebulapb.webhook." + "office.com/webhookb2/" + g_uuid(r, key) + "@" +
            g_uuid(r, key) + "/IncomingWebhook/" + _pick(r, "0123456789abcdef", 32) + "/" + g_uuid(r, key))


def g_sendgrid(r, key):
    return "S" + "G." + _pick(r, AN + "-_", 22) + "." + _pick(r, AN + "-_", 43)


def g_twilio_sid(r, key):
    return "A" + "C" + _pick(r, "0123456789abcdef", 32)


def g_datadog(r, key):
    return _pick(r, "0123456789abcdef", 32)


def g_openai(r, key):
    return "sk" + "-proj-" + _pick(r, AN + "-_", 64)


def g_google(r, key):
    return "AI" + "za" + "Sy" + _pick(r, AN + "-_", 33)


def g_npm(r, key):
    return "np" + "m_" + _pick(r, AN, 36)


def g_stripe(r, key):
    return "sk" + "_live_" + _pick(r, AN, 24)


def g_jfrog(r, key):
    return "AKC" + "p8" + _pick(r, AN, 68)


def g_totp(r, key):
    return _pick(r, B32, 32)


def g_recovery(r, key):
    return "-".join(_pick(r, LO + DG, 5) for _ in range(2))


def g_uuid(r, key):
    h = _pick(r, "0123456789abcdef", 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_jwt(r, key):
    payload = {"sub": key, "iss": "auth.nebula-pb.internal", "scope": "payments:write accounts:read",
               "iat": 1710750000 + r.randrange(100000), "exp": 1900000000 + r.randrange(100000)}
    sig = base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=")
    return _b64u({"alg": "HS256", "typ": "JWT"}) + "." + _b64u(payload) + "." + sig


def _pem(r, kind, head, nlines):
    body = [head + _pick(r, B64, 64 - len(head))]
    body += [_pick(r, B64, 64) for _ in range(nlines - 1)]
    body.append(_pick(r, B64, r.randrange(20, 60)) + "==")
    armour = "-" * 5
    text = (f"{armour}BEGIN {kind}{armour}\n" + "\n".join(body) + f"\n{armour}END {kind}{armour}")
    return text, body[0]


def g_pem_rsa(r, key):
    return _pem(r, "RSA " + "PRIVATE" + " KEY", "MIIEpAIBAAKCAQEA", 24)


def g_pem_pk8(r, key):
    return _pem(r, "PRIVATE" + " KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 24)


def g_pem_ec(r, key):
    return _pem(r, "EC " + "PRIVATE" + " KEY", "MHcCAQEEI", 3)


def g_pem_pub(r, key):
    return _pem(r, "PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 6)


def g_ssh_pub(r, key):
    return "ssh-" + "rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + _pick(r, B64, 180)


def g_git_sha(r, key):
    return _pick(r, "0123456789abcdef", 40)


def g_sha256(r, key):
    return _pick(r, "0123456789abcdef", 64)


# PII
def g_ahv(r, key):
    n = "756" + _pick(r, DG, 9)
    n += ean13_digit(n)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def g_lumat(r, key):
    base = key if len(key) == 11 and key.isdigit() else (
        f"{r.randrange(1940, 2000)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}" + _pick(r, DG, 3))
    return base + luhn_digit(base) + verhoeff_digit(base)


def g_cf(r, key):
    return key + cf_check(key)


def g_nir(r, key):
    n = int(key)
    return key + f"{97 - n % 97:02d}"


def g_iban_ch(r, key):
    return iban("CH", _pick(r, DG, 5) + _pick(r, DG, 12))


def g_iban_li(r, key):
    return iban("LI", "0" + _pick(r, DG, 4) + _pick(r, DG, 12))


def g_iban_lu(r, key):
    return iban("LU", _pick(r, DG, 3) + _pick(r, DG + UP, 13))


def g_iban_de(r, key):
    return iban("DE", _pick(r, DG, 18))


def g_iban_fr(r, key):
    return iban("FR", _pick(r, DG, 10) + _pick(r, DG, 11) + _pick(r, DG, 2))


def g_iban_it(r, key):
    return iban("IT", r.choice(UP) + _pick(r, DG, 10) + _pick(r, DG, 12))


def g_visa(r, key):
    n = "4" + _pick(r, DG, 14)
    return n + luhn_digit(n)


def g_mc(r, key):
    n = "5" + r.choice("12345") + _pick(r, DG, 13)
    return n + luhn_digit(n)


def g_amex(r, key):
    n = "37" + _pick(r, DG, 12)
    return n + luhn_digit(n)


def g_passport_ch(r, key):
    return r.choice("SXF") + _pick(r, DG, 7)


def g_imei(r, key):
    n = "35" + _pick(r, DG, 12)
    return n + luhn_digit(n)


def g_raw(r, key):
    return key


GENERATORS = {
    "raw": g_raw,
    "pw": g_pw, "pwurl": g_pwurl, "hex16": g_hex(16), "hex24": g_hex(24), "hex32": g_hex(32),
    "hex40": g_hex(40), "hex64": g_hex(64), "an20": g_alnum(20), "an32": g_alnum(32),
    "an40": g_alnum(40), "b64_24": g_b64(24), "b64_32": g_b64(32), "b64_64": g_b64(64),
    "b64url32": g_b64url(32), "aws_akid": g_aws_akid, "aws_secret": g_aws_secret, "ghp": g_ghp,
    "glpat": g_glpat, "xoxb": g_xoxb, "slack_hook": g_slack_hook, "teams_hook": g_teams_hook,
    "sendgrid": g_sendgrid, "twilio_sid": g_twilio_sid, "datadog": g_datadog, "openai": g_openai,
    "google": g_google, "npm": g_npm, "stripe": g_stripe, "jfrog": g_jfrog, "totp": g_totp,
    "recovery": g_recovery, "uuid": g_uuid, "jwt": g_jwt, "pem_rsa": g_pem_rsa,
    "pem_pk8": g_pem_pk8, "pem_ec": g_pem_ec, "pem_pub": g_pem_pub, "ssh_pub": g_ssh_pub,
    "git_sha": g_git_sha, "sha256": g_sha256, "ahv": g_ahv, "lumat": g_lumat, "cf": g_cf,
    "nir": g_nir, "iban_ch": g_iban_ch, "iban_li": g_iban_li, "iban_lu": g_iban_lu,
    "iban_de": g_iban_de, "iban_fr": g_iban_fr, "iban_it": g_iban_it, "visa": g_visa,
    "mc": g_mc, "amex": g_amex, "passport_ch": g_passport_ch, "imei": g_imei,
}

_CACHE = {}


def generate(gen, key):
    ck = (gen, key)
    if ck not in _CACHE:
        if gen not in GENERATORS:
            raise SystemExit(f"unknown generator {gen!r}")
        _CACHE[ck] = GENERATORS[gen](_rng(gen, key), key)
    return _CACHE[ck]


def fmt(value, f):
    if not f:
        return value
    if f == "sp":
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    if f == "b64":
        return base64.b64encode(value.encode()).decode()
    if f == "compact":
        return value.replace(".", "").replace(" ", "").replace("-", "")
    if f == "upper":
        return value.upper()
    if f == "lower":
        return value.lower()
    if f == "url":
        return urllib.parse.quote(value, safe="")
    if f == "h1":
        return value[: len(value) // 2]
    if f == "h2":
        return value[len(value) // 2:]
    if f == "last4":
        return value[-4:]
    raise SystemExit(f"unknown format {f!r}")


def gen_value(spec):
    """spec 'gen:key' or 'gen:key|fmt' -> (full_text, label_value)."""
    f = None
    if "|" in spec:
        spec, f = spec.split("|", 1)
    gen, key = spec.split(":", 1)
    v = generate(gen, key)
    if isinstance(v, tuple):
        if f:
            raise SystemExit("format on tuple generator")
        return v
    v = fmt(v, f)
    return v, v


INLINE = re.compile(r"⟦([^⟧]+)⟧")
MARK = re.compile(r"«([SPIRN])([:@])([^»]*)»")


def render(text, relpath, labels):
    text = INLINE.sub(lambda m: gen_value(m.group(1))[0], text)
    out = []
    pos = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        cls, kind, body = m.groups()
        if kind == ":":
            full, lab = body, body
        else:
            full, lab = gen_value(body)
        if "\n" in lab or not lab.strip():
            raise SystemExit(f"{relpath}: bad label value {lab!r}")
        so_far = "".join(out)
        idx = full.index(lab)
        line = so_far.count("\n") + 1 + full[:idx].count("\n")
        labels.append({"file": relpath, "line": line, "value": lab, "class": CLASSES[cls]})
        out.append(full)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    for bad in ("«", "»", "⟦", "⟧"):
        if bad in result:
            raise SystemExit(f"{relpath}: unprocessed marker {bad!r}")
    return result


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    labels = []
    files = []
    for root, dirs, names in os.walk(TPL):
        dirs.sort()
        for n in sorted(names):
            full = os.path.join(root, n)
            files.append(os.path.relpath(full, TPL).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8") as fh:
            text = fh.read()
        content = render(text, rel, labels)
        dest = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
    # verify every label against the written files
    cache = {}
    for lab in labels:
        if lab["file"] not in cache:
            with open(os.path.join(app, *lab["file"].split("/")), encoding="utf-8") as fh:
                cache[lab["file"]] = fh.read().split("\n")
        lines = cache[lab["file"]]
        ln = lab["line"]
        if not (1 <= ln <= len(lines)) or lab["value"] not in lines[ln - 1]:
            raise SystemExit(f"label not found on its line: {lab}")
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for lab in labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print(f"files={len(files)} labels={len(labels)} " +
          " ".join(f"{k}={counts[k]}" for k in sorted(counts)))


if __name__ == "__main__":
    main()
