#!/usr/bin/env python3
"""Build the Kauri Mutual held-out evaluation repository.

Usage: python bench/kauri_code/build.py OUTDIR

Reads templates/app/** and expands inline markers:

    «C|value»           literal value, labelled with class C
    «C|~gen:key:args»   generated value (deterministic, seeded per gen+key)

Classes: S=secret P=pii I=infra C=proprietary(confidential) N=none.
Writes OUTDIR/app/... and OUTDIR/labels.json. Stdlib only, deterministic.

Provider prefixes and PEM armour are assembled from pieces here so that the
committed templates never contain a well-formed credential.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "kauri-mutual-heldout-2024-kereru"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL_ROOT = os.path.join(HERE, "templates", "app")

CLASSES = {"S": "secret", "P": "pii", "I": "infra", "C": "proprietary", "N": "none"}
MARKER = re.compile(r"«([SPICN])\|(.*?)»")

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "+/"


def rng_for(gen, key):
    return random.Random("%s|%s|%s" % (SEED, gen, key))


def rand_str(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- provider bits
P_AWS = "AK" + "IA"
P_ASIA = "AS" + "IA"
P_STRIPE = "sk" + "_" + "live" + "_"
P_STRIPE_PK = "pk" + "_" + "live" + "_"
P_GHP = "gh" + "p_"
P_GLPAT = "glp" + "at-"
P_XOXB = "xo" + "xb-"
P_XOXP = "xo" + "xp-"
P_SG = "S" + "G."
P_NPM = "np" + "m_"
P_DD = ""  # datadog keys are bare hex
P_TWILIO = "S" + "K"
P_GOOGLE = "AI" + "za"
P_SLACK_HOOK = "https://hooks." + "slack.com/services/"
ARMOUR = "-----"


def pem_lines(r, kind, nlines=14):
    head = {
        "RSA": ("MIIEpAIBAAKCAQEA", "RSA PRIVATE KEY"),
        "PKCS8": ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", "PRIVATE KEY"),
        "EC": ("MHcCAQEEI", "EC PRIVATE KEY"),
        "OPENSSH": ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "OPENSSH PRIVATE KEY"),
        "PUB": ("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", "PUBLIC KEY"),
    }[kind]
    prefix, label = head
    body = prefix + rand_str(r, B64, 64 * nlines - len(prefix) - 20)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[-1] = lines[-1] + "=="[: (4 - len(lines[-1]) % 4) % 4]
    begin = ARMOUR + "BEGIN " + label + ARMOUR
    end = ARMOUR + "END " + label + ARMOUR
    return begin, lines, end


# ---------------------------------------------------------------- id formats
def ird(r, fmt="dash"):
    w1 = [3, 2, 7, 6, 5, 4, 3, 2]
    w2 = [7, 4, 3, 2, 5, 2, 7, 6]
    while True:
        base = r.randrange(1_000_000, 14_999_999)
        ds = [int(c) for c in "%08d" % base]
        rem = sum(a * b for a, b in zip(ds, w1)) % 11
        chk = 0 if rem == 0 else 11 - rem
        if chk == 10:
            rem = sum(a * b for a, b in zip(ds, w2)) % 11
            chk = 0 if rem == 0 else 11 - rem
            if chk == 10:
                continue
        s = "%08d%d" % (base, chk)
        if fmt == "plain":
            return s.lstrip("0") if r.random() < 0.3 else s
        return "%s-%s-%s" % (s[0:3], s[3:6], s[6:9])


def tfn(r, fmt="space"):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        ds = [r.randrange(10) for _ in range(8)]
        ds[0] = r.randrange(1, 9)
        s = sum(a * b for a, b in zip(ds, w))
        # need s + 10*d == 0 mod 11  ->  d == s mod 11
        d = s % 11
        if d == 10:
            continue
        ds.append(d)
        t = "".join(map(str, ds))
        if fmt == "plain":
            return t
        return "%s %s %s" % (t[0:3], t[3:6], t[6:9])


def medicare(r, fmt="space"):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    ds = [r.randrange(2, 7)] + [r.randrange(10) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, w)) % 10
    t = "".join(map(str, ds)) + str(chk) + str(r.randrange(1, 6))
    if fmt == "plain":
        return t
    return "%s %s %s" % (t[0:4], t[4:9], t[9])


NHI_LETTERS = [c for c in string.ascii_uppercase if c not in "IO"]


def nhi(r):
    while True:
        letters = [r.choice(NHI_LETTERS) for _ in range(3)]
        digs = [r.randrange(10) for _ in range(3)]
        vals = [NHI_LETTERS.index(c) + 1 for c in letters] + digs
        s = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2]))
        rem = s % 11
        if rem == 0:
            continue
        chk = 11 - rem
        if chk == 10:
            chk = 0
        return "".join(letters) + "".join(map(str, digs)) + str(chk)


def luhn_complete(prefix, length, r):
    ds = [int(c) for c in prefix]
    while len(ds) < length - 1:
        ds.append(r.randrange(10))
    for d in range(10):
        cand = ds + [d]
        tot = 0
        for i, v in enumerate(reversed(cand)):
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return "".join(map(str, cand))
    raise AssertionError


def card(r, brand="visa", fmt="space"):
    if brand == "visa":
        n = luhn_complete("4" + str(r.choice([5, 6, 9, 2])), 16, r)
    elif brand == "mc":
        n = luhn_complete("5" + str(r.randrange(1, 6)), 16, r)
    else:  # amex
        n = luhn_complete("3" + str(r.choice([4, 7])), 15, r)
        return n if fmt == "plain" else "%s %s %s" % (n[:4], n[4:10], n[10:])
    if fmt == "plain":
        return n
    sep = "-" if fmt == "dash" else " "
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def nzbank(r):
    bank = r.choice(["01", "02", "03", "06", "12", "38"])
    branch = {"01": "0{}", "02": "0{}", "03": "1{}", "06": "0{}", "12": "3{}", "38": "90{}"}[bank]
    br = branch.format(r.randrange(100, 999) if len(branch) == 3 else r.randrange(10, 99))
    br = br[:4].rjust(4, "0")
    return "%s-%s-%07d-%s" % (bank, br, r.randrange(0, 9999999), r.choice(["00", "01", "02", "000", "025"]))


def bsb_acct(r):
    return "%03d-%03d %d" % (r.choice([62, 63, 32, 33, 82, 83, 12, 34]), r.randrange(0, 999), r.randrange(10_000_000, 99_999_999))


def nzmobile(r, fmt="local"):
    p = r.choice(["21", "22", "27", "29"])
    a, b = r.randrange(100, 999), r.randrange(1000, 9999)
    if fmt == "intl":
        return "+64 %s %d %d" % (p, a, b)
    if fmt == "e164":
        return "+64%s%d%d" % (p, a, b)
    return "0%s %d %d" % (p, a, b)


def aumobile(r, fmt="local"):
    a, b, c = r.randrange(10, 99), r.randrange(100, 999), r.randrange(100, 999)
    if fmt == "intl":
        return "+61 4%d %d %d" % (a, b, c)
    return "04%d %d %d" % (a, b, c)


def plate(r):
    return rand_str(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + str(r.randrange(100, 999))


def nzdl(r):
    return rand_str(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + "%06d" % r.randrange(0, 999999)


def passport_nz(r):
    return rand_str(r, "LMN", 1) + rand_str(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 1) + "%06d" % r.randrange(0, 999999)


def password(r, n=16):
    pool = string.ascii_letters + string.digits + "!*-_.^+"
    while True:
        p = rand_str(r, pool, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in "!*-_.^+" for c in p):
            return p


def jwt(r, sub):
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
    body = json.dumps({"sub": sub, "iss": "auth.kaurimutual.internal", "iat": 1726300000 + r.randrange(0, 90000),
                       "scope": "broker:quote broker:bind"}, separators=(",", ":")).encode()
    pl = base64.urlsafe_b64encode(body).rstrip(b"=").decode()
    sig = rand_str(r, string.ascii_letters + string.digits + "-_", 43)
    return "%s.%s.%s" % (hdr, pl, sig)


# ---------------------------------------------------------------- generator table
def generate(spec, ctx):
    """spec like 'gen:key:arg1:arg2'. Returns (text, label_value, label_offset)."""
    parts = spec.split(":")
    gen, args = parts[0], parts[1:]
    key = args[0] if args else ""
    r = rng_for(gen, key)
    a1 = args[1] if len(args) > 1 else None

    def simple(v):
        return v, v, 0

    if gen == "awskey":
        return simple(P_AWS + rand_str(r, B32[:26] + "234567", 16))
    if gen == "stskey":
        return simple(P_ASIA + rand_str(r, B32[:26] + "234567", 16))
    if gen == "awssecret":
        return simple(rand_str(r, ALNUM + "/+", 40))
    if gen == "stripe":
        return simple(P_STRIPE + rand_str(r, ALNUM, 24))
    if gen == "stripepk":
        return simple(P_STRIPE_PK + rand_str(r, ALNUM, 24))
    if gen == "ghp":
        return simple(P_GHP + rand_str(r, ALNUM, 36))
    if gen == "glpat":
        return simple(P_GLPAT + rand_str(r, ALNUM + "-_", 20))
    if gen == "xoxb":
        return simple(P_XOXB + "%d-%d-%s" % (r.randrange(10**11, 10**12), r.randrange(10**12, 10**13), rand_str(r, ALNUM, 24)))
    if gen == "xoxp":
        return simple(P_XOXP + "%d-%d-%d-%s" % (r.randrange(10**11, 10**12), r.randrange(10**11, 10**12),
                                                r.randrange(10**12, 10**13), rand_str(r, "0123456789abcdef", 32)))
    if gen == "slackhook":
        return simple(P_SLACK_HOOK + "T" + rand_str(r, UPPER_NUM, 8) + "/B" + rand_str(r, UPPER_NUM, 10) + "/" + rand_str(r, ALNUM, 24))
    if gen == "sendgrid":
        return simple(P_SG + rand_str(r, ALNUM + "-_", 22) + "." + rand_str(r, ALNUM + "-_", 43))
    if gen == "npm":
        return simple(P_NPM + rand_str(r, ALNUM, 36))
    if gen == "twilio":
        return simple(P_TWILIO + rand_str(r, "0123456789abcdef", 32))
    if gen == "gapi":
        return simple(P_GOOGLE + "Sy" + rand_str(r, ALNUM + "-_", 33))
    if gen == "prehex":
        # prehex:<key>:<prefix>:<n> -> prefix + n hex chars
        return simple(args[1] + rand_str(r, "0123456789abcdef", int(args[2])))
    if gen == "hex":
        return simple(rand_str(r, "0123456789abcdef", int(a1 or 32)))
    if gen == "HEX":
        return simple(rand_str(r, "0123456789ABCDEF", int(a1 or 32)))
    if gen == "alnum":
        return simple(rand_str(r, ALNUM, int(a1 or 32)))
    if gen == "b64":
        return simple(base64.b64encode(bytes(r.randrange(256) for _ in range(int(a1 or 32)))).decode())
    if gen == "b32":
        return simple(rand_str(r, B32, int(a1 or 32)))
    if gen == "pwd":
        return simple(password(r, int(a1 or 16)))
    if gen == "jwt":
        return simple(jwt(r, a1 or "broker"))
    if gen == "uuid":
        h = hashlib.sha256(("%s|uuid|%s" % (SEED, key)).encode()).hexdigest()
        return simple("%s-%s-4%s-%s%s-%s" % (h[0:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) % 4], h[17:20], h[20:32]))
    if gen == "sha":
        return simple(hashlib.sha1(("%s|sha|%s" % (SEED, key)).encode()).hexdigest()[: int(a1 or 40)])
    if gen == "sha256":
        return simple(hashlib.sha256(("%s|sha256|%s" % (SEED, key)).encode()).hexdigest())
    if gen == "ird":
        return simple(ird(r, a1 or "dash"))
    if gen == "tfn":
        return simple(tfn(r, a1 or "space"))
    if gen == "medicare":
        return simple(medicare(r, a1 or "space"))
    if gen == "nhi":
        return simple(nhi(r))
    if gen == "card":
        return simple(card(r, a1 or "visa", args[2] if len(args) > 2 else "space"))
    if gen == "nzbank":
        return simple(nzbank(r))
    if gen == "bsb":
        return simple(bsb_acct(r))
    if gen == "nzmob":
        return simple(nzmobile(r, a1 or "local"))
    if gen == "aumob":
        return simple(aumobile(r, a1 or "local"))
    if gen == "plate":
        return simple(plate(r))
    if gen == "nzdl":
        return simple(nzdl(r))
    if gen == "passport":
        return simple(passport_nz(r))
    if gen == "awsacct":
        return simple("%012d" % r.randrange(10**11, 10**12))
    if gen == "join":
        # join:piece,piece,...  -- literal assembled from pieces (placeholders with prefixes)
        return simple("".join(spec[len("join:"):].split(",")))
    if gen == "b64of":
        # b64of:<gen>:<key>[:args] -> base64 of another generated value
        inner, _, _ = generate(":".join(args), ctx)
        return simple(base64.b64encode(inner.encode()).decode())
    if gen == "part":
        # part:start:end:<gen>:<key>... -> slice of another generated value
        s, e = int(args[0]), int(args[1])
        inner, _, _ = generate(":".join(args[2:]), ctx)
        return simple(inner[s:e] if e > 0 else inner[s:])
    if gen == "pubbody":
        # single-line base64 body of a public key (no armour)
        _, lines, _ = pem_lines(r, "PUB", 6)
        return simple("".join(lines))
    if gen in ("pem", "pemesc"):
        begin, lines, end = pem_lines(r, a1 or "RSA", int(args[2]) if len(args) > 2 else 14)
        if gen == "pem":
            indent = ctx.get("indent", "")
            text = begin + "\n" + "\n".join(indent + l for l in lines) + "\n" + indent + end
            return text, lines[0], len(begin) + 1 + len(indent)
        text = begin + "\\n" + "\\n".join(lines) + "\\n" + end + "\\n"
        return text, lines[0], len(begin) + 2
    raise SystemExit("unknown generator: %r" % spec)


# ---------------------------------------------------------------- expansion
def expand(text, relpath):
    out = []
    pos = 0
    labels = []
    cursor = 0
    for m in MARKER.finditer(text):
        chunk = text[cursor:m.start()]
        out.append(chunk)
        pos += len(chunk)
        cls, val = m.group(1), m.group(2)
        # indentation of the current line (for multi-line PEM blocks)
        line_start = text.rfind("\n", 0, m.start()) + 1
        indent = re.match(r"[ \t]*", text[line_start:m.start()]).group(0)
        if val.startswith("~"):
            rendered, lab, off = generate(val[1:], {"indent": indent, "file": relpath})
        else:
            rendered, lab, off = val, val, 0
        labels.append((pos + off, lab, CLASSES[cls]))
        out.append(rendered)
        pos += len(rendered)
        cursor = m.end()
    out.append(text[cursor:])
    result = "".join(out)
    if "«" in result or "»" in result:
        raise SystemExit("unexpanded marker left in %s" % relpath)
    line_starts = [0] + [i + 1 for i, c in enumerate(result) if c == "\n"]
    lines = result.split("\n")
    recs = []
    import bisect
    for off, lab, cls in labels:
        ln = bisect.bisect_right(line_starts, off)  # 1-based
        if lab not in lines[ln - 1] or "\n" in lab or not lab:
            raise SystemExit("label %r not found on %s:%d" % (lab, relpath, ln))
        recs.append({"file": relpath, "line": ln, "value": lab, "class": cls})
    return result, recs


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    all_labels = []
    files = []
    for root, dirs, names in os.walk(TPL_ROOT):
        dirs.sort()
        for n in sorted(names):
            files.append(os.path.join(root, n))
    files.sort()
    for src in files:
        rel = os.path.relpath(src, TPL_ROOT).replace(os.sep, "/")
        with open(src, encoding="utf-8", newline="") as fh:
            text = fh.read()
        result, recs = expand(text, rel)
        dst = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="") as fh:
            fh.write(result)
        all_labels.extend(recs)
    all_labels.sort(key=lambda d: (d["file"], d["line"], d["value"], d["class"]))
    # duplicates (same file/line/value) would be ambiguous
    seen = set()
    for d in all_labels:
        k = (d["file"], d["line"], d["value"])
        if k in seen:
            raise SystemExit("duplicate label %r" % (k,))
        seen.add(k)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    counts = {}
    for d in all_labels:
        counts[d["class"]] = counts.get(d["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(all_labels),
                                      " ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
