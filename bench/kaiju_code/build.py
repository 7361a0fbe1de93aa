#!/usr/bin/env python3
"""Kaiju Learning held-out leak benchmark generator.

Usage: python bench/kaiju_code/build.py OUTDIR

Templates live in templates/ and mirror the repository layout written to
OUTDIR/app/.  Inline markers:

    «C=literal»               literal value, labelled with class C
    «C!gen|arg|arg@key[a:b]»  generated value (optionally keyed / sliced)

C is S (secret), P (pii), I (infra), X (proprietary), N (none / look-alike)
or - (generated but not labelled).  Generated values come from
random.Random seeded per key, so no complete credential is stored in the
templates; provider prefixes are assembled from pieces below.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "kaiju-learning-heldout-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "X": "proprietary", "N": "none"}

ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

# provider prefixes, assembled from pieces
P_STRIPE_SK = "sk" + "_" + "live" + "_"
P_STRIPE_RK = "rk" + "_" + "live" + "_"
P_STRIPE_PK = "pk" + "_" + "live" + "_"
P_STRIPE_WH = "wh" + "sec" + "_"
P_GHP = "gh" + "p_"
P_GHS = "gh" + "s_"
P_AKIA = "AK" + "IA"
P_XOXB = "xox" + "b-"
P_XOXP = "xox" + "p-"
P_GAPI = "AI" + "za"
P_SG = "S" + "G."
P_NPM = "np" + "m_"
P_GLPAT = "gl" + "pat-"
P_OPENAI = "sk" + "-proj-"
P_TOSS = "live" + "_sk_"
P_TOSS_CK = "live" + "_ck_"
P_OMISE_S = "skey" + "_"
P_OMISE_P = "pkey" + "_"
P_SLACK_HOOK = "https://hooks." + "slack.com/services/"
P_DISCORD_HOOK = "https://discord" + ".com/api/webhooks/"
PEM_DASH = "-" * 5


def pem_armour(kind, begin=True):
    return PEM_DASH + ("BEGIN " if begin else "END ") + kind + " " + "KEY" + PEM_DASH


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- generators
def g_pw(rng, style="mix"):
    words = ["tokyo", "kaiju", "sakura", "hanoi", "seoul", "mango", "tiger",
             "ramen", "kimchi", "durian", "pho", "matcha", "gojira", "bangkok"]
    if style == "mix":
        style = rng.choice(["word", "rand", "sym"])
    if style == "word":
        return (rng.choice(words).capitalize() + str(rng.randint(10, 9999)) +
                rng.choice("!@#$%&*") + rng.choice(words))
    if style == "sym":
        return rs(rng, ALNUM + "!#%^*_-+=", rng.randint(14, 22))
    if style == "short":
        return rng.choice(words) + str(rng.randint(100, 999))
    return rs(rng, ALNUM, rng.randint(16, 28))


def g_pre(rng, prefix, n="24", alpha="alnum"):
    return prefix + rs(rng, {"alnum": ALNUM, "hex": HEX, "up": UPNUM, "low": LOWNUM, "dig": string.digits}[alpha], int(n))


def g_alnum(rng, n="24"):
    return rs(rng, ALNUM, int(n))


def g_hex(rng, n="32"):
    return rs(rng, HEX, int(n))


def g_upnum(rng, n="32"):
    return rs(rng, UPNUM, int(n))


def g_b64(rng, nbytes="32"):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(int(nbytes)))).decode()


def g_b64url(rng, n="43"):
    return rs(rng, B64URL, int(n))


def g_stripe_sk(rng):
    return P_STRIPE_SK + "51" + rs(rng, ALNUM, 97)


def g_stripe_rk(rng):
    return P_STRIPE_RK + "51" + rs(rng, ALNUM, 97)


def g_stripe_pk(rng):
    return P_STRIPE_PK + "51" + rs(rng, ALNUM, 97)


def g_stripe_wh(rng):
    return P_STRIPE_WH + rs(rng, ALNUM, 32)


def g_ghp(rng):
    return P_GHP + rs(rng, ALNUM, 36)


def g_ghs(rng):
    return P_GHS + rs(rng, ALNUM, 36)


def g_akia(rng):
    return P_AKIA + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def g_aws_secret(rng):
    return rs(rng, ALNUM + "+/", 40)


def g_xoxb(rng):
    return "%s%d-%d-%s" % (P_XOXB, rng.randint(10**11, 10**12 - 1), rng.randint(10**12, 10**13 - 1), rs(rng, ALNUM, 24))


def g_xoxp(rng):
    return "%s%d-%d-%d-%s" % (P_XOXP, rng.randint(10**11, 10**12 - 1), rng.randint(10**11, 10**12 - 1),
                              rng.randint(10**12, 10**13 - 1), rs(rng, HEX, 32))


def g_slack_hook(rng):
    return P_SLACK_HOOK + "T" + rs(rng, UPNUM, 8) + "/B" + rs(rng, UPNUM, 10) + "/" + rs(rng, ALNUM, 24)


def g_discord_hook(rng):
    return P_DISCORD_HOOK + str(rng.randint(10**17, 10**18)) + "/" + rs(rng, B64URL, 68)


def g_gapi(rng):
    return P_GAPI + "Sy" + rs(rng, B64URL, 33)


def g_sendgrid(rng):
    return P_SG + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)


def g_npm(rng):
    return P_NPM + rs(rng, ALNUM, 36)


def g_glpat(rng):
    return P_GLPAT + rs(rng, B64URL, 20)


def g_openai(rng):
    return P_OPENAI + rs(rng, B64URL, 74) + "T3Blbk" + "FJ" + rs(rng, B64URL, 74)


def g_toss_sk(rng):
    return P_TOSS + rs(rng, ALNUM, 20)


def g_toss_ck(rng):
    return P_TOSS_CK + rs(rng, ALNUM, 20)


def g_omise_sk(rng):
    return P_OMISE_S + "5" + rs(rng, LOWNUM, 18)


def g_omise_pk(rng):
    return P_OMISE_P + "5" + rs(rng, LOWNUM, 18)


def g_line_token(rng):
    return rs(rng, ALNUM + "+/", 171) + "="


def g_fcm(rng):
    return "AAAA" + rs(rng, ALNUM + "_-", 7) + ":APA91b" + rs(rng, ALNUM + "_-", 134)


def g_jwt(rng, sub="u_1024"):
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = json.dumps({"sub": sub, "iat": 1717200000 + rng.randint(0, 900000), "scope": "admin"},
                      separators=(",", ":")).encode()
    pay = base64.urlsafe_b64encode(body).decode().rstrip("=")
    return hdr + "." + pay + "." + rs(rng, B64URL, 43)


def g_totp(rng, n="32"):
    return rs(rng, B32, int(n))


def g_recovery(rng):
    return " ".join(rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" +
                    rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) for _ in range(4))


def g_apple_asp(rng):
    return "-".join(rs(rng, string.ascii_lowercase, 4) for _ in range(4))


def g_b64cred(rng, user="svc", style="mix"):
    return base64.b64encode((user + ":" + g_pw(rng, style)).encode()).decode()


def g_b64of(rng, name, key, *args):
    spec = name + "".join("|" + a for a in args) + "@" + key
    text, _ = generate(spec, "", 0)
    return base64.b64encode(text.encode()).decode()


def g_b64t(rng, text=""):
    return base64.b64encode(text.encode()).decode()


def g_url(rng, scheme, user, rest, style="mix"):
    pw = g_pw(rng, style)
    return "%s://%s:%s@%s" % (scheme, user, pw, rest)


def _pem_body(rng, first, nlines, last_len):
    body = first + rs(rng, B64, 64 - len(first))
    lines = [body] + [rs(rng, B64, 64) for _ in range(nlines - 2)]
    lines.append(rs(rng, B64, last_len - 1) + "=")
    return lines


def g_pem_rsa(rng, indent=""):
    lines = _pem_body(rng, "MIIEowIBAAKCAQEA", 25, 32)
    text = "\n".join([pem_armour("RSA PRIVATE")] + [indent + l for l in lines] + [indent + pem_armour("RSA PRIVATE", False)])
    return text, lines[0]


def g_pem_pkcs8(rng, indent=""):
    lines = _pem_body(rng, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 26, 20)
    text = "\n".join([pem_armour("PRIVATE")] + [indent + l for l in lines] + [indent + pem_armour("PRIVATE", False)])
    return text, lines[0]


def g_pem_ec(rng, indent=""):
    lines = _pem_body(rng, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 4, 8)
    text = "\n".join([pem_armour("PRIVATE")] + [indent + l for l in lines] + [indent + pem_armour("PRIVATE", False)])
    return text, lines[0]


def g_pem_json(rng):
    lines = _pem_body(rng, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", 26, 24)
    text = pem_armour("PRIVATE") + "\\n" + "\\n".join(lines) + "\\n" + pem_armour("PRIVATE", False) + "\\n"
    return text, lines[0]


def g_pem_openssh(rng, indent=""):
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + \
            [rs(rng, B64, 70) for _ in range(5)]
    first = lines[1]
    text = "\n".join([pem_armour("OPENSSH PRIVATE")] + [indent + l for l in lines] + [indent + pem_armour("OPENSSH PRIVATE", False)])
    return text, first


def g_pem_pub(rng, indent=""):
    lines = _pem_body(rng, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 7, 8)
    text = "\n".join([pem_armour("PUBLIC")] + [indent + l for l in lines] + [indent + pem_armour("PUBLIC", False)])
    return text, lines[0]


def g_play_pubkey(rng):
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(rng, B64, 348) + "IDAQAB"


def g_ssh_pub(rng, comment="deploy@kaiju"):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(rng, B64, 43) + " " + comment


def g_placeholder(rng, kind):
    return {"stripe_sk": P_STRIPE_SK + "x" * 24,
            "stripe_pk": P_STRIPE_PK + "x" * 24,
            "ghp": P_GHP + "x" * 36,
            "akia": P_AKIA + "XXXXXXXXXXXXXXXX",
            "xoxb": P_XOXB + "your-bot-token",
            "slack_hook": P_SLACK_HOOK + "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "sendgrid": P_SG + "xxxxxxxx",
            "toss_sk": "test" + "_sk_" + "zXLkKEypNArWmo50nX3lmeaxYG5R",
            "omise_sk": P_OMISE_S + "test_" + "xxxxxxxxxxxxxxxxxx",
            "pem": pem_armour("PRIVATE") + "...",
            }[kind]


def g_bcrypt(rng, cost="12"):
    return "$2a$%s$%s" % (cost, rs(rng, string.ascii_letters + string.digits + "./", 53))


def g_sha(rng, n="40"):
    return rs(rng, HEX, int(n))


def g_integrity(rng):
    return "sha512-" + g_b64(rng, 64)


def g_uuid(rng, upper=""):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


# --- PII generators with regional formats / check digits
def g_mynumber(rng, sep=""):
    d = [rng.randint(0, 9) for _ in range(11)]
    d[0] = rng.randint(1, 9)
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    digits = "".join(map(str, d)) + str(c)
    if sep:
        return sep.join([digits[0:4], digits[4:8], digits[8:12]])
    return digits


def g_rrn(rng, yy="", female=""):
    yy = int(yy) if yy else rng.randint(70, 99)
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    if yy < 30:
        g = 4 if female else 3
    else:
        g = 2 if female else 1
    base = "%02d%02d%02d%d%s" % (yy, mm, dd, g, "".join(str(rng.randint(0, 9)) for _ in range(5)))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
    full = base + str(c)
    return full[:6] + "-" + full[6:]


def g_thaiid(rng, fmt=""):
    d = [rng.randint(1, 8)] + [rng.randint(0, 9) for _ in range(11)]
    c = (11 - sum(d[i] * (13 - i) for i in range(12)) % 11) % 10
    s = "".join(map(str, d)) + str(c)
    if fmt == "dash":
        return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])
    return s


def g_cccd(rng, prov="079", female="", yy=""):
    yy = int(yy) if yy else rng.randint(70, 99)
    g = (1 if female else 0) if yy >= 30 else (3 if female else 2)
    return "%s%d%02d%06d" % (prov, g, yy % 100, rng.randint(0, 999999))


def g_card(rng, brand="visa", sep=""):
    if brand == "visa":
        body = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif brand == "mc":
        body = "5" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(13))
    elif brand == "jcb":
        body = "35" + str(rng.randint(28, 89)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    else:
        body = "9" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    n = body + luhn_digit(body)
    if sep:
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def _dig(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def g_phone_jp(rng, fmt="dash"):
    pre = rng.choice(["090", "080", "070"])
    a, b = _dig(rng, 4), _dig(rng, 4)
    if fmt == "intl":
        return "+81 %s-%s-%s" % (pre[1:], a, b)
    if fmt == "e164":
        return "+81%s%s%s" % (pre[1:], a, b)
    if fmt == "plain":
        return pre + a + b
    return "%s-%s-%s" % (pre, a, b)


def g_phone_kr(rng, fmt="dash"):
    a, b = _dig(rng, 4), _dig(rng, 4)
    if fmt == "intl":
        return "+82 10-%s-%s" % (a, b)
    if fmt == "e164":
        return "+8210%s%s" % (a, b)
    return "010-%s-%s" % (a, b)


def g_phone_vn(rng, fmt="space"):
    pre = rng.choice(["090", "091", "093", "096", "097", "098", "086", "077", "083"])
    a, b = _dig(rng, 3), _dig(rng, 4)
    if fmt == "intl":
        return "+84 %s %s %s" % (pre[1:], a, b)
    if fmt == "e164":
        return "+84%s%s%s" % (pre[1:], a, b)
    if fmt == "dot":
        return "%s.%s.%s" % (pre, a, b)
    if fmt == "plain":
        return pre + a + b
    return "%s %s %s" % (pre, a, b)


def g_phone_th(rng, fmt="dash"):
    pre = rng.choice(["081", "082", "086", "089", "061", "062", "092", "095"])
    a, b = _dig(rng, 3), _dig(rng, 4)
    if fmt == "intl":
        return "+66 %s %s %s" % (pre[1:], a, b)
    if fmt == "e164":
        return "+66%s%s%s" % (pre[1:], a, b)
    if fmt == "plain":
        return pre + a + b
    return "%s-%s-%s" % (pre, a, b)


def g_ip_pub(rng):
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def g_digits(rng, n="10"):
    return str(rng.randint(1, 9)) + _dig(rng, int(n) - 1)


def g_kr_acct(rng):
    return "%s-%s-%s" % (_dig(rng, 3), _dig(rng, 2), _dig(rng, 6))


def g_th_acct(rng):
    return "%s-%s-%s-%s" % (_dig(rng, 3), _dig(rng, 1), _dig(rng, 5), _dig(rng, 1))


def g_passport(rng, country="jp"):
    if country == "jp":
        return rng.choice(["TK", "TR", "MU", "TZ"]) + _dig(rng, 7)
    if country == "kr":
        return "M" + _dig(rng, 8)
    if country == "vn":
        return rng.choice("CBN") + _dig(rng, 7)
    return rng.choice(["AA", "AB", "AC"]) + _dig(rng, 7)


def g_dl_jp(rng):
    return "30" + _dig(rng, 10)


def g_plate_vn(rng):
    return "%d%s-%s.%s" % (rng.choice([29, 30, 51, 59, 43]), rng.choice("ABCDEFGHK"), _dig(rng, 3), _dig(rng, 2))


GEN = {k[2:]: v for k, v in globals().items() if k.startswith("g_") and callable(v)}

# ---------------------------------------------------------------- renderer
MARK = re.compile(r"«([SPIXN-])([=!])(.*?)»", re.S)
GSPEC = re.compile(r"^(\w+)((?:\|[^@\[\]]*)*)(?:@([\w.\-]+))?(?:\[(-?\d*):(-?\d*)\])?$")
_cache = {}


def generate(spec, relpath, idx):
    m = GSPEC.match(spec)
    if not m:
        raise SystemExit("bad generator spec %r in %s" % (spec, relpath))
    name, argstr, key, a, b = m.groups()
    args = argstr.split("|")[1:] if argstr else []
    if name not in GEN:
        raise SystemExit("unknown generator %r in %s" % (name, relpath))
    if key:
        ck = (name, tuple(args), key)
        seed = "%s|%s|%s|%s" % (SEED, key, name, "|".join(args))
    else:
        ck = None
        seed = "%s|%s|%d|%s|%s" % (SEED, relpath, idx, name, "|".join(args))
    if ck and ck in _cache:
        res = _cache[ck]
    else:
        res = GEN[name](random.Random(seed), *args)
        if ck:
            _cache[ck] = res
    if isinstance(res, tuple):
        text, lab = res
    else:
        text = lab = res
    if a is not None or b is not None:
        sl = slice(int(a) if a else None, int(b) if b else None)
        text = lab = text[sl]
    return text, lab


def render(tpl, relpath):
    out, labels, pos, length = [], [], 0, 0
    for idx, m in enumerate(MARK.finditer(tpl)):
        chunk = tpl[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        cls, kind, body = m.groups()
        if kind == "=":
            text = lab = body
        else:
            text, lab = generate(body, relpath, idx)
        if cls != "-":
            off = text.index(lab)
            labels.append((length + off, lab, CLASSES[cls]))
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(tpl[pos:])
    content = "".join(out)
    if "«" in content or "»" in content:
        raise SystemExit("unbalanced marker in %s" % relpath)
    # map offsets to lines
    starts = [0]
    for i, ch in enumerate(content):
        if ch == "\n":
            starts.append(i + 1)
    lines = content.split("\n")
    result = []
    import bisect
    for off, lab, cls in labels:
        ln = bisect.bisect_right(starts, off)
        if "\n" in lab or lab not in lines[ln - 1] or not lab.strip():
            raise SystemExit("label %r not found on line %d of %s" % (lab, ln, relpath))
        result.append({"file": relpath, "line": ln, "value": lab, "class": cls})
    return content, result


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    all_labels = []
    files = []
    for root, dirs, fnames in os.walk(TPL):
        dirs.sort()
        for fn in sorted(fnames):
            files.append(os.path.join(root, fn))
    files.sort()
    for path in files:
        rel = os.path.relpath(path, TPL).replace(os.sep, "/")
        with open(path, encoding="utf-8") as fh:
            tpl = fh.read()
        content, labels = render(tpl, rel)
        dst = os.path.join(appdir, *rel.split("/"))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        all_labels.extend(labels)
    for lab in all_labels:  # final cross-check against the written files
        with open(os.path.join(appdir, *lab["file"].split("/")), encoding="utf-8") as fh:
            line = fh.read().split("\n")[lab["line"] - 1]
        if lab["value"] not in line:
            raise SystemExit("verification failed: %r" % lab)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for lab in all_labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files: %d  labels: %d  %s" % (len(files), len(all_labels),
                                         " ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
