#!/usr/bin/env python3
"""Tundra Forge held-out evaluation set generator.

Usage: python bench/tundra_code/build.py OUTDIR

Every file under templates/ (suffix ``.tmpl`` stripped) is rendered into
OUTDIR/app/<path>.  Inline markers of the form  «C:body»  are replaced and,
unless C is '-', recorded as labels in OUTDIR/labels.json.

  C     S=secret  P=pii  I=infra  X=proprietary  N=none  -=unlabelled
  body  literal text                      -> inserted verbatim
        @gen  or @gen(a,b)  [#name]       -> generated value (optionally stored)
        $name  $name[a:b]  $name|b64 ...  -> stored value, sliced / transformed

Generated credentials are assembled from prefix fragments and random bodies
drawn from random.Random seeded per marker, so no well-formed key is stored
in the templates themselves.  Output is fully deterministic.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "tundra-forge-heldout-2024-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "X": "proprietary", "N": "none"}
MARKER = re.compile("«([SPIXN-]):(.*?)»", re.S)

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- secrets
def g_aws_akid(rng):
    return "AK" + "IA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def g_aws_secret(rng):
    return rs(rng, ALNUM + "+/", 40)


def g_gcp_key(rng):
    return "AI" + "za" + "Sy" + rs(rng, B64URL, 33)


def g_ghp(rng):
    return "gh" + "p_" + rs(rng, ALNUM, 36)


def g_glpat(rng):
    return "gl" + "pat-" + rs(rng, B64URL, 20)


def g_npm(rng):
    return "np" + "m_" + rs(rng, ALNUM, 36)


def g_slack_bot(rng):
    return ("xox" + "b-" + rs(rng, string.digits, 12) + "-" + rs(rng, string.digits, 13)
            + "-" + rs(rng, ALNUM, 24))


def g_slack_hook(rng):
    return ("https://hooks.slack.com/services/T" + rs(rng, UPALNUM, 8) + "/B"
            + rs(rng, UPALNUM, 10) + "/" + rs(rng, ALNUM, 24))


def g_discord_hook(rng):
    return ("https://discord.com/api/web" + "hooks/" + rs(rng, string.digits, 19) + "/"
            + rs(rng, B64URL, 68))


def g_stripe(rng):
    return "sk_" + "live_" + rs(rng, ALNUM, 24)


def g_stripe_whsec(rng):
    return "wh" + "sec_" + rs(rng, ALNUM, 32)


def g_hex(rng, n="32", upper=""):
    v = rs(rng, HEXL, int(n))
    return v.upper() if upper else v


def g_b64(rng, nbytes="32"):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(int(nbytes)))).decode()


def g_b64url(rng, n="43"):
    return rs(rng, B64URL, int(n))


def g_alnum(rng, n="32"):
    return rs(rng, ALNUM, int(n))


def g_upalnum(rng, n="52"):
    return rs(rng, UPALNUM, int(n))


def g_totp(rng, n="32"):
    return rs(rng, B32, int(n))


def g_pw(rng, n="14"):
    n = int(n)
    syl = ["ka", "lu", "mi", "so", "ta", "ve", "ry", "po", "ni", "ja", "sz", "rz", "ko", "la"]
    word = "".join(rng.choice(syl) for _ in range(3)).capitalize()
    tail = rs(rng, string.digits, 2) + rng.choice("!#%*+-_.=") + rs(rng, ALNUM, max(2, n - len(word) - 3))
    return word + tail


def g_urlpw(rng, n="18"):
    return rs(rng, ALNUM, int(n) - 2) + rng.choice("-_.") + rs(rng, ALNUM, 1)


def g_recovery(rng, n="8"):
    return " ".join(rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" +
                    rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) for _ in range(int(n)))


def g_jwt(rng):
    def b64u(b):
        return base64.urlsafe_b64encode(b).decode().rstrip("=")
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    pl = {"sub": str(rng.randrange(10**16, 10**17)), "sid": rs(rng, HEXL, 16),
          "iat": 1715000000 + rng.randrange(10**6), "scope": "player"}
    body = b64u(json.dumps(pl, separators=(",", ":")).encode())
    sig = b64u(bytes(rng.randrange(256) for _ in range(32)))
    return hdr + "." + body + "." + sig


def _pem(rng, kind, nlines):
    head = "-----" + "BEGIN " + kind + " KEY-----"
    foot = "-----" + "END " + kind + " KEY-----"
    raw = bytes(rng.randrange(256) for _ in range(48 * nlines))
    enc = base64.b64encode(raw).decode()
    lines = [enc[i:i + 64] for i in range(0, len(enc), 64)]
    if kind == "PRIVATE":
        lines[0] = "MIIEv" + "gIBADANBgkqhkiG9w0BAQEFAASC" + lines[0][33:]
    elif kind == "RSA PRIVATE":
        lines[0] = "MIIEo" + "wIBAAKCAQEA" + lines[0][16:]
    elif kind == "OPENSSH PRIVATE":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
    return head, lines, foot


def g_pem(rng, kind="PRIVATE", nlines="12", sep="\n"):
    kind = kind.replace("_", " ")
    head, lines, foot = _pem(rng, kind, int(nlines))
    sep = {"n": "\n", "\\n": "\\n", "esc": "\\n"}.get(sep, sep)
    text = sep.join([head] + lines + [foot])
    return text, lines[0]


def g_pgurl(rng, user="svc", host="db", db="app", scheme="postgresql"):
    return "%s://%s:%s@%s/%s" % (scheme, user, g_urlpw(rng), host, db)


def g_p4ticket(rng):
    return rs(rng, "0123456789ABCDEF", 32)


def g_playfab_secret(rng):
    return rs(rng, UPALNUM, 52)


def g_steam_key(rng):
    return rs(rng, "0123456789ABCDEF", 32)


def g_dd_key(rng):
    return rs(rng, HEXL, 32)


def g_openai(rng):
    return "sk-" + "proj-" + rs(rng, B64URL, 48)


def g_sendgrid(rng):
    return "SG" + "." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)


def g_twilio_token(rng):
    return rs(rng, HEXL, 32)


def g_basic(rng, user="svc"):
    return base64.b64encode((user + ":" + g_urlpw(rng, "16")).encode()).decode()


def g_fcm(rng):
    return "AA" + "AA" + rs(rng, B64URL, 7) + ":APA91b" + rs(rng, B64URL, 134)


def g_cookie(rng):
    return rs(rng, HEXL, 8) + "-" + rs(rng, B64URL, 40)


# ---------------------------------------------------------------- pii
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def g_hetu(rng, lo="1960", hi="2004", test=""):
    y = rng.randint(int(lo), int(hi))
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    ind = rng.randint(900, 999) if test else rng.randint(2, 899)
    sign = "-" if y < 2000 else "A"
    num = int("%02d%02d%02d%03d" % (d, m, y % 100, ind))
    return "%02d%02d%02d%s%03d%s" % (d, m, y % 100, sign, ind, HETU_CHARS[num % 31])


def g_pesel(rng, lo="1965", hi="2006", sex=""):
    y = rng.randint(int(lo), int(hi))
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    serial = rng.randint(0, 999)
    sx = rng.randint(0, 9)
    if sex == "f":
        sx = rng.choice([0, 2, 4, 6, 8])
    elif sex == "m":
        sx = rng.choice([1, 3, 5, 7, 9])
    digits = "%02d%02d%02d%03d%d" % (y % 100, mm, d, serial, sx)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(digits, w))
    return digits + str((10 - s % 10) % 10)


def g_nip(rng):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return "%s-%s-%s-%s" % (s[:3], s[3:6], s[6:8], s[8:])


def g_ytunnus(rng):
    w = [7, 9, 10, 5, 8, 4, 2]
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        r = sum(a * b for a, b in zip(d, w)) % 11
        if r == 1:
            continue
        c = 0 if r == 0 else 11 - r
        return "".join(map(str, d)) + "-" + str(c)


def _pl_idcard(rng):
    letters = [rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)]
    nums = [rng.randint(0, 9) for _ in range(5)]
    vals = [ord(c) - 55 for c in letters]
    w1 = [7, 3, 1]
    w2 = [7, 3, 1, 7, 3]
    chk = (sum(a * b for a, b in zip(vals, w1)) + sum(a * b for a, b in zip(nums, w2))) % 10
    return "".join(letters) + str(chk) + "".join(map(str, nums))


def _iban(country, bban):
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    return country + "%02d" % chk + bban


def g_iban(rng, country="FI", spaced=""):
    if country == "FI":
        bban = rng.choice(["1", "2", "4", "5", "8"]) + rs(rng, string.digits, 13)
    else:
        bban = rs(rng, string.digits, 24)
    iban = _iban(country, bban)
    if spaced:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_card(rng, prefix="4", spaced=""):
    body = prefix + rs(rng, string.digits, 15 - len(prefix))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    num = body + str((10 - tot % 10) % 10)
    if spaced:
        num = " ".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def g_phone(rng, fmt="fi_intl"):
    if fmt == "fi_intl":
        return "+358 %s %s %s" % (rng.choice(["40", "44", "45", "50"]), rs(rng, string.digits, 3), rs(rng, string.digits, 4))
    if fmt == "fi_local":
        return "0%s-%s" % (rng.choice(["40", "44", "45", "50"]), rs(rng, string.digits, 7))
    if fmt == "fi_e164":
        return "+358%s%s" % (rng.choice(["40", "44", "50"]), rs(rng, string.digits, 7))
    if fmt == "pl_intl":
        return "+48 %s%s %s %s" % (rng.choice("5678"), rs(rng, string.digits, 2), rs(rng, string.digits, 3), rs(rng, string.digits, 3))
    if fmt == "pl_local":
        return "%s%s-%s-%s" % (rng.choice("5678"), rs(rng, string.digits, 2), rs(rng, string.digits, 3), rs(rng, string.digits, 3))
    if fmt == "pl_e164":
        return "+48%s%s" % (rng.choice("5678"), rs(rng, string.digits, 8))
    raise ValueError(fmt)


def g_steamid(rng):
    return str(76561197960265728 + rng.randrange(40000000, 1400000000))


def g_xuid(rng):
    return str(2533274800000000 + rng.randrange(10**9, 10**10))


def g_pubip(rng, region="fi"):
    pools = {"fi": ["84.250", "91.152", "85.76", "194.100", "88.114"],
             "pl": ["89.64", "83.24", "31.60", "178.42", "46.205"],
             "de": ["87.123", "93.208"], "any": ["24.114", "73.162", "151.40", "82.12"]}
    return "%s.%d.%d" % (rng.choice(pools[region]), rng.randint(1, 254), rng.randint(1, 254))


def g_ipv6(rng):
    return "2001:14ba:%x:%x::%x" % (rng.randrange(0x1000, 0xffff), rng.randrange(0x100, 0xffff), rng.randrange(1, 0xfff))


def g_hwid(rng):
    return "-".join(rs(rng, "0123456789ABCDEF", n) for n in (8, 4, 4, 4, 12))


def g_mac(rng):
    return ":".join(rs(rng, "0123456789ABCDEF", 2) for _ in range(6))


# ---------------------------------------------------------------- none / misc
def g_sha(rng, n="40"):
    return rs(rng, HEXL, int(n))


def g_uuid(rng):
    h = rs(rng, HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def g_sri(rng):
    return "sha512-" + base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()


def g_bcrypt(rng):
    return "$2b$12$" + rs(rng, string.ascii_letters + string.digits + "./", 53)


def g_sshpub(rng):
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(rng.randrange(256) for _ in range(32))).decode()
    return "ssh-" + "ed25519 " + blob


GENS = {k[2:]: v for k, v in globals().items() if k.startswith("g_") and callable(v)}
GENS["pl_idcard"] = _pl_idcard


# ---------------------------------------------------------------- rendering
def transform(val, ops):
    for op in ops:
        if not op:
            continue
        if op == "b64":
            val = base64.b64encode(val.encode()).decode()
        elif op == "b64url":
            val = base64.urlsafe_b64encode(val.encode()).decode().rstrip("=")
        elif op == "upper":
            val = val.upper()
        elif op == "lower":
            val = val.lower()
        elif op == "nospace":
            val = val.replace(" ", "").replace("-", "")
        elif op == "sha256":
            val = hashlib.sha256(val.encode()).hexdigest()
        elif op.startswith("mask"):
            keep = int(op[4:] or 4)
            val = "*" * (len(val) - keep) + val[-keep:]
        else:
            raise ValueError("unknown transform %r" % op)
    return val


def evaluate(body, rng, store, where):
    """Return (inserted_text, label_substring)."""
    name = None
    if body.startswith("@"):
        m = re.match(r"@(\w+)(?:\(([^)]*)\))?(?:#(\w+))?((?:\|\w+)*)$", body)
        if not m:
            raise SystemExit("bad generator marker %r in %s" % (body, where))
        gen, args, name = m.group(1), m.group(2), m.group(3)
        if gen not in GENS:
            raise SystemExit("unknown generator %r in %s" % (gen, where))
        argv = [a.strip() for a in args.split(",")] if args else []
        out = GENS[gen](rng, *argv)
        text, lab = out if isinstance(out, tuple) else (out, out)
        if name:
            store[name] = text
        if m.group(4):
            text = lab = transform(text, m.group(4).split("|"))
        return text, lab
    if re.match(r"\$\w", body):
        m = re.match(r"\$(\w+)(?:\[(-?\d*):(-?\d*)\])?((?:\|\w+)*)$", body)
        if not m:
            raise SystemExit("bad reference marker %r in %s" % (body, where))
        if m.group(1) not in store:
            raise SystemExit("undefined value %r in %s" % (m.group(1), where))
        val = store[m.group(1)]
        if m.group(2) is not None or m.group(3) is not None:
            a = int(m.group(2)) if m.group(2) else None
            b = int(m.group(3)) if m.group(3) else None
            val = val[a:b]
        val = transform(val, m.group(4).split("|"))
        return val, val
    return body, body


def render(rel, src, store):
    out = []
    pos = 0
    length = 0
    pending = []
    for idx, m in enumerate(MARKER.finditer(src)):
        chunk = src[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        rng = random.Random("%s|%s|%d" % (SEED, rel, idx))
        text, lab = evaluate(m.group(2), rng, store, "%s#%d" % (rel, idx))
        if m.group(1) != "-":
            off = text.find(lab)
            if off < 0 or not lab.strip():
                raise SystemExit("label not inside inserted text in %s: %r" % (rel, lab))
            pending.append((length + off, lab, CLASSES[m.group(1)]))
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(src[pos:])
    content = "".join(out)
    if "«" in content or "»" in content:
        raise SystemExit("unterminated marker in %s" % rel)
    labels = []
    lines = content.split("\n")
    for off, lab, cls in pending:
        if "\n" in lab:
            raise SystemExit("multi-line label value in %s: %r" % (rel, lab))
        ln = content.count("\n", 0, off) + 1
        if lab not in lines[ln - 1]:
            raise SystemExit("label %r not found on %s:%d" % (lab, rel, ln))
        labels.append({"file": rel, "line": ln, "value": lab, "class": cls})
    return content, labels


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = argv[1]
    app = os.path.join(outdir, "app")
    files = []
    for root, _dirs, names in os.walk(TEMPLATES):
        for n in names:
            if n.endswith(".tmpl"):
                full = os.path.join(root, n)
                files.append(os.path.relpath(full, TEMPLATES).replace(os.sep, "/"))
    files.sort()
    store = {}
    labels = []
    for tpl in files:
        rel = tpl[:-len(".tmpl")]
        with open(os.path.join(TEMPLATES, tpl), encoding="utf-8") as fh:
            src = fh.read()
        content, labs = render(rel, src, store)
        dest = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        labels.extend(labs)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for lab in labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(labels),
          " ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main(sys.argv)
