#!/usr/bin/env python3
"""Build the Volga Ledger held-out evaluation repository.

Usage: python bench/volga_code/build.py OUTDIR

Templates live in templates/app/ and mirror the output tree.  Inline markers:

  ⟦X:literal⟧            literal value of class X, labelled
  ⟦X@gen|arg|arg#name⟧   generated value of class X (optionally remembered as name)
  ⟦X=name⟧               reuse a remembered value (⟦X=b64:name⟧: its base64)

X is one of S (secret), P (pii), I (infra), R (proprietary), N (none).
Provider prefixes are assembled from pieces here, bodies are drawn from
random.Random seeded per marker, so the committed files hold no well-formed key.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "volga-ledger-heldout-2024"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates", "app")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "R": "proprietary", "N": "none"}
MARK = re.compile(r"⟦([SPIRN])([:@=])(.*?)⟧", re.S)

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
PWCH = string.ascii_letters + string.digits + "!*-_.~^"
WORDS = ("abandon amber anchor apple arctic arrow badge bamboo banner barrel basket beacon "
         "bicycle blanket border bridge bronze cabin canal candle canyon carbon castle cattle "
         "cement cherry circle coconut copper cotton crystal desert dinner dolphin donkey "
         "eagle echo elbow ember engine fabric falcon fence fiber filter finger forest fossil "
         "galaxy garden garlic ginger glacier harbor hazard helmet hockey island ivory jacket "
         "jungle kettle kingdom ladder lantern lemon lizard magnet marble meadow melody mirror "
         "monkey mosquito needle nephew oyster paddle palace pepper pigeon planet pumpkin "
         "quarter rabbit radar raven ribbon rocket saddle salmon shadow silver spider spring "
         "stadium summit tennis throne timber tomato tunnel velvet violin walnut whisper willow").split()


def _pick(rng, chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def _luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _date(s):
    return _dt.date(*map(int, s.split("-")))


def g_pesel(rng, dob, sex="m"):
    d = _date(dob)
    mm = d.month + (20 if d.year >= 2000 else 0)
    base = "%02d%02d%02d" % (d.year % 100, mm, d.day) + _pick(rng, string.digits, 3)
    sx = rng.choice("13579" if sex == "m" else "02468")
    base += sx
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(a) * b for a, b in zip(base, w))
    return base + str((10 - s % 10) % 10)


def g_rnokpp(rng, dob, sex="m"):
    d = _date(dob)
    days = (d - _dt.date(1899, 12, 31)).days
    base = "%05d" % days + _pick(rng, string.digits, 3) + rng.choice("13579" if sex == "m" else "02468")
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    s = sum(int(a) * b for a, b in zip(base, w))
    return base + str(s % 11 % 10)


def g_iin(rng, dob, sex="m"):
    d = _date(dob)
    c = {(19, "m"): "3", (19, "f"): "4", (20, "m"): "5", (20, "f"): "6"}[(d.year // 100, sex)]
    while True:
        base = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + c + _pick(rng, string.digits, 4)
        s = sum(int(a) * b for a, b in zip(base, range(1, 12))) % 11
        if s == 10:
            s = sum(int(a) * b for a, b in zip(base, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if s == 10:
                continue
        return base + str(s)


def g_inn12(rng, region="77"):
    base = region + _pick(rng, string.digits, 8)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(a) * b for a, b in zip(base, w1)) % 11 % 10
    base += str(n11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n12 = sum(int(a) * b for a, b in zip(base, w2)) % 11 % 10
    return base + str(n12)


def g_inn10(rng, region="77"):
    base = region + _pick(rng, string.digits, 7)
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return base + str(sum(int(a) * b for a, b in zip(base, w)) % 11 % 10)


def g_snils(rng):
    base = _pick(rng, string.digits, 9)
    s = sum(int(a) * (9 - i) for i, a in enumerate(base))
    if s > 101:
        s %= 101
    cs = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (base[:3], base[3:6], base[6:], cs)


def g_rc(rng, dob, sex="m"):
    d = _date(dob)
    mm = d.month + (50 if sex == "f" else 0)
    pre = "%02d%02d%02d" % (d.year % 100, mm, d.day)
    while True:
        tail = _pick(rng, string.digits, 3)
        num = int(pre + tail)
        chk = num % 11
        if chk == 10:
            continue
        return "%s/%s%d" % (pre, tail, chk)


def g_gepn(rng):
    return rng.choice("0123456") + _pick(rng, string.digits, 10)


def g_pldowod(rng):
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    digits = _pick(rng, string.digits, 5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in digits]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    chk = sum(a * b for a, b in zip(vals, w)) % 10
    return letters + str(chk) + digits


def g_uapass(rng):
    return rng.choice(["КВ", "МЕ", "СН", "АА", "ЕР", "ТТ"]) + _pick(rng, string.digits, 6)


def g_uaid(rng):
    return "00" + _pick(rng, string.digits, 7)


def g_rupass(rng):
    s = _pick(rng, string.digits, 10)
    return "%s %s %s" % (s[:2], s[2:4], s[4:])


def _iban(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def g_iban(rng, cc, spaced="0"):
    if cc == "UA":
        bban = rng.choice(["322001", "305299", "300528", "320649", "380805"]) + _pick(rng, string.digits, 19)
    elif cc == "PL":
        bban = rng.choice(["10501445", "11402004", "10202892", "11600006", "24901044"]) + _pick(rng, string.digits, 16)
    elif cc == "CZ":
        bban = rng.choice(["0800", "0100", "0300", "2010", "0600"]) + _pick(rng, string.digits, 16)
    elif cc == "GE":
        bban = rng.choice(["BG", "TB", "LB"]) + _pick(rng, string.digits, 16)
    elif cc == "KZ":
        bban = rng.choice(["722", "601", "998", "319"]) + _pick(rng, UPALNUM, 13)
    else:
        raise ValueError(cc)
    ib = _iban(cc, bban)
    if spaced == "1":
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def g_card(rng, kind="visa", spaced="0"):
    pre = {"visa": "4" + rng.choice(["14943", "40588", "16826", "31274", "89543"]),
           "mc": rng.choice(["5168", "5375", "5355", "5457"]) + _pick(rng, string.digits, 2),
           "mir": "220" + rng.choice(["0", "2", "4"]) + _pick(rng, string.digits, 2)}[kind]
    body = pre + _pick(rng, string.digits, 15 - len(pre))
    c = body + _luhn_digit(body)
    if spaced == "1":
        c = " ".join(c[i:i + 4] for i in range(0, 16, 4))
    return c


def g_ruacct(rng):
    return "40817810" + _pick(rng, string.digits, 12)


def g_pem(rng, kind="RSA", indent="0"):
    label = {"RSA": "RSA PRIVATE", "EC": "EC PRIVATE", "OPENSSH": "OPENSSH PRIVATE",
             "PKCS8": "PRIVATE", "PUB": "PUBLIC"}[kind]
    armour = "-" * 5
    nbytes = {"RSA": 1190, "EC": 121, "OPENSSH": 400, "PKCS8": 1216, "PUB": 294}[kind]
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    if kind == "RSA":
        raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + raw[12:]
    elif kind == "EC":
        raw = b"\x30\x77\x02\x01\x01\x04\x20" + raw[7:]
    elif kind == "OPENSSH":
        raw = b"openssh-key-v1\x00" + raw[15:]
    elif kind == "PUB":
        raw = b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + raw[19:]
    body = base64.b64encode(raw).decode()
    width = 70 if kind == "OPENSSH" else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    pad = " " * int(indent)
    text = ("\n" + pad).join([armour + "BEGIN " + label + " KEY" + armour] + lines + [armour + "END " + label + " KEY" + armour])
    return text, lines[0], 1


def g_pem_inline(rng, kind="RSA"):
    text, first, _ = g_pem(rng, kind)
    return text.replace("\n", "\\n"), first, 0


def g_jwt(rng, sub="svc"):
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    pl = base64.urlsafe_b64encode(json.dumps({"sub": sub, "iat": 1712000000 + rng.randrange(9000000), "scope": "ledger:admin"}, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return hdr + "." + pl + "." + sig


GENS = {
    "alnum": lambda r, n="32": _pick(r, ALNUM, int(n)),
    "upalnum": lambda r, n="20": _pick(r, UPALNUM, int(n)),
    "hex": lambda r, n="32": _pick(r, "0123456789abcdef", int(n)),
    "HEX": lambda r, n="32": _pick(r, "0123456789ABCDEF", int(n)),
    "digits": lambda r, n="8": _pick(r, string.digits, int(n)),
    "b64": lambda r, n="32": base64.b64encode(bytes(r.getrandbits(8) for _ in range(int(n)))).decode(),
    "b64url": lambda r, n="32": base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(int(n)))).decode().rstrip("="),
    "pw": lambda r, n="16": r.choice(string.ascii_uppercase) + _pick(r, PWCH, int(n) - 3) + r.choice("!*.~") + r.choice(string.digits),
    "totp": lambda r, n="32": _pick(r, B32, int(n)),
    "aws_akid": lambda r: "AK" + "IA" + _pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "aws_secret": lambda r: _pick(r, ALNUM + "+/", 40),
    "stripe_live": lambda r: "sk_" + "live_" + _pick(r, ALNUM, 24),
    "stripe_pk": lambda r: "pk_" + "live_" + _pick(r, ALNUM, 24),
    "gh_pat": lambda r: "gh" + "p_" + _pick(r, ALNUM, 36),
    "gitlab_pat": lambda r: "gl" + "pat-" + _pick(r, ALNUM + "-_", 20),
    "gitlab_runner": lambda r: "GR" + "1348941" + _pick(r, ALNUM + "-_", 20),
    "slack_bot": lambda r: "xox" + "b-" + _pick(r, string.digits, 12) + "-" + _pick(r, string.digits, 13) + "-" + _pick(r, ALNUM, 24),
    "slack_hook": lambda r: "https://hooks." + "slack.com/services/T" + _pick(r, UPALNUM, 8) + "/B" + _pick(r, UPALNUM, 10) + "/" + _pick(r, ALNUM, 24),
    "tg_bot": lambda r: _pick(r, string.digits, 10) + ":AA" + _pick(r, ALNUM + "-_", 33),
    "sendgrid": lambda r: "S" + "G." + _pick(r, ALNUM + "-_", 22) + "." + _pick(r, ALNUM + "-_", 43),
    "google_api": lambda r: "AI" + "za" + _pick(r, ALNUM + "-_", 35),
    "twilio_sk": lambda r: "S" + "K" + _pick(r, "0123456789abcdef", 32),
    "npm": lambda r: "np" + "m_" + _pick(r, ALNUM, 36),
    "vault_tok": lambda r: "hv" + "s." + _pick(r, ALNUM, 24),
    "consul_tok": lambda r: "%s-%s-%s-%s-%s" % tuple(_pick(r, "0123456789abcdef", n) for n in (8, 4, 4, 4, 12)),
    "uuid": lambda r: "%s-%s-4%s-%s%s-%s" % (_pick(r, "0123456789abcdef", 8), _pick(r, "0123456789abcdef", 4), _pick(r, "0123456789abcdef", 3), r.choice("89ab"), _pick(r, "0123456789abcdef", 3), _pick(r, "0123456789abcdef", 12)),
    "sha40": lambda r: _pick(r, "0123456789abcdef", 40),
    "eth_pk": lambda r: "0x" + _pick(r, "0123456789abcdef", 64),
    "eth_addr": lambda r: "0x" + _pick(r, "0123456789abcdefABCDEF", 40),
    "mnemonic": lambda r, n="12": " ".join(r.choice(WORDS) for _ in range(int(n))),
    "jwt": g_jwt,
    "pesel": g_pesel, "rnokpp": g_rnokpp, "iin": g_iin, "inn12": g_inn12, "inn10": g_inn10,
    "snils": g_snils, "rc": g_rc, "gepn": g_gepn, "pldowod": g_pldowod, "uapass": g_uapass,
    "uaid": g_uaid, "rupass": g_rupass, "iban": g_iban, "card": g_card, "ruacct": g_ruacct,
    "cat": lambda r, *parts: "".join(parts),
    "rand": lambda r, prefix, kind, n: prefix + _pick(r, {"hex": "0123456789abcdef", "alnum": ALNUM, "up": UPALNUM, "dig": string.digits}[kind], int(n)),
    "aad": lambda r: _pick(r, ALNUM, 3) + "8Q~" + _pick(r, ALNUM + "_-.~", 34),
    "pem": g_pem, "pem_inline": g_pem_inline,
}


def render(rel, text):
    """Return (rendered_text, labels) for one template."""
    names = {}
    out = []
    labels = []
    pos = 0
    line = 1
    for idx, m in enumerate(MARK.finditer(text)):
        pre = text[pos:m.start()]
        out.append(pre)
        line += pre.count("\n")
        cls, kind, spec = m.group(1), m.group(2), m.group(3)
        offset = 0
        if kind == ":":
            value = label = spec
        elif kind == "=":
            if spec.startswith("b64:"):
                value = label = base64.b64encode(names[spec[4:]].encode()).decode()
            else:
                value = label = names[spec]
        else:
            name = None
            if "#" in spec:
                spec, name = spec.rsplit("#", 1)
            parts = spec.split("|")
            rng = random.Random("%s|%s|%d|%s" % (SEED, rel, idx, spec))
            if parts[0] == "basic":
                value = label = base64.b64encode((parts[1] + ":" + names[parts[2]]).encode()).decode()
            else:
                res = GENS[parts[0]](rng, *parts[1:])
                if isinstance(res, tuple):
                    value, label, offset = res
                else:
                    value = label = res
            if name:
                names[name] = value
        if not label:
            raise SystemExit("empty label in %s line %d" % (rel, line))
        labels.append({"file": rel, "line": line + offset, "value": label, "class": CLASSES[cls]})
        out.append(value)
        line += value.count("\n")
        pos = m.end()
    out.append(text[pos:])
    rendered = "".join(out)
    if "⟦" in rendered or "⟧" in rendered:
        raise SystemExit("unbalanced marker in %s" % rel)
    lines = rendered.split("\n")
    for lab in labels:
        if lab["value"] not in lines[lab["line"] - 1]:
            raise SystemExit("label not found on its line: %r" % lab)
    return rendered, labels


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    all_labels = []
    files = []
    for root, dirs, fnames in os.walk(TPL):
        dirs.sort()
        for fn in sorted(fnames):
            files.append(os.path.relpath(os.path.join(root, fn), TPL).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8") as fh:
            text = fh.read()
        rendered, labels = render(rel, text)
        dst = os.path.join(outdir, "app", *rel.split("/"))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rendered)
        all_labels.extend(labels)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for lab in all_labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(all_labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
