#!/usr/bin/env python3
"""Build the Sirocco Air held-out evaluation repository.

Usage:  python bench/sirocco_code/build.py OUTDIR

Reads templates/app/** (every file is a template), expands the inline markers
and writes OUTDIR/app/** plus OUTDIR/labels.json.

Marker syntax (one line each, inside the template text):
    «C|literal»      literal value, labelled with class C
    «C#literal»      base64 of the literal, labelled with class C
    «C@gen:key:opt»  generated value (random.Random seeded by SEED+gen+key)
    «C$text{gen:key}text»  literal text with generated pieces, labelled as a whole
C is S (secret), P (pii), I (infra), R (proprietary), N (none / look-alike)
or - (emitted but not labelled).

Prefix tokens ⟨name⟩ are replaced before marker expansion so that no
well-known provider prefix is stored verbatim in the templates.

Standard library only; output is byte-for-byte deterministic.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "sirocco-air|held-out|2024-03|v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates", "app")

CLASSES = {"S": "secret", "P": "pii", "I": "infra", "R": "proprietary", "N": "none", "-": None}

# provider prefixes assembled from pieces
PREFIX = {
    "sk_live": "sk_" + "live_",
    "sk_test": "sk_" + "test_",
    "pk_live": "pk_" + "live_",
    "pk_test": "pk_" + "test_",
    "ghp": "gh" + "p_",
    "akia": "AK" + "IA",
    "xoxb": "xox" + "b-",
    "aiza": "AI" + "za",
    "hvs": "hv" + "s.",
    "npm": "np" + "m_",
    "whsec": "wh" + "sec_",
    "begin_rsa": "-----BEGIN " + "RSA PRIVATE KEY-----",
    "end_rsa": "-----END " + "RSA PRIVATE KEY-----",
    "begin_pub": "-----BEGIN " + "PUBLIC KEY-----",
    "end_pub": "-----END " + "PUBLIC KEY-----",
    "begin_cert": "-----BEGIN " + "CERTIFICATE-----",
    "end_cert": "-----END " + "CERTIFICATE-----",
}

ALNUM = string.ascii_letters + string.digits
UPDIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rng_for(gen, key):
    return random.Random(SEED + "|" + gen + "|" + key)


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- generators
# every generator: f(r, key, *opts) -> str or (str, label_substring)

def g_stripe_sk(r, key, *o):
    return PREFIX["sk_live"] + rs(r, 24)


def g_stripe_rk(r, key, *o):
    return "rk_" + "live_" + rs(r, 24)


def g_stripe_pk(r, key, *o):
    return PREFIX["pk_live"] + rs(r, 24)


def g_whsec(r, key, *o):
    return PREFIX["whsec"] + rs(r, 32)


def g_ghp(r, key, *o):
    return PREFIX["ghp"] + rs(r, 36)


def g_akia(r, key, *o):
    return PREFIX["akia"] + rs(r, 16, string.ascii_uppercase + "234567")


def g_aws_secret(r, key, *o):
    return rs(r, 40, B64)


def g_xoxb(r, key, *o):
    return PREFIX["xoxb"] + digits(r, 12) + "-" + digits(r, 13) + "-" + rs(r, 24)


def g_slack_hook(r, key, *o):
    return ("https://hooks.slack.com/services/T" + rs(r, 8, UPDIG) + "/B" + rs(r, 10, UPDIG)
            + "/" + rs(r, 24))


def g_aiza(r, key, *o):
    return PREFIX["aiza"] + "Sy" + rs(r, 33, B64URL)


def g_sendgrid(r, key, *o):
    return "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)


def g_twilio_sid(r, key, *o):
    return "AC" + rs(r, 32, HEX)


def g_hex(r, key, n="32", *o):
    return rs(r, int(n), HEX)


def g_HEX(r, key, n="32", *o):
    return rs(r, int(n), HEX.upper())


def g_b64(r, key, n="32", *o):
    return base64.b64encode(rbytes(r, int(n))).decode()


def g_b64url(r, key, n="32", *o):
    return b64url(rbytes(r, int(n)))


def g_alnum(r, key, n="20", *o):
    return rs(r, int(n))


def g_pw(r, key, n="16", *o):
    n = int(n)
    pools = [string.ascii_uppercase, string.ascii_lowercase, string.digits, "!#%*+-_=?"]
    chars = [r.choice(p) for p in pools]
    chars += [r.choice(ALNUM + "!#%*+-_=?") for _ in range(n - len(chars))]
    r.shuffle(chars)
    return "".join(chars)


def g_npm(r, key, *o):
    return PREFIX["npm"] + rs(r, 36)


def g_vault(r, key, *o):
    return PREFIX["hvs"] + rs(r, 24, B64URL)


def g_ocp(r, key, *o):
    return "sha256~" + rs(r, 43, B64URL)


def g_jenkins(r, key, *o):
    return "11" + rs(r, 32, HEX)


def g_adyen(r, key, *o):
    return "AQE" + rs(r, 5) + "HmfxL" + rs(r, 60, B64) + "="


def g_fcm(r, key, *o):
    return "AAAA" + rs(r, 7) + ":APA91b" + rs(r, 134, B64URL)


def g_apple_asp(r, key, *o):
    lw = string.ascii_lowercase
    return "-".join(rs(r, 4, lw) for _ in range(4))


def g_mailgun(r, key, *o):
    return "key-" + rs(r, 32, HEX)


def g_totp(r, key, *o):
    return base64.b32encode(rbytes(r, 20)).decode().rstrip("=")


def g_jwt(r, key, sub="svc", *o):
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = 1709251200 + r.randrange(0, 2000000)
    payload = {"sub": sub, "iss": "sirocco-idp", "iat": iat, "exp": iat + 86400 * 365,
               "scope": "booking:write pnr:read"}
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return header + "." + body + "." + b64url(rbytes(r, 32))


def g_azure_conn(r, key, account="siroccoprod", *o):
    return ("DefaultEndpointsProtocol=https;AccountName=" + account + ";AccountKey="
            + base64.b64encode(rbytes(r, 64)).decode() + ";EndpointSuffix=core.windows.net")


def g_uuid(r, key, *o):
    h = list("%032x" % r.getrandbits(128))
    h[12] = "4"
    h[16] = "89ab"[int(h[16], 16) % 4]
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_gitsha(r, key, n="40", *o):
    return rs(r, int(n), HEX)


def g_bcrypt(r, key, *o):
    return "$2b$12$" + rs(r, 53, ALNUM + "./")


def g_sha512crypt(r, key, *o):
    return "$6$" + rs(r, 16, ALNUM + "./") + "$" + rs(r, 86, ALNUM + "./")


def g_ssh_pub(r, key, comment="deploy", *o):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def _pem_lines(r, nbytes):
    body = base64.b64encode(rbytes(r, nbytes)).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def g_pem(r, key, kind="rsa", indent="0", *o):
    kinds = {
        "rsa": ("RSA PRIVATE KEY", 1190),
        "pkcs8": ("PRIVATE KEY", 1216),
        "ec": ("EC PRIVATE KEY", 121),
        "p8": ("PRIVATE KEY", 138),
        "openssh": ("OPENSSH PRIVATE KEY", 390),
    }
    name, nbytes = kinds[kind]
    lines = _pem_lines(r, nbytes)
    if kind == "rsa":
        lines[0] = "MIIEpAIBAAKCAQEA" + lines[0][16:]
    elif kind == "pkcs8":
        lines[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + lines[0][32:]
    elif kind == "p8":
        lines[0] = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + lines[0][48:]
    elif kind == "ec":
        lines[0] = "MHcCAQEEI" + lines[0][9:]
    elif kind == "openssh":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
    pad = " " * int(indent)
    out = ["-----BEGIN " + name + "-----"] + [pad + l for l in lines] + [pad + "-----END " + name + "-----"]
    return "\n".join(out), lines[0]


def g_pem_json(r, key, kind="pkcs8", *o):
    text, first = g_pem(r, key, kind)
    return text.replace("\n", "\\n") + "\\n", first


def g_sa_id(r, key, kind="1", *o):
    p = kind + digits(r, 8)
    return p + luhn_check(p)


def g_ae_eid(r, key, year="1987", *o):
    p = "784" + year + digits(r, 7)
    c = luhn_check(p)
    return "784-%s-%s-%s" % (year, p[7:], c)


def g_il_id(r, key, *o):
    p = digits(r, 8)
    for c in "0123456789":
        s = 0
        for i, ch in enumerate(p + c):
            m = int(ch) * (1 if i % 2 == 0 else 2)
            s += m - 9 if m > 9 else m
        if s % 10 == 0:
            return p + c
    raise AssertionError


def g_eg_id(r, key, dob="19880412", gov="01", sex="m", *o):
    century = "2" if dob.startswith("19") else "3"
    serial = digits(r, 3)
    g = r.choice("13579" if sex == "m" else "02468")
    p = century + dob[2:] + gov + serial + g
    w = [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(p, w))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return p + str(c)


def g_tn_cin(r, key, *o):
    return r.choice("01") + digits(r, 7)


def g_ma_cin(r, key, *o):
    return r.choice(["BK", "BE", "AB", "J", "EE", "G"]) + digits(r, 6)


def g_fr_nir(r, key, sex="2", yymm="8406", dept="13", *o):
    p = sex + yymm + dept + digits(r, 6)
    return p + " %02d" % (97 - int(p) % 97)


IBAN_BBAN = {
    "SA": lambda r: digits(r, 2) + digits(r, 18),
    "AE": lambda r: digits(r, 3) + digits(r, 16),
    "EG": lambda r: digits(r, 25),
    "MA": lambda r: digits(r, 24),
    "JO": lambda r: r.choice(["ARAB", "CBJO", "HBHO", "JONB"]) + digits(r, 4) + digits(r, 18),
    "FR": lambda r: digits(r, 10) + rs(r, 11, UPDIG) + digits(r, 2),
    "IL": lambda r: digits(r, 19),
    "TN": lambda r: digits(r, 20),
    "LB": lambda r: digits(r, 4) + digits(r, 20),
}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def g_iban(r, key, cc="SA", fmt="", *o):
    bban = IBAN_BBAN[cc](r)
    iban = cc + iban_check(cc, bban) + bban
    if fmt == "sp":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_card(r, key, brand="visa", fmt="", *o):
    if brand == "visa":
        p = "4" + r.choice(["0", "2", "5", "6", "8"]) + digits(r, 13)
    elif brand == "mc":
        p = "5" + r.choice("12345") + digits(r, 13)
    elif brand == "amex":
        p = "3" + r.choice("47") + digits(r, 12)
    elif brand == "mada":
        p = r.choice(["588845", "968208", "636120", "446404"]) + digits(r, 9)
    else:
        raise ValueError(brand)
    n = p + luhn_check(p)
    if fmt == "sp":
        if len(n) == 15:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if fmt == "dash":
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def g_phone(r, key, cc="SA", fmt="intl", *o):
    if cc == "SA":
        a, rest = "5" + r.choice("0345689"), digits(r, 7)
        return {"intl": "+966 %s %s %s" % (a, rest[:3], rest[3:]), "e164": "+966" + a + rest,
                "local": "0%s %s %s" % (a, rest[:3], rest[3:])}[fmt]
    if cc == "AE":
        a, rest = r.choice(["50", "52", "54", "55", "56", "58"]), digits(r, 7)
        return {"intl": "+971 %s %s %s" % (a, rest[:3], rest[3:]), "e164": "+971" + a + rest,
                "local": "0%s-%s" % (a, rest)}[fmt]
    if cc == "EG":
        a, rest = r.choice(["10", "11", "12", "15"]), digits(r, 8)
        return {"intl": "+20 %s %s %s" % (a, rest[:4], rest[4:]), "e164": "+20" + a + rest,
                "local": "0%s %s %s" % (a, rest[:4], rest[4:])}[fmt]
    if cc == "MA":
        a, rest = r.choice("67") + digits(r, 2), digits(r, 6)
        return {"intl": "+212 %s-%s" % (a, rest), "e164": "+212" + a + rest,
                "local": "0%s-%s-%s-%s" % (a, rest[:2], rest[2:4], rest[4:])}[fmt]
    if cc == "IL":
        a, rest = r.choice(["50", "52", "53", "54", "58"]), digits(r, 7)
        return {"intl": "+972-%s-%s-%s" % (a, rest[:3], rest[3:]), "e164": "+972" + a + rest,
                "local": "0%s-%s" % (a, rest)}[fmt]
    if cc == "JO":
        a, rest = r.choice(["77", "78", "79"]), digits(r, 7)
        return {"intl": "+962 %s %s %s" % (a, rest[:3], rest[3:]), "e164": "+962" + a + rest,
                "local": "0%s %s %s" % (a, rest[:3], rest[3:])}[fmt]
    if cc == "FR":
        rest = r.choice("67") + digits(r, 8)
        return {"intl": "+33 %s %s %s %s %s" % (rest[0], rest[1:3], rest[3:5], rest[5:7], rest[7:]),
                "e164": "+33" + rest,
                "local": "0%s %s %s %s %s" % (rest[0], rest[1:3], rest[3:5], rest[5:7], rest[7:])}[fmt]
    if cc == "TN":
        rest = r.choice("2459") + digits(r, 7)
        return {"intl": "+216 %s %s %s" % (rest[:2], rest[2:5], rest[5:]), "e164": "+216" + rest,
                "local": "%s %s %s" % (rest[:2], rest[2:5], rest[5:])}[fmt]
    raise ValueError(cc)


def g_passport(r, key, cc="SA", *o):
    if cc == "SA":
        return r.choice("ABDEFKLMNPRTUX") + digits(r, 8)
    if cc == "EG":
        return "A" + digits(r, 8)
    if cc == "FR":
        return digits(r, 2) + rs(r, 2, string.ascii_uppercase) + digits(r, 5)
    if cc == "IL":
        return digits(r, 8)
    if cc == "MA":
        return rs(r, 2, string.ascii_uppercase) + digits(r, 7)
    if cc == "JO":
        return r.choice("NPR") + digits(r, 6)
    if cc == "AE":
        return digits(r, 9)
    if cc == "TN":
        return "Z" + digits(r, 6)
    if cc == "GB":
        return digits(r, 9)
    raise ValueError(cc)


PUBLIC_FIRST_OCTETS = [5, 31, 37, 41, 46, 78, 82, 86, 94, 102, 105, 109, 154, 156, 176, 185, 188, 196, 197, 212, 213]


def g_ip_pub(r, key, *o):
    return "%d.%d.%d.%d" % (r.choice(PUBLIC_FIRST_OCTETS), r.randrange(1, 255), r.randrange(0, 255),
                            r.randrange(1, 254))


def g_ip_doc(r, key, *o):
    return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 254))


def g_ffp(r, key, *o):
    return "SX" + digits(r, 9)


def g_mrz(r, key, *o):
    return "P<" + rs(r, 3, string.ascii_uppercase)


def g_head(r, key, gen, n, *opts):
    v = _call(gen, [key] + list(opts))
    v = v[0] if isinstance(v, tuple) else v
    return v[:int(n)]


def g_tail(r, key, gen, n, *opts):
    v = _call(gen, [key] + list(opts))
    v = v[0] if isinstance(v, tuple) else v
    return v[int(n):]


def g_b64of(r, key, gen, *opts):
    """base64 of another generated value."""
    v = _call(gen, [key] + list(opts))
    v = v[0] if isinstance(v, tuple) else v
    return base64.b64encode(v.encode()).decode()


GENS = {k[2:]: v for k, v in globals().items() if k.startswith("g_")}


def _call(gen, args):
    if gen not in GENS:
        raise SystemExit("unknown generator %r" % gen)
    key = args[0] if args else ""
    return GENS[gen](rng_for(gen, key), *args)


# ------------------------------------------------------------------ expansion
MARKER = re.compile(r"«([SPIRN\-])([|#@$])(.*?)»")
SUBGEN = re.compile(r"\{([a-zA-Z_0-9]+(?::[^{}]*)?)\}")
PREFIX_TOK = re.compile(r"⟨([a-z_0-9]+)⟩")


def expand_gen(spec):
    parts = spec.split(":")
    return _call(parts[0], parts[1:])


def expand(text):
    text = PREFIX_TOK.sub(lambda m: PREFIX[m.group(1)], text)
    out = []
    pos = 0
    length = 0
    marks = []  # (offset, value, class)
    for m in MARKER.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        cls, kind, body = m.group(1), m.group(2), m.group(3)
        if kind == "|":
            val, lab = body, body
        elif kind == "#":
            val = base64.b64encode(body.encode()).decode()
            lab = val
        elif kind == "@":
            res = expand_gen(body)
            val, lab = res if isinstance(res, tuple) else (res, res)
        else:  # $
            def sub(mm):
                rr = expand_gen(mm.group(1))
                return rr[0] if isinstance(rr, tuple) else rr
            val = SUBGEN.sub(sub, body)
            lab = val
        if CLASSES[cls] is not None:
            idx = val.index(lab)
            marks.append((length + idx, lab, CLASSES[cls]))
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    for bad in ("«", "»", "⟨", "⟩"):
        if bad in result:
            ln = result[:result.index(bad)].count("\n") + 1
            raise SystemExit("unexpanded marker character %r at line %d" % (bad, ln))
    return result, marks


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    labels = []
    files = []
    for root, dirs, names in os.walk(TEMPLATES):
        dirs.sort()
        for n in sorted(names):
            files.append(os.path.join(root, n))
    files.sort()
    for src in files:
        rel = os.path.relpath(src, TEMPLATES).replace(os.sep, "/")
        with open(src, encoding="utf-8") as fh:
            text = fh.read()
        try:
            result, marks = expand(text)
        except (SystemExit, Exception) as e:
            raise SystemExit("%s: %s" % (rel, e))
        lines = result.split("\n")
        for off, val, cls in marks:
            ln = result.count("\n", 0, off) + 1
            if val not in lines[ln - 1] or "\n" in val or not val.strip():
                raise SystemExit("label check failed: %s:%d %r" % (rel, ln, val))
            labels.append({"file": rel, "line": ln, "value": val, "class": cls})
        dst = os.path.join(appdir, *rel.split("/"))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(result)
    labels.sort(key=lambda d: (d["file"], d["line"], d["value"], d["class"]))
    seen = set()
    for d in labels:
        k = (d["file"], d["line"], d["value"])
        if k in seen:
            raise SystemExit("duplicate label %r" % (k,))
        seen.add(k)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for d in labels:
        counts[d["class"]] = counts.get(d["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(labels),
                                     " ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
