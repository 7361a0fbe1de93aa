#!/usr/bin/env python3
"""Build the Baobab Pay held-out evaluation repository.

Usage: python bench/baobab_code/build.py OUTDIR

Renders every file under templates/ (a trailing ".tpl" is stripped from the
name) into OUTDIR/app/ and writes OUTDIR/labels.json.

Inline markers in templates:
  «c=literal»            emit literal, label it with class c
  «c:gen[:arg...]»       emit a generated value, label it with class c
  «c:gen[:arg...]#name»  same, but the value is cached under name and reused
  «c:@name»              re-emit a cached value (labelled)
  «c:@name[a:b]»         re-emit a slice of a cached value
  «c:b64@name»           re-emit base64 of a cached value
  «c~text {gen:args#name} text»  emit text with generated parts, label whole
class c is one of s (secret), p (pii), i (infra), r (proprietary),
n (none) or - (emit without a label).

Generated values are produced from random.Random seeded per key from a fixed
seed string, so the output is byte-for-byte deterministic and no well-formed
credential is stored in this folder (provider prefixes are assembled here from
pieces).
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = "baobab-pay-heldout-2024-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"s": "secret", "p": "pii", "i": "infra", "r": "proprietary", "n": "none"}

MARK = re.compile(r"«([spirn-])([=:~])(.*?)»", re.S)
INNER = re.compile(r"\{([^{}]+)\}")

ALNUM = string.ascii_letters + string.digits
UPAL = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rnd(key):
    return random.Random(hashlib.sha256((SEED + "|" + key).encode()).hexdigest())


def pick(r, alphabet, n):
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


def iban(r, cc, bank):
    bban = bank + pick(r, string.digits, 22 - (len(bank) - 2))
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(conv) % 97
    return "%s%02d%s" % (cc, check, bban)


def nuban(r, bank):
    serial = pick(r, string.digits, 9)
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    s = sum(int(c) * w[i] for i, c in enumerate(bank + serial))
    c = (10 - s % 10) % 10
    return serial + str(c)


DER_PREFIX = {
    "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
    "PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
    "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIU",
}


def pem(r, label, nbytes, width=64):
    raw = base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
    prefix = DER_PREFIX[label]
    body = prefix + raw[len(prefix):]
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    armour = "-" * 5
    head = armour + "BEGIN " + label + armour
    tail = armour + "END " + label + armour
    # the first OpenSSH body line is a constant header; label the next one
    first = lines[1] if label == "OPENSSH PRIVATE KEY" else lines[0]
    return "\n".join([head] + lines + [tail]), first


WORDS = ["Mbuyu", "Simba", "Tembo", "Kilima", "Jollof", "Savanna", "Nyota",
         "Ubuntu", "Sahel", "Baobab", "Kora", "Djembe", "Harmattan", "Zuri"]


def gen(kind, args, r):
    """Return (text, label_substring)."""
    a0 = args[0] if args else None
    if kind == "hex":
        v = pick(r, "0123456789abcdef", int(a0))
    elif kind == "HEX":
        v = pick(r, "0123456789ABCDEF", int(a0))
    elif kind == "alnum":
        v = pick(r, ALNUM, int(a0))
    elif kind == "upal":
        v = pick(r, UPAL, int(a0))
    elif kind == "digits":
        v = pick(r, "123456789", 1) + pick(r, string.digits, int(a0) - 1)
    elif kind == "b64":
        v = base64.b64encode(bytes(r.getrandbits(8) for _ in range(int(a0)))).decode()
    elif kind == "b64url":
        v = base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(int(a0)))).decode().rstrip("=")
    elif kind == "pw":  # human-ish password
        v = r.choice(WORDS) + r.choice("!@#$%*") + str(r.randint(1990, 2025)) + pick(r, string.ascii_lowercase, 2)
    elif kind == "pwr":  # random strong password
        v = pick(r, ALNUM + "!*-_.~^", int(a0 or 20))
    elif kind == "paystack_sk":
        v = "sk_" + "live_" + pick(r, "0123456789abcdef", 40)
    elif kind == "paystack_pk":
        v = "pk_" + "live_" + pick(r, "0123456789abcdef", 40)
    elif kind == "flw_sk":
        v = "FLWSECK" + "-" + pick(r, "0123456789abcdef", 32) + "-X"
    elif kind == "aws_akid":
        v = "AK" + "IA" + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    elif kind == "aws_secret":
        v = pick(r, ALNUM + "/+", 40)
    elif kind == "ghp":
        v = "gh" + "p_" + pick(r, ALNUM, 36)
    elif kind == "ghs":
        v = "gh" + "s_" + pick(r, ALNUM, 36)
    elif kind == "glpat":
        v = "gl" + "pat-" + pick(r, ALNUM + "_-", 20)
    elif kind == "npm":
        v = "np" + "m_" + pick(r, ALNUM, 36)
    elif kind == "dckr":
        v = "dckr" + "_pat_" + pick(r, ALNUM + "_-", 27)
    elif kind == "slack_bot":
        v = "xox" + "b-" + pick(r, string.digits, 12) + "-" + pick(r, string.digits, 13) + "-" + pick(r, ALNUM, 24)
    elif kind == "slack_hook":
        v = ("https://hooks." + "slack.com/services/T" + pick(r, UPAL, 8) + "/B" + pick(r, UPAL, 10)
             + "/" + pick(r, ALNUM, 24))
    elif kind == "sendgrid":
        v = "S" + "G." + pick(r, ALNUM + "_-", 22) + "." + pick(r, ALNUM + "_-", 43)
    elif kind == "at_key":
        v = "at" + "sk_" + pick(r, "0123456789abcdef", 64)
    elif kind == "google":
        v = "AI" + "za" + pick(r, ALNUM + "_-", 35)
    elif kind == "stripe_wh":
        v = "wh" + "sec_" + pick(r, ALNUM, 32)
    elif kind == "jwt":
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        sub = a0 or "2547" + pick(r, string.digits, 8)
        pl = json.dumps({"sub": sub, "iat": 1710400000 + r.randint(0, 90000), "scope": "wallet:rw"},
                        separators=(",", ":")).encode()
        pl = base64.urlsafe_b64encode(pl).decode().rstrip("=")
        v = hdr + "." + pl + "." + pick(r, ALNUM + "_-", 43)
    elif kind == "b64pair":
        v = base64.b64encode((pick(r, ALNUM, 48) + ":" + pick(r, ALNUM, 16)).encode()).decode()
    elif kind == "fcm":
        v = "AAAA" + pick(r, ALNUM + "_-", 7) + ":APA91b" + pick(r, ALNUM + "_-", 134)
        if a0 == "b64":
            v = base64.b64encode(v.encode()).decode()
    elif kind == "laravel_key":
        v = "base64:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    elif kind == "totp":
        v = pick(r, B32, int(a0 or 32))
    elif kind == "pem":
        label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pk8": "PRIVATE KEY",
                 "ssh": "OPENSSH PRIVATE KEY", "pub": "PUBLIC KEY",
                 "cert": "CERTIFICATE"}[a0]
        n = {"rsa": 600, "ec": 121, "pk8": 640, "ssh": 400, "pub": 294, "cert": 700}[a0]
        width = 70 if a0 == "ssh" else 64
        text, first = pem(r, label, n, width)
        if len(args) > 1:  # indent continuation lines (YAML block scalars)
            text = text.replace("\n", "\n" + " " * int(args[1]))
        return text, first
    elif kind == "ssh_pub":
        blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " +
                                bytes(r.getrandbits(8) for _ in range(32))).decode()
        v = "ssh-ed25519 " + blob
    elif kind == "uuid":
        h = pick(r, "0123456789abcdef", 32)
        v = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    elif kind == "sri":
        v = "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
    elif kind == "h1":  # go.sum style
        v = "h1:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    elif kind == "card":
        prefix = {"visa": "4" + pick(r, string.digits, 5), "mc": "5" + r.choice("12345") + pick(r, string.digits, 4),
                  "verve": "506099"}[a0]
        length = 19 if a0 == "verve" else 16
        body = prefix + pick(r, string.digits, length - 1 - len(prefix))
        v = body + luhn_digit(body)
        if len(args) > 1 and args[1] == "sp":
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif kind == "imei":
        body = r.choice(["35", "86", "35"]) + pick(r, string.digits, 12)
        v = body + luhn_digit(body)
    elif kind == "iban":
        v = iban(r, a0, args[1])
        if len(args) > 2 and args[2] == "sp":
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif kind == "nuban":
        v = nuban(r, a0)
    elif kind == "nin":
        v = pick(r, "123456789", 1) + pick(r, string.digits, 10)
    elif kind == "bvn":
        v = "22" + pick(r, string.digits, 9)
    elif kind == "kra":
        v = "A" + pick(r, string.digits, 9) + r.choice(string.ascii_uppercase)
    elif kind == "ghcard":
        v = "GHA-" + pick(r, string.digits, 9) + "-" + pick(r, string.digits, 1)
    elif kind == "za_id":
        yy, mm, dd = r.randint(60, 99), r.randint(1, 12), r.randint(1, 28)
        body = "%02d%02d%02d%04d%d8" % (yy, mm, dd, r.randint(0, 9999), r.randint(0, 1))
        v = body + luhn_digit(body)
    elif kind == "ke_id":
        v = str(r.randint(20000000, 39999999))
    elif kind == "ip":  # ip:41.90 -> random host in that /16
        parts = a0.split(".")
        while len(parts) < 4:
            parts.append(str(r.randint(1, 254)))
        v = ".".join(parts)
    elif kind == "awsacct":
        v = pick(r, "123456789", 1) + pick(r, string.digits, 11)
    elif kind == "awsid":  # vpc / subnet / sg
        v = a0 + "-0" + pick(r, "0123456789abcdef", 16)
    else:
        raise SystemExit("unknown generator: " + kind)
    return v, v


class Ctx:
    def __init__(self):
        self.named = {}
        self.lenient = False


def produce2(body, keybase, ctx, relpath):
    name = None
    if "#" in body and not body.startswith("@"):
        body, name = body.rsplit("#", 1)
    ref = re.fullmatch(r"(b64)?@([\w.-]+)(?:\[(-?\d*):(-?\d*)\])?", body)
    if ref:
        if ref.group(2) not in ctx.named:
            if ctx.lenient:
                return "pending", "pending"
            raise SystemExit("%s: unknown ref %s" % (relpath, ref.group(2)))
        v = ctx.named[ref.group(2)]
        if ref.group(3) is not None:
            a = int(ref.group(3)) if ref.group(3) else None
            b = int(ref.group(4)) if ref.group(4) else None
            v = v[a:b]
        if ref.group(1):
            v = base64.b64encode(v.encode()).decode()
        return v, v
    parts = body.split(":")
    key = name if name else keybase + ":" + body
    if name and name in ctx.named:
        v = ctx.named[name]
        return v, v
    emit, lab = gen(parts[0], parts[1:], rnd(key))
    if name:
        ctx.named[name] = emit
    return emit, lab


def produce(body, keybase, ctx, relpath):
    return produce2(body, keybase, ctx, relpath)[0]


def render(relpath, text, ctx):
    out = []
    labels = []  # (offset, value, class)
    pos = 0
    idx = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        base = sum(len(x) for x in out)
        cls, op, body = m.group(1), m.group(2), m.group(3)
        if op == "=":
            emit, lab, lab_off = body, body, 0
        elif op == "~":
            sub = [0]

            def inner(mm):
                sub[0] += 1
                return produce(mm.group(1), "%s#%d.%d" % (relpath, idx, sub[0]), ctx, relpath)
            emit = lab = INNER.sub(inner, body)
            lab_off = 0
        else:
            emit, lab = produce2(body, "%s#%d" % (relpath, idx), ctx, relpath)
            lab_off = emit.index(lab)
        idx += 1
        out.append(emit)
        if cls != "-":
            labels.append((base + lab_off, lab, CLASSES[cls]))
    out.append(text[pos:])
    result = "".join(out)
    if "«" in result or "»" in result:
        raise SystemExit("%s: unbalanced marker" % relpath)
    return result, labels


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    ctx = Ctx()
    files = []
    for root, _dirs, names in os.walk(TPL):
        for n in names:
            files.append(os.path.relpath(os.path.join(root, n), TPL).replace(os.sep, "/"))
    files.sort()
    # first pass: resolve every «...#name» definition so that «@name» references
    # work regardless of file order
    ctx.lenient = True
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8") as fh:
            render(rel, fh.read(), ctx)
    ctx.lenient = False
    all_labels = []
    seen = set()
    for rel in files:
        with open(os.path.join(TPL, rel), encoding="utf-8") as fh:
            text = fh.read()
        dest = rel[:-4] if rel.endswith(".tpl") else rel
        result, labels = render(dest, text, ctx)
        path = os.path.join(app, dest)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(result)
        lines = result.split("\n")
        for off, value, cls in labels:
            line = result.count("\n", 0, off) + 1
            if not value or value not in lines[line - 1]:
                raise SystemExit("label check failed: %s:%d %r" % (dest, line, value))
            k = (dest, line, value)
            if k in seen:
                raise SystemExit("duplicate label: %s:%d %r" % k)
            seen.add(k)
            all_labels.append({"file": dest, "line": line, "value": value, "class": cls})
        if dest.endswith((".json", ".ipynb")):
            try:
                json.loads(result)
            except ValueError as e:
                raise SystemExit("invalid JSON in %s: %s" % (dest, e))
    all_labels.sort(key=lambda d: (d["file"], d["line"], d["value"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for d in all_labels:
        counts[d["class"]] = counts.get(d["class"], 0) + 1
    print("files: %d  labels: %d  %s" % (len(files), len(all_labels),
                                          " ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
