#!/usr/bin/env python3
"""Deterministic builder for the Marigold Assure held-out evaluation repository.

usage: python bench/marigold_code/build.py OUTDIR

Templates live in templates/ (mirroring the repository layout). Inline markers:
  «C=literal»          literal value, labelled with class C
  «C:gen»              generated value (seeded per file + marker index)
  «C:gen#ref»          generated once per ref and reused everywhere that ref appears
  «C:gen:arg»          generator with an argument (fmt, pem, digits, ...)
C is one of S (secret), P (pii), I (infra), X (proprietary), N (none / look-alike).
Nothing in the templates is a well-formed credential: provider prefixes are assembled here
from pieces and bodies come from random.Random seeded with a fixed string.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "marigold-assure-heldout-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "X": "proprietary", "N": "none"}
MARK = re.compile(r"«([SPIXN])([:=])(.*?)»", re.S)

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(rng, n, chars=AL):
    return "".join(rng.choice(chars) for _ in range(n))


# ---------------------------------------------------------------- check digits
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff(num):
    c = 0
    for i, d in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(d)]]
    return str(_VINV[c])


def luhn(num):
    tot = 0
    for i, d in enumerate(reversed(num)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return cc + "%02d" % (98 - int(num) % 97) + bban


# ---------------------------------------------------------------- generators
def g_pw(rng, arg):
    style = rng.randrange(4)
    words = ["Marigold", "Simba", "Jollof", "Chai", "Falcon", "Monsoon", "Baobab", "Lagos", "Dubai", "Kilimanjaro", "Ganesh", "Harmattan"]
    if style == 0:
        return rng.choice(words) + rs(rng, 1, "!@#%*") + str(rng.randrange(1000, 9999)) + rs(rng, 2, AL)
    if style == 1:
        return rs(rng, 18, AL + "!#%^*-_")
    if style == 2:
        return rs(rng, 3, string.ascii_uppercase) + rs(rng, 5, string.ascii_lowercase) + str(rng.randrange(10, 99)) + rs(rng, 1, "!#%*") + rs(rng, 4, AL)
    return rs(rng, 24, AL)


def g_pwu(rng, arg):  # url-safe password
    return rs(rng, rng.randrange(14, 22), AL + "-_")


def g_fmt(rng, arg):
    out = arg
    for key, fn in (("{pw}", lambda: g_pwu(rng, "")), ("{hex32}", lambda: rs(rng, 32, HEX)),
                    ("{hex40}", lambda: rs(rng, 40, HEX)), ("{al24}", lambda: rs(rng, 24)),
                    ("{al32}", lambda: rs(rng, 32)), ("{up9}", lambda: rs(rng, 9, string.ascii_uppercase + string.digits)),
                    ("{up11}", lambda: rs(rng, 11, string.ascii_uppercase)), ("{d10}", lambda: rs(rng, 10, string.digits))):
        while key in out:
            out = out.replace(key, fn(), 1)
    return out


def g_pem(rng, arg, esc=False):
    kind = "RSA PRIVATE" if not arg.startswith("ec") else "EC PRIVATE"
    indent = int(arg.split(",")[-1]) if arg and arg.split(",")[-1].isdigit() else 0
    head = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" if kind.startswith("RSA") else b"\x30\x77\x02\x01\x01\x04\x20"
    raw = head + bytes(rng.randrange(256) for _ in range(1180 if kind.startswith("RSA") else 110))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    begin = "-----" + "BEGIN " + kind + " KEY" + "-----"
    end = "-----" + "END " + kind + " KEY" + "-----"
    if esc:
        return begin + "\\n" + "\\n".join(lines) + "\\n" + end + "\\n", lines[0]
    sep = "\n" + " " * indent
    return begin + sep + sep.join(lines) + sep + end, lines[0]


def g_pub(rng, arg):
    raw = b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + bytes(rng.randrange(256) for _ in range(270))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    indent = int(arg) if arg else 0
    sep = "\n" + " " * indent
    return ("-----" + "BEGIN PUBLIC KEY" + "-----" + sep + sep.join(lines) + sep + "-----" + "END PUBLIC KEY" + "-----", lines[0])


def g_jwt(rng, arg):  # a real-looking signed session token
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": arg or "agent-%d" % rng.randrange(1000, 9999), "iat": 1717000000 + rng.randrange(900000), "role": "claims_approver"}, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(32))).decode().rstrip("=")
    return hdr + "." + body + "." + sig


def g_aadhaar(rng, arg):
    n = str(rng.randrange(2, 10)) + rs(rng, 10, string.digits)
    n += verhoeff(n)
    if arg == "sp":
        return n[:4] + " " + n[4:8] + " " + n[8:]
    if arg == "dash":
        return n[:4] + "-" + n[4:8] + "-" + n[8:]
    return n


def g_pan(rng, arg):
    return rs(rng, 3, string.ascii_uppercase) + "P" + rng.choice("ABCDGKMRS") + rs(rng, 4, string.digits) + rs(rng, 1, string.ascii_uppercase)


def g_phone(rng, arg):
    if arg == "in":
        n = rng.choice("6789") + rs(rng, 9, string.digits)
        return rng.choice(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "91%s" % n, n, "0%s" % n])
    if arg == "ae":
        n = rng.choice(["50", "52", "54", "55", "56", "58"]) + rs(rng, 7, string.digits)
        return rng.choice(["+971 %s %s %s" % (n[:2], n[2:5], n[5:]), "+971%s" % n, "0%s" % n, "00971%s" % n])
    if arg == "ng":
        n = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "818"]) + rs(rng, 7, string.digits)
        return rng.choice(["+234 %s %s %s" % (n[:3], n[3:6], n[6:]), "+234%s" % n, "0%s" % n, "234%s" % n])
    n = rng.choice(["7", "1"]) + rng.choice(["0", "1", "2", "9"]) + rs(rng, 7, string.digits)
    return rng.choice(["+254 %s %s %s" % (n[:3], n[3:6], n[6:]), "+254%s" % n, "0%s" % n, "254%s" % n])


def g_msisdn(rng, arg):  # bare E.164 digits, as gateways log them
    return {"in": "91" + rng.choice("6789") + rs(rng, 9, string.digits), "ae": "9715" + rs(rng, 8, string.digits),
            "ng": "234" + rng.choice(["80", "81", "70", "90"]) + rs(rng, 8, string.digits),
            "ke": "2547" + rs(rng, 8, string.digits)}[arg]


def g_eid(rng, arg):
    n = "784" + str(rng.randrange(1965, 2004)) + rs(rng, 7, string.digits)
    n += luhn(n)
    return n[:3] + "-" + n[3:7] + "-" + n[7:14] + "-" + n[14] if arg != "plain" else n


def g_card(rng, arg):
    pre = {"visa": "4" + rs(rng, 5, string.digits), "mc": rng.choice(["51", "52", "53", "54", "55"]) + rs(rng, 4, string.digits),
           "rupay": rng.choice(["6080", "6521", "6522"]) + rs(rng, 2, string.digits), "verve": "506099"}[arg or "visa"]
    n = pre + rs(rng, 15 - len(pre) + (3 if arg == "verve" else 0), string.digits)
    n += luhn(n)
    return n


def g_iban_ae(rng, arg):
    v = iban("AE", rng.choice(["033", "035", "026", "030"]) + rs(rng, 16, string.digits))
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if arg == "sp" else v


def g_ip(rng, arg):
    while True:
        a = rng.choice([41, 102, 105, 106, 117, 122, 154, 157, 182, 196, 197, 49, 5, 94, 2])
        return "%d.%d.%d.%d" % (a, rng.randrange(1, 255), rng.randrange(0, 255), rng.randrange(1, 255))


def g_privip(rng, arg):
    if arg == "172":
        return "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(0, 255), rng.randrange(2, 254))
    return "10.%d.%d.%d" % (rng.choice([20, 21, 40, 41, 60]), rng.randrange(0, 64), rng.randrange(2, 254))


def g_acct(rng, arg):
    return str(rng.randrange(1, 10)) + rs(rng, int(arg or 11) - 1, string.digits)


GEN = {
    "pw": g_pw, "pwu": g_pwu, "fmt": g_fmt,
    "hex": lambda r, a: rs(r, int(a or 32), HEX),
    "al": lambda r, a: rs(r, int(a or 32)),
    "digits": lambda r, a: str(r.randrange(1, 10)) + rs(r, int(a or 12) - 1, string.digits),
    "b64": lambda r, a: base64.b64encode(bytes(r.randrange(256) for _ in range(int(a or 32)))).decode(),
    "b64pw": lambda r, a: base64.b64encode(g_pw(r, "").encode()).decode(),
    "akid": lambda r, a: "AK" + "IA" + rs(r, 16, string.ascii_uppercase + "234567"),
    "aws_secret": lambda r, a: rs(r, 40, AL + "/+"),
    "rzp_key": lambda r, a: "rzp_" + "live_" + rs(r, 14),
    "paystack_sk": lambda r, a: "sk_" + "live_" + rs(r, 40, HEX),
    "flw_sk": lambda r, a: "FLWSECK" + "-" + rs(r, 32, HEX) + "-X",
    "ghp": lambda r, a: "gh" + "p_" + rs(r, 36),
    "slack_bot": lambda r, a: "xox" + "b-" + rs(r, 12, string.digits) + "-" + rs(r, 13, string.digits) + "-" + rs(r, 24),
    "slack_hook": lambda r, a: "https://hooks.slack.com/services/" + "T" + rs(r, 8, UP) + "/B" + rs(r, 10, UP) + "/" + rs(r, 24),
    "sendgrid": lambda r, a: "SG" + "." + rs(r, 22, AL + "-_") + "." + rs(r, 43, AL + "-_"),
    "google": lambda r, a: "AI" + "za" + "Sy" + rs(r, 33, AL + "-_"),
    "meta": lambda r, a: "EA" + "AG" + rs(r, 150),
    "atsk": lambda r, a: "atsk_" + rs(r, 64, HEX),
    "totp": lambda r, a: rs(r, int(a or 32), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "jwt": g_jwt, "pem": g_pem, "pem_esc": lambda r, a: g_pem(r, a, True), "pub": g_pub,
    "aadhaar": g_aadhaar, "pan": g_pan, "phone": g_phone, "msisdn": g_msisdn, "eid": g_eid,
    "bvn": lambda r, a: "22" + rs(r, 9, string.digits),
    "nin": lambda r, a: str(r.randrange(1, 10)) + rs(r, 10, string.digits),
    "keid": lambda r, a: str(r.randrange(1, 4)) + rs(r, 7, string.digits),
    "kra": lambda r, a: "A" + rs(r, 9, string.digits) + rs(r, 1, string.ascii_uppercase),
    "card": g_card, "iban_ae": g_iban_ae, "ip": g_ip, "privip": g_privip, "acct": g_acct,
    "ifsc": lambda r, a: r.choice(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]) + "0" + rs(r, 6, string.digits),
    "uuid": lambda r, a: "%s-%s-4%s-%s%s-%s" % (rs(r, 8, HEX), rs(r, 4, HEX), rs(r, 3, HEX), r.choice("89ab"), rs(r, 3, HEX), rs(r, 12, HEX)),
    "vpc": lambda r, a: (a or "vpc") + "-" + rs(r, 17, HEX),
    "dob": lambda r, a: "%04d-%02d-%02d" % (r.randrange(1958, 2003), r.randrange(1, 13), r.randrange(1, 29)),
}


# ---------------------------------------------------------------- render
def render(rel, text, labels, cache):
    out = []
    pos = 0
    length = 0
    pending = []
    for idx, m in enumerate(MARK.finditer(text)):
        pre = text[pos:m.start()]
        out.append(pre)
        length += len(pre)
        cls, op, body = m.group(1), m.group(2), m.group(3)
        if op == "=":
            rep, lab = body, body
        else:
            gen, _, arg = body.partition(":")
            gen, _, ref = gen.partition("#")
            key = ref and (gen + "#" + ref)
            if key and key in cache:
                res = cache[key]
            else:
                rng = random.Random("%s|%s|%d|%s" % (SEED, ref or rel, 0 if ref else idx, body))
                res = GEN[gen](rng, arg)
                if key:
                    cache[key] = res
            rep, lab = (res if isinstance(res, tuple) else (res, res))
        pending.append((length + rep.index(lab), lab, CLASSES[cls]))
        out.append(rep)
        length += len(rep)
        pos = m.end()
    out.append(text[pos:])
    full = "".join(out)
    if "«" in full or "»" in full:
        raise SystemExit("unparsed marker in %s" % rel)
    lines = full.split("\n")
    for off, lab, cls in pending:
        ln = full.count("\n", 0, off) + 1
        if lab not in lines[ln - 1] or "\n" in lab or not lab.strip():
            raise SystemExit("label %r not found on %s:%d" % (lab, rel, ln))
        labels.append({"file": rel, "line": ln, "value": lab, "class": cls})
    return full


def generated_templates():
    """Bulk data files (exports, logs) produced as marker text so they share the label pipeline."""
    import gen_data
    return gen_data.build(random.Random(SEED + "|bulk"))


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    items = []
    for root, dirs, files in os.walk(TPL):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            rel = os.path.relpath(p, TPL).replace(os.sep, "/")
            with open(p, encoding="utf-8") as fh:
                items.append((rel, fh.read()))
    items.extend(generated_templates())
    items.sort()
    labels, cache, seen = [], {}, set()
    for rel, text in items:
        if rel in seen:
            raise SystemExit("duplicate file " + rel)
        seen.add(rel)
        full = render(rel, text, labels, cache)
        dst = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(full)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for l in labels:
        counts[l["class"]] = counts.get(l["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(seen), len(labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
