#!/usr/bin/env python3
"""Deterministic generator for the Fjordvik Mobility held-out scanner test set.

Usage: python bench/fjord_code/build.py OUTDIR

Templates live in templates/ and contain inline markers:
    «C=literal»          literal value, labelled with class C
    «C:kind[:arg...]»    generated value (see GENERATORS), labelled with class C
C is one of s (secret), p (pii), i (infra), r (proprietary), n (none).
Provider prefixes are assembled from pieces at build time, bodies come from
random.Random seeded per marker, so the committed templates hold no well-formed key.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import uuid

SEED = "fjordvik-mobility-heldout-2024"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"s": "secret", "p": "pii", "i": "infra", "r": "proprietary", "n": "none"}
MARK = re.compile(r"«([spirn])([:=])(.*?)»", re.S)

ALNUM = string.ascii_letters + string.digits
UP_NUM = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


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


def g_pem(r, kind="RSA"):
    label = {"RSA": "RSA PRIVATE KEY", "EC": "EC PRIVATE KEY", "PK8": "PRIVATE KEY",
             "SSH": "OPENSSH PRIVATE KEY"}[kind]
    nlines = {"RSA": 12, "EC": 3, "PK8": 10, "SSH": 7}[kind]
    raw = bytes(r.getrandbits(8) for _ in range(48 * nlines))
    b = base64.b64encode(raw).decode()
    if kind == "SSH":
        b = "b3BlbnNzaC1rZXktdjEAAAAA" + b[24:]
    elif kind == "RSA":
        b = "MIIEow" + "IBAAKCAQEA" + b[16:]
    elif kind == "EC":
        b = "MHcCAQEEI" + b[9:]
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    lines[-1] = lines[-1][:40] + "=="
    dash = "-" * 5
    text = "\n".join([dash + "BEGIN " + label + dash] + lines + [dash + "END " + label + dash])
    return text, lines[0]


def pw(r):
    words = ["Fjord", "Volvo", "Krone", "Brno", "Elbe", "Sommer", "Vinter", "Praha", "Kiruna",
             "Tesla", "Motor", "Bremse", "Zimni", "Stockholm", "Ostrava", "Gear", "Kaffe"]
    return (r.choice(words) + r.choice("!#$%&*?_") + rs(r, string.digits, r.randint(2, 4))
            + r.choice(words).lower() + rs(r, ALNUM, r.randint(2, 5)))


def se_pnr(r, sep="-"):
    y, m, d = r.randint(55, 99), r.randint(1, 12), r.randint(1, 28)
    n = r.randint(100, 999)
    body = "%02d%02d%02d%03d" % (y, m, d, n)
    return "%02d%02d%02d%s%03d%s" % (y, m, d, sep, n, luhn_digit(body))


def no_fnr(r):
    while True:
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(60, 99)
        ind = r.randint(0, 499)
        ds = [int(c) for c in "%02d%02d%02d%03d" % (d, m, y, ind)]
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(a * b for a, b in zip(ds, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        ds.append(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(a * b for a, b in zip(ds, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        ds.append(k2)
        return "".join(map(str, ds))


def cz_rc(r, female=None):
    if female is None:
        female = r.random() < 0.5
    while True:
        y, m, d = r.randint(60, 99), r.randint(1, 12), r.randint(1, 28)
        if female:
            m += 50
        s = r.randint(0, 999)
        base = int("%02d%02d%02d%03d" % (y, m, d, s))
        c = base % 11
        if c == 10:
            continue
        return "%02d%02d%02d/%03d%d" % (y, m, d, s, c)


def de_steuerid(r):
    # ISO 7064 MOD 11,10 check digit; one digit appears twice in the first ten
    while True:
        digs = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
        counts = {x: digs.count(x) for x in set(digs)}
        if sorted(counts.values(), reverse=True)[:2] != [2, 1] or max(counts.values()) != 2:
            continue
        if list(counts.values()).count(2) != 1:
            continue
        prod = 10
        for dd in digs:
            s = (dd + prod) % 10
            if s == 0:
                s = 10
            prod = (s * 2) % 11
        chk = 11 - prod
        if chk == 10:
            chk = 0
        return "".join(map(str, digs)) + str(chk)


def iban(r, cc, spaced=False):
    if cc == "DE":
        bban = "%08d" % r.choice([10070000, 20050550, 50010517, 70150000, 37040044]) + rs(r, string.digits, 10)
    elif cc == "SE":
        bban = r.choice(["500", "800", "600", "300"]) + rs(r, string.digits, 17)
    elif cc == "CZ":
        bban = r.choice(["0800", "0100", "0300", "2010"]) + rs(r, string.digits, 16)
    elif cc == "NO":
        bban = r.choice(["1503", "8601", "6030"]) + rs(r, string.digits, 7)
    else:
        raise ValueError(cc)
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = cc + "%02d" % chk + bban
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def card(r, spaced=False):
    body = r.choice(["4", "51", "55", "4571"])
    body += rs(r, string.digits, 15 - len(body))
    n = body + luhn_digit(body)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n


def imei(r):
    body = r.choice(["35", "86", "35"]) + rs(r, string.digits, 12)
    return body + luhn_digit(body)


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
           **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(r.choice(["YV1", "WVW", "TMB", "WBA", "YS3", "WDD"]) + rs(r, al, 5) + "0"
             + r.choice("LMNPR") + rs(r, al, 1) + rs(r, string.digits, 6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def phone(r, cc):
    if cc == "se":
        return "+46 7%d %03d %02d %02d" % (r.choice([0, 2, 3, 6]), r.randint(100, 999), r.randint(0, 99), r.randint(0, 99))
    if cc == "se_local":
        return "07%d-%03d %02d %02d" % (r.choice([0, 2, 3, 6]), r.randint(100, 999), r.randint(0, 99), r.randint(0, 99))
    if cc == "de":
        return "+49 1%d %d" % (r.choice([51, 52, 60, 70, 76]), r.randint(1000000, 99999999))
    if cc == "de_local":
        return "0%d / %d" % (r.choice([711, 89, 30, 40, 221]), r.randint(100000, 9999999))
    if cc == "cz":
        return "+420 %d %03d %03d" % (r.choice([602, 603, 605, 720, 731, 777]), r.randint(0, 999), r.randint(0, 999))
    if cc == "no":
        return "+47 %d%d %02d %02d %02d" % (r.choice([4, 9]), r.randint(0, 9), r.randint(0, 99), r.randint(0, 99), r.randint(0, 99))
    raise ValueError(cc)


def plate(r, cc):
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    if cc == "se":
        return rs(r, L, 3) + " " + rs(r, string.digits, 2) + r.choice(string.digits + L)
    if cc == "de":
        return r.choice(["M", "S", "B", "HH", "LB", "KA", "WOB"]) + "-" + rs(r, L, 2) + " " + str(r.randint(10, 9999))
    if cc == "cz":
        return str(r.randint(1, 9)) + r.choice("ABCEHJKLMPSTUZ") + str(r.randint(1, 9)) + " " + "%04d" % r.randint(0, 9999)
    if cc == "no":
        return rs(r, "BCDEFHJKLNPRSTUVXYZ", 2) + " " + str(r.randint(10000, 99999))
    raise ValueError(cc)


def public_ip(r):
    return "%d.%d.%d.%d" % (r.choice([31, 46, 78, 85, 89, 94, 151, 178, 185, 212, 213]),
                            r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": "svc-%s" % rs(r, string.ascii_lowercase, 6), "iss": "fjordvik-idp",
                         "iat": 1709000000 + r.randint(0, 9999999), "scope": "ota:write fleet:read"},
                        separators=(",", ":")).encode())
    sig = b64u(bytes(r.getrandbits(8) for _ in range(32)))
    return h + "." + p + "." + sig


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def gen(kind, args, r):
    """Return (inserted_text, label_value)."""
    a0 = args[0] if args else None
    if kind == "hex":
        v = rs(r, "0123456789abcdef", int(a0 or 32))
    elif kind == "HEX":
        v = rs(r, "0123456789ABCDEF", int(a0 or 32))
    elif kind == "alnum":
        v = rs(r, ALNUM, int(a0 or 32))
    elif kind == "pw":
        v = pw(r)
    elif kind == "stripe":
        v = "sk_" + "live_" + rs(r, ALNUM, 24)
    elif kind == "ghp":
        v = "gh" + "p_" + rs(r, ALNUM, 36)
    elif kind == "sonar":
        v = "sq" + "u_" + rs(r, "0123456789abcdef", 40)
    elif kind == "glc":
        v = "gl" + "c_" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(60))).decode()
    elif kind == "glpat":
        v = "gl" + "pat-" + rs(r, ALNUM + "_-", 20)
    elif kind == "npm":
        v = "np" + "m_" + rs(r, ALNUM, 36)
    elif kind == "akid":
        v = "AK" + "IA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    elif kind == "akidexample":
        v = "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"
    elif kind == "awssecret":
        v = rs(r, ALNUM + "+/", 40)
    elif kind == "slackbot":
        v = "xox" + "b-" + str(r.randint(10**10, 10**11)) + "-" + str(r.randint(10**12, 10**13)) + "-" + rs(r, ALNUM, 24)
    elif kind == "slackhook":
        v = "https://hooks." + "slack.com/services/T" + rs(r, UP_NUM, 8) + "/B" + rs(r, UP_NUM, 10) + "/" + rs(r, ALNUM, 24)
    elif kind == "teamshook":
        v = ("https://fjordvik.webhook.office.com/webhookb2/" + ruuid(r) + "@" + ruuid(r)
             + "/IncomingWebhook/" + rs(r, "0123456789abcdef", 32) + "/" + ruuid(r))
    elif kind == "azkey":
        v = base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
    elif kind == "azsecret":
        v = rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_.-", 34)
    elif kind == "sas":
        sig = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
        v = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T23:59:59Z&spr=https&sig=" + sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    elif kind == "sendgrid":
        v = "SG." + rs(r, ALNUM + "_-", 22) + "." + rs(r, ALNUM + "_-", 43)
    elif kind == "gapi":
        v = "AI" + "za" + rs(r, ALNUM + "_-", 35)
    elif kind == "jwt":
        v = jwt(r)
    elif kind == "totp":
        v = rs(r, B32, int(a0 or 32))
    elif kind == "b64":
        n = int(a0 or 32)
        v = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    elif kind == "b64cred":
        v = base64.b64encode((args[0] + ":" + pw(r)).encode()).decode()
    elif kind == "cbytes":
        n = int(a0 or 16)
        v = ", ".join("0x%02X" % r.getrandbits(8) for _ in range(n))
    elif kind == "pem":
        text, first = g_pem(r, a0 or "RSA")
        if len(args) > 1 and args[1] == "c":
            text = "\n".join('"%s\\n"' % l for l in text.split("\n"))
        elif len(args) > 1 and args[1].startswith("indent"):
            pad = " " * int(args[1][6:])
            text = ("\n" + pad).join(text.split("\n"))
        return text, first
    elif kind == "pnr":
        v = se_pnr(r, a0 if a0 is not None else "-")
    elif kind == "pnr12":
        v = "19" + se_pnr(r, "")
    elif kind == "fnr":
        v = no_fnr(r)
    elif kind == "rc":
        v = cz_rc(r)
    elif kind == "steuerid":
        v = de_steuerid(r)
    elif kind == "iban":
        v = iban(r, a0, len(args) > 1)
    elif kind == "card":
        v = card(r, bool(a0))
    elif kind == "imei":
        v = imei(r)
    elif kind == "vin":
        v = vin(r)
    elif kind == "phone":
        v = phone(r, a0)
    elif kind == "plate":
        v = plate(r, a0)
    elif kind == "pubip":
        v = public_ip(r)
    elif kind == "mac":
        v = ":".join("%02X" % r.getrandbits(8) for _ in range(6))
    elif kind == "uuid":
        v = ruuid(r)
    elif kind == "sha1":
        v = hashlib.sha1(str(r.random()).encode()).hexdigest()
    elif kind == "sha256":
        v = hashlib.sha256(str(r.random()).encode()).hexdigest()
    elif kind == "sri":
        v = "sha256-" + base64.b64encode(hashlib.sha256(str(r.random()).encode()).digest()).decode()
    elif kind == "h1":
        v = "h1:" + base64.b64encode(hashlib.sha256(str(r.random()).encode()).digest()).decode()
    elif kind == "sshpub":
        v = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    else:
        raise KeyError("unknown generator kind: " + kind)
    return v, v


def render(rel, text):
    out = []
    labels = []
    pos = 0
    line = 1
    for idx, m in enumerate(MARK.finditer(text)):
        chunk = text[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        cls, op, body = m.group(1), m.group(2), m.group(3)
        if op == "=":
            ins, val = body, body
        else:
            parts = body.split(":")
            r = random.Random("%s|%s|%d|%s" % (SEED, rel, idx, body))
            ins, val = gen(parts[0], parts[1:], r)
        off = ins.find(val)
        if off < 0:
            raise SystemExit("label value not in inserted text: %s %r" % (rel, val))
        vline = line + ins[:off].count("\n")
        labels.append({"file": rel, "line": vline, "value": val, "class": CLASSES[cls]})
        out.append(ins)
        line += ins.count("\n")
        pos = m.end()
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
    files.sort()
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8") as f:
            text = f.read()
        body, labels = render(rel, text)
        if "«" in body:
            raise SystemExit("unparsed marker in " + rel)
        lines = body.split("\n")
        for lab in labels:
            ln = lab["line"]
            if ln < 1 or ln > len(lines) or lab["value"] not in lines[ln - 1]:
                raise SystemExit("label check failed: %r" % lab)
            if not lab["value"].strip():
                raise SystemExit("empty label: %r" % lab)
        dest = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        all_labels.extend(labels)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(all_labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    counts = {}
    for lab in all_labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(all_labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
