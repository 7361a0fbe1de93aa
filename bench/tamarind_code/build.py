#!/usr/bin/env python3
"""Deterministic generator for the Tamarind Health held-out scanner evaluation set.

Usage: python bench/tamarind_code/build.py OUTDIR

Templates live in templates/ and contain inline markers:
  «C:literal»        literal value, labelled with class C
  «C!gen:a:b#ref»    generated value (optional #ref stores it), labelled with class C
  «C=ref[|b64|url][a:b]»  a (transformed/sliced) stored value, labelled with class C
  «#ref=gen:a:b»     define a stored value, emits nothing
Class letters: S secret, P pii, I infra, X proprietary, N none, - not labelled.
Provider prefixes are assembled from pieces here so that no template holds a well-formed key.
"""
import base64
import json
import os
import random
import re
import string
import sys
import urllib.parse

SEED = "tamarind-health-heldout-2024-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "X": "proprietary", "N": "none", "-": None}

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64URL = AN + "-_"
HEX = "0123456789abcdef"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def pem(r, kind):
    body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([608, 654, 1190])))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    head = "-----" + "BEGIN " + kind + " " + "KEY" + "-----"
    tail = "-----" + "END " + kind + " " + "KEY" + "-----"
    return "\n".join([head] + lines + [tail]), lines[0]


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r, sub="svc-gateway", iss="https://auth.tamarind.internal"):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": sub, "iss": iss, "iat": 1710201600 + r.randrange(9000000),
                         "scope": "rx:read rx:write"}, separators=(",", ":")).encode())
    s = b64u(bytes(r.randrange(256) for _ in range(32)))
    return h + "." + p + "." + s


def nric(r, prefix="S"):
    d = [r.randrange(10) for _ in range(7)]
    if prefix == "S":
        d[0] = r.choice([6, 7, 8, 9])
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(d, w)) + (4 if prefix in "TG" else 0)
    tab = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + "".join(map(str, d)) + tab[s % 11]


def tfn(r, fmt="sp"):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, w))
        last = (-s * 10) % 11
        if last < 10:
            d.append(last)
            break
    t = "".join(map(str, d))
    return t if fmt == "raw" else t[:3] + " " + t[3:6] + " " + t[6:]


def medicare(r, fmt="sp"):
    d = [r.randrange(2, 7)] + [r.randrange(10) for _ in range(7)]
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(a * b for a, b in zip(d, w)) % 10
    n = "".join(map(str, d)) + str(c) + str(r.randrange(1, 6))
    return n if fmt == "raw" else n[:4] + " " + n[4:9] + " " + n[9]


def nhi(r):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        ls = [r.choice(letters) for _ in range(3)]
        ds = [r.randrange(10) for _ in range(3)]
        vals = [letters.index(x) + 1 for x in ls] + ds
        s = sum(v * (7 - i) for i, v in enumerate(vals)) % 11
        if s == 0:
            continue
        c = 11 - s
        if c == 10:
            c = 0
        return "".join(ls) + "".join(map(str, ds)) + str(c)


def ird(r):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(7)]
        rem = sum(a * b for a, b in zip(d, w)) % 11
        c = 0 if rem == 0 else 11 - rem
        if c < 10:
            t = "0" + "".join(map(str, d[:7])) + str(c) if False else "".join(map(str, d)) + str(c)
            return t[:3] + "-" + t[3:6] + "-" + t[6:]


def luhn(r, prefix="4", n=16, fmt="sp"):
    d = [int(x) for x in prefix] + [r.randrange(10) for _ in range(n - len(prefix) - 1)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        y = x * 2 if i % 2 == 0 else x
        tot += y - 9 if y > 9 else y
    d.append((10 - tot % 10) % 10)
    s = "".join(map(str, d))
    if fmt == "raw":
        return s
    return " ".join(s[i:i + 4] for i in range(0, n, 4))


def password(r):
    words = ["Kereru", "Mango", "Pohutukawa", "Calamansi", "Pandan", "Harbour", "Rambutan", "Wattle",
             "Kiwi", "Durian", "Jeepney", "Merlion", "Tui", "Banksia", "Sampaguita"]
    return r.choice(words) + r.choice("!#%*@$^") + rs(r, DG, 2) + rs(r, AN, 6) + r.choice("!?-_.")


def mykad(r):
    yy, mm, dd = r.randrange(60, 99), r.randrange(1, 13), r.randrange(1, 29)
    return "%02d%02d%02d-%02d-%04d" % (yy, mm, dd, r.choice([10, 14, 8, 7, 1]), r.randrange(10000))


def gen(r, name, args):
    a = args
    if name == "hex":
        return rs(r, HEX, int(a[0]))
    if name == "HEX":
        return rs(r, HEX.upper(), int(a[0]))
    if name == "alnum":
        return rs(r, AN, int(a[0]))
    if name == "lower":
        return rs(r, LO + DG, int(a[0]))
    if name == "b64":
        raw = bytes(r.randrange(256) for _ in range(int(a[0])))
        return base64.b64encode(raw).decode()
    if name == "b64url":
        return rs(r, B64URL, int(a[0]))
    if name == "b32":
        return rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", int(a[0]))
    if name == "digits":
        return rs(r, DG, int(a[0]))
    if name == "pw":
        return password(r)
    if name == "aws_akid":
        return "AK" + "IA" + rs(r, UP + "234567", 16)
    if name == "aws_secret":
        return rs(r, B64, 40)
    if name == "ghp":
        return "gh" + "p_" + rs(r, AN, 36)
    if name == "ghs":
        return "gh" + "s_" + rs(r, AN, 36)
    if name == "stripe_sk":
        return "sk_" + "live_" + rs(r, AN, 24)
    if name == "stripe_rk":
        return "rk_" + "live_" + rs(r, AN, 24)
    if name == "stripe_pk":
        return "pk_" + "live_" + rs(r, AN, 24)
    if name == "stripe_test_pk":
        return "pk_" + "test_" + rs(r, AN, 24)
    if name == "whsec":
        return "wh" + "sec_" + rs(r, AN, 32)
    if name == "slack_bot":
        return "xox" + "b-" + rs(r, DG, 12) + "-" + rs(r, DG, 13) + "-" + rs(r, AN, 24)
    if name == "slack_hook":
        return ("https://hooks.slack.com/" + "services/T" + rs(r, UP + DG, 8) + "/B" + rs(r, UP + DG, 10)
                + "/" + rs(r, AN, 24))
    if name == "sendgrid":
        return "S" + "G." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
    if name == "twilio_sid":
        return "A" + "C" + rs(r, HEX, 32)
    if name == "twilio_key":
        return "S" + "K" + rs(r, HEX, 32)
    if name == "google":
        return "AI" + "za" + rs(r, B64URL, 35)
    if name == "npm":
        return "np" + "m_" + rs(r, AN, 36)
    if name == "jwt":
        return jwt(r, *a)
    if name == "pem":
        return pem(r, " ".join(a) if a else "RSA PRIVATE")
    if name == "sentry_dsn":
        return "https://" + rs(r, HEX, 32) + "@o" + rs(r, DG, 6) + ".ingest.sentry.io/" + rs(r, DG, 7)
    if name == "uuid":
        h = rs(r, HEX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])
    if name == "sha":
        return rs(r, HEX, 40)
    if name == "sha256":
        return rs(r, HEX, 64)
    if name == "nric":
        return nric(r, a[0] if a else "S")
    if name == "tfn":
        return tfn(r, *a)
    if name == "medicare":
        return medicare(r, *a)
    if name == "nhi":
        return nhi(r)
    if name == "ird":
        return ird(r)
    if name == "card":
        return luhn(r, a[0] if a else "4", 16, a[1] if len(a) > 1 else "sp")
    if name == "mykad":
        return mykad(r)
    if name == "ph_tin":
        return "%03d-%03d-%03d-000" % (r.randrange(100, 999), r.randrange(1000), r.randrange(1000))
    if name == "philhealth":
        return "%02d-%09d-%d" % (r.choice([1, 2, 3, 12, 19]), r.randrange(10 ** 9), r.randrange(10))
    if name == "sss":
        return "%02d-%07d-%d" % (r.choice([33, 34, 4, 2]), r.randrange(10 ** 7), r.randrange(10))
    if name == "fernet":
        return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
    raise SystemExit("unknown generator %r" % name)


MARK = re.compile(r"«(?:#(\w+)=([^«»]*)|([SPIXN-])([:!=])([^«»]*))»")
REF = re.compile(r"^(\w+)((?:\|\w+)*)(?:\[(-?\d*):(-?\d*)\])?$")


def render(relpath, text):
    refs = {}
    out = []
    labels = []
    pos = 0
    line = 1
    for k, m in enumerate(MARK.finditer(text)):
        chunk = text[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        pos = m.end()
        r = random.Random("%s|%s|%d" % (SEED, relpath, k))
        if m.group(1):
            spec = m.group(2).split(":")
            v = gen(r, spec[0], spec[1:])
            refs[m.group(1)] = v[0] if isinstance(v, tuple) else v
            continue
        cls, kind, body = m.group(3), m.group(4), m.group(5)
        label_val = None
        if kind == ":":
            val = body
        elif kind == "!":
            ref = None
            if "#" in body:
                body, ref = body.split("#", 1)
            spec = body.split(":")
            v = gen(r, spec[0], spec[1:])
            if isinstance(v, tuple):
                val, label_val = v
            else:
                val = v
            if ref:
                refs[ref] = val
        else:
            rm = REF.match(body)
            if not rm or rm.group(1) not in refs:
                raise SystemExit("%s: bad reference %r" % (relpath, body))
            val = refs[rm.group(1)]
            for t in filter(None, rm.group(2).split("|")):
                if t == "b64":
                    val = base64.b64encode(val.encode()).decode()
                elif t == "url":
                    val = urllib.parse.quote(val, safe="")
                elif t == "upper":
                    val = val.upper()
                else:
                    raise SystemExit("%s: bad transform %r" % (relpath, t))
            if rm.group(3) is not None or rm.group(4) is not None:
                a = int(rm.group(3)) if rm.group(3) else None
                b = int(rm.group(4)) if rm.group(4) else None
                val = val[a:b]
        if label_val is None:
            label_val = val
        lab_line = line + val[:val.index(label_val)].count("\n") if "\n" in val else line
        out.append(val)
        line += val.count("\n")
        if CLASSES[cls]:
            labels.append({"file": relpath, "line": lab_line, "value": label_val, "class": CLASSES[cls]})
    out.append(text[pos:])
    return "".join(out), labels


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    all_labels = []
    files = []
    for root, dirs, fnames in os.walk(TPL):
        dirs.sort()
        for fn in sorted(fnames):
            files.append(os.path.relpath(os.path.join(root, fn), TPL).replace(os.sep, "/"))
    for rel in sorted(files):
        with open(os.path.join(TPL, rel), encoding="utf-8", newline="") as fh:
            text = fh.read()
        target_rel = rel[:-5] if rel.endswith(".tmpl") else rel
        rendered, labels = render(target_rel, text)
        if "«" in rendered or "»" in rendered and "«" in text:
            raise SystemExit("%s: unconsumed marker" % rel)
        lines = rendered.split("\n")
        for lab in labels:
            ln = lab["line"]
            if not (1 <= ln <= len(lines)) or lab["value"] not in lines[ln - 1] or not lab["value"]:
                raise SystemExit("label check failed: %r" % (lab,))
        dest = os.path.join(app, *target_rel.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(rendered)
        all_labels.extend(labels)
    if outdir:
        with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(all_labels, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    counts = {}
    for lab in all_labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(all_labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
