#!/usr/bin/env python3
"""Build the Ironbridge Systems held-out evaluation repository.

Usage:  python bench/ironbridge_code/build.py OUTDIR

Reads every file under templates/ (next to this script), expands inline markers and
writes OUTDIR/app/<same relative path> plus OUTDIR/labels.json.

Marker syntax (markers never span lines in the template):
    «X:literal text»      emit literal text, label it with class X
    «X=gen»               emit a generated value, label it with class X
    «X=gen:arg»           generator with one argument
    «X=gen#name»          named value: same generator+name gives the same value everywhere
    «X=gen:arg#name»
Classes: S secret, P pii, I infra, C proprietary (confidential), N none (look-alike).

Generated credential-like values are assembled from pieces at build time and have random
bodies (random.Random seeded per value), so no well-formed key is stored in templates/.
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
import uuid

SEED = "ironbridge-heldout-2025-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "C": "proprietary", "N": "none"}
MARKER = re.compile(r"«([SPICN])([:=])(.*?)»")

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
LOWER_NUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# ---------------------------------------------------------------- credential generators
WORDS = ["Harbour", "Girder", "Tamarack", "Falcon", "Copper", "Meadow", "Quarry", "Lantern",
         "Saltire", "Bramble", "Osprey", "Granite", "Thistle", "Juniper", "Ember", "Rivet",
         "Marlin", "Cobalt", "Heron", "Sparrow", "Basalt", "Orchard", "Pylon", "Wicket"]
SYMS = "!*-_.+^~"


def g_pw(rng, arg):
    """Human-ish or random passwords. arg: 'url' -> URL-safe characters only."""
    style = rng.randrange(4)
    if arg == "url":
        style = rng.choice([0, 3])
    if style == 0:
        s = rng.choice(WORDS) + rng.choice(WORDS) + str(rng.randrange(10, 99)) + (
            "" if arg == "url" else rng.choice("!*.^"))
        if arg == "url":
            s += rng.choice("-_.~")
        return s
    if style == 1:
        return rng.choice(WORDS) + rng.choice(["@", "#", "!", "$$"]).replace("$$", "!") + str(
            rng.randrange(2019, 2026)) + rng.choice(["", "!", "?"])
    if style == 2:
        return _pick(rng, ALNUM + SYMS, rng.randrange(16, 24))
    return _pick(rng, ALNUM, rng.randrange(18, 28))


def g_stripe(rng, arg):
    return ("rk" if arg == "rk" else "sk") + "_" + "live" + "_" + _pick(rng, ALNUM, 24)


def g_ghp(rng, arg):
    return "gh" + (arg or "p") + "_" + _pick(rng, ALNUM, 36)


def g_akid(rng, arg):
    return "AK" + "IA" + _pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def g_awsexample(rng, arg):
    """AWS documentation example key id (look-alike)."""
    return "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"


def g_aws_secret(rng, arg):
    return _pick(rng, ALNUM + "/+", 40)


def g_slack_bot(rng, arg):
    return "xox" + (arg or "b") + "-" + str(rng.randrange(10 ** 10, 10 ** 11)) + "-" + str(
        rng.randrange(10 ** 12, 10 ** 13)) + "-" + _pick(rng, ALNUM, 24)


def g_slack_hook(rng, arg):
    return "https://hooks." + "slack.com/services/T" + _pick(rng, UPPER_NUM, 8) + "/B" + _pick(
        rng, UPPER_NUM, 10) + "/" + _pick(rng, ALNUM, 24)


def g_teams_hook(rng, arg):
    return ("https://ironbridgesys.webhook.office.com/webhookb2/" + str(uuid.UUID(int=rng.getrandbits(128)))
            + "@" + str(uuid.UUID(int=rng.getrandbits(128))) + "/IncomingWebhook/" + _pick(rng, HEX, 32)
            + "/" + str(uuid.UUID(int=rng.getrandbits(128))))


def g_sendgrid(rng, arg):
    return "SG" + "." + _pick(rng, B64URL, 22) + "." + _pick(rng, B64URL, 43)


def g_gcp(rng, arg):
    return "AI" + "za" + "Sy" + _pick(rng, B64URL, 33)


def g_npm(rng, arg):
    return "np" + "m_" + _pick(rng, ALNUM, 36)


def g_glpat(rng, arg):
    return "gl" + "pat-" + _pick(rng, B64URL, 20)


def g_vault(rng, arg):
    return "hv" + "s." + _pick(rng, ALNUM, 24)


def g_dckr(rng, arg):
    return "dckr" + "_pat_" + _pick(rng, B64URL, 27)


def g_pagerduty(rng, arg):
    return _pick(rng, ALNUM, 20)


def g_whsec(rng, arg):
    return "wh" + "sec_" + _pick(rng, ALNUM, 32)


def g_dburl(rng, arg):
    """arg 'scheme://user@host/rest' -> same URL with a generated password after the user."""
    scheme, _, rest = arg.partition("://")
    user, _, host = rest.partition("@")
    return scheme + "://" + user + ":" + g_pw(rng, "url") + "@" + host


def g_twsid(rng, arg):
    return "A" + "C" + _pick(rng, HEX, 32)


def g_hex(rng, arg):
    return _pick(rng, HEX, int(arg or 32))


def g_HEX(rng, arg):
    return _pick(rng, "0123456789ABCDEF", int(arg or 32))


def g_alnum(rng, arg):
    return _pick(rng, ALNUM, int(arg or 32))


def g_b64(rng, arg):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(int(arg or 32)))).decode()


def g_b64url(rng, arg):
    return _b64url(bytes(rng.getrandbits(8) for _ in range(int(arg or 32))))


def g_b64pw(rng, arg):
    """base64 of a generated password (k8s Secret data style)."""
    return base64.b64encode(g_pw(rng, arg).encode()).decode()


def g_azkey(rng, arg):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()


def g_azconn(rng, arg):
    acct = arg or "ibprodlogs"
    return ("DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=" + g_azkey(rng, None)
            + ";EndpointSuffix=core.windows.net")


def g_sbconn(rng, arg):
    ns = arg or "ib-prod-events"
    return ("Endpoint=sb://" + ns + ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
            "SharedAccessKey=" + g_b64(rng, 32))


def g_jwt(rng, arg):
    head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64url(json.dumps({"sub": str(rng.randrange(10 ** 5, 10 ** 6)), "org": "ironbridge",
                               "scope": arg or "ledger:admin", "iat": 1712000000 + rng.randrange(10 ** 6)},
                              separators=(",", ":")).encode())
    return head + "." + body + "." + _b64url(bytes(rng.getrandbits(8) for _ in range(32)))


def g_totp(rng, arg):
    return _pick(rng, B32, int(arg or 32))


def g_recovery(rng, arg):
    return _pick(rng, LOWER_NUM, 5) + "-" + _pick(rng, LOWER_NUM, 5)


def g_django(rng, arg):
    return _pick(rng, string.ascii_lowercase + string.digits + "!@#%^*(-_=+)", 50)


def g_fernet(rng, arg):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()


def g_twilio_tok(rng, arg):
    return _pick(rng, HEX, 32)


def g_datadog(rng, arg):
    return _pick(rng, HEX, 32)


def g_sessid(rng, arg):
    return _pick(rng, LOWER_NUM, 32)


def _pem(rng, kind, indent, joiner):
    lead = {"RSA": "MIIEowIBAAKCAQEA", "EC": "MHcCAQEEI", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAA",
            "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"}[kind]
    nlines = {"RSA": 25, "EC": 3, "OPENSSH": 6, "": 25}[kind]
    body = []
    for i in range(nlines):
        ln = _pick(rng, B64, 64)
        if i == 0:
            ln = lead + ln[len(lead):]
        body.append(ln)
    body[-1] = body[-1][:rng.randrange(20, 60)] + ("=" if kind != "OPENSSH" else "")
    label = "KEY-----"
    name = (kind + " " if kind else "") + "PRIVATE " + label
    head = "-----" + "BEGIN " + name
    tail = "-----" + "END " + name
    lines = [head] + body + [tail]
    sep = joiner if joiner is not None else "\n" + " " * indent
    return sep.join(lines), body[0]


def g_pem_rsa(rng, arg):
    return _pem(rng, "RSA", int(arg or 0), None)


def g_pem_rsa_json(rng, arg):
    return _pem(rng, "RSA", 0, "\\n")


def g_pem_pkcs8(rng, arg):
    return _pem(rng, "", int(arg or 0), None)


def g_pem_ec(rng, arg):
    return _pem(rng, "EC", int(arg or 0), None)


def g_pem_openssh(rng, arg):
    return _pem(rng, "OPENSSH", int(arg or 0), None)


def g_pubkey(rng, arg):
    """ssh public key (look-alike, not a secret)."""
    return "ssh-" + "ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _pick(rng, B64, 43) + " " + (arg or "deploy@ironbridge")


def g_integrity(rng, arg):
    return "sha512-" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()


def g_uuid(rng, arg):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def g_sha(rng, arg):
    return _pick(rng, HEX, 40)


def g_bcrypt(rng, arg):
    return "$2b$12$" + _pick(rng, "./" + ALNUM, 53)


# ---------------------------------------------------------------- PII generators (check digits)
def g_ssn(rng, arg):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def g_nino(rng, arg):
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        p = rng.choice([c for c in string.ascii_uppercase if c not in bad1]) + rng.choice(
            [c for c in string.ascii_uppercase if c not in bad2])
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = "%06d" % rng.randrange(10 ** 6)
    s = rng.choice("ABCD")
    if arg == "sp":
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    return p + d + s


def g_nhs(rng, arg):
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        r = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if r == 11:
            r = 0
        if r != 10:
            break
    s = "".join(map(str, d)) + str(r)
    return s[:3] + " " + s[3:6] + " " + s[6:] if arg == "sp" else s


def _iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def g_iban(rng, arg):
    cc, fmt = (arg or "GB").split("/")[0], (arg or "").split("/")[1:] or [""]
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "%06d" % rng.randrange(10 ** 6) + "%08d" % rng.randrange(10 ** 8)
    elif cc == "DE":
        bban = "%08d" % rng.randrange(10 ** 7, 10 ** 8) + "%010d" % rng.randrange(10 ** 10)
    elif cc == "FR":
        bank, gui, acc = "%05d" % rng.randrange(10 ** 5), "%05d" % rng.randrange(10 ** 5), "%011d" % rng.randrange(10 ** 11)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97
        bban = bank + gui + acc + "%02d" % key
    else:
        raise ValueError(cc)
    iban = cc + _iban_check(cc, bban) + bban
    return _group4(iban) if fmt[0] == "sp" else iban


def _luhn_complete(prefix, length, rng):
    d = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return d + str((10 - total % 10) % 10)


def g_card(rng, arg):
    kind, _, fmt = (arg or "visa").partition("/")
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return n[:4] + " " + n[4:10] + " " + n[10:] if fmt == "sp" else n
    n = _luhn_complete(rng.choice(["4", "51", "52", "55"]), 16, rng)
    if fmt == "sp":
        return _group4(n)
    if fmt == "dash":
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def g_steuerid(rng, arg):
    while True:
        digits = rng.sample(range(10), 9)
        digits.append(rng.choice(digits))
        rng.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:2] + " " + s[2:5] + " " + s[5:8] + " " + s[8:] if arg == "sp" else s


def g_nir(rng, arg):
    sex = rng.choice("12")
    yy, mm = "%02d" % rng.randrange(50, 100), "%02d" % rng.randrange(1, 13)
    dept = "%02d" % rng.choice([13, 31, 33, 44, 59, 67, 69, 75, 92, 93])
    com, order = "%03d" % rng.randrange(1, 990), "%03d" % rng.randrange(1, 999)
    n13 = sex + yy + mm + dept + com + order
    key = "%02d" % (97 - int(n13) % 97)
    if arg == "sp":
        return " ".join([sex, yy, mm, dept, com, order, key])
    return n13 + key


def g_ein(rng, arg):
    return "%02d-%07d" % (rng.choice([12, 13, 20, 26, 27, 45, 46, 54, 81, 84, 88]), rng.randrange(10 ** 7))


GENERATORS = {k[2:]: v for k, v in globals().items() if k.startswith("g_") and callable(v)}


# ---------------------------------------------------------------- expansion
class BuildError(Exception):
    pass


def expand(rel, text, named):
    """Return (output_text, [(offset, value, class)])."""
    out, labels, pos, idx = [], [], 0, 0
    cur = 0  # length of out so far
    for m in MARKER.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        cls, kind, body = CLASSES[m.group(1)], m.group(2), m.group(3)
        idx += 1
        if kind == ":":
            emitted, value = body, body
        else:
            spec, _, name = body.partition("#")
            gen, _, arg = spec.partition(":")
            if gen not in GENERATORS:
                raise BuildError("%s: unknown generator %r" % (rel, gen))
            key = (spec, name) if name else None
            if key and key in named:
                res = named[key]
            else:
                seed = "%s|%s|%s" % (SEED, spec, name) if name else "%s|%s|%d" % (SEED, rel, idx)
                res = GENERATORS[gen](random.Random(seed), arg or None)
                if key:
                    named[key] = res
            emitted, value = res if isinstance(res, tuple) else (res, res)
        if not value:
            raise BuildError("%s: empty label value in marker %r" % (rel, m.group(0)))
        off = emitted.find(value)
        if off < 0:
            raise BuildError("%s: label value not inside emitted text" % rel)
        labels.append((cur + off, value, cls))
        out.append(emitted)
        cur += len(emitted)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    if "«" in result or "»" in result:
        raise BuildError("%s: unexpanded or malformed marker remains" % rel)
    return result, labels


def build(outdir):
    app = os.path.join(outdir, "app")
    named, all_labels, nfiles = {}, [], 0
    rels = []
    for root, dirs, files in os.walk(TEMPLATES):
        dirs.sort()
        for f in sorted(files):
            full = os.path.join(root, f)
            rels.append(os.path.relpath(full, TEMPLATES).replace(os.sep, "/"))
    for rel in sorted(rels):
        with open(os.path.join(TEMPLATES, rel), encoding="utf-8", newline="") as fh:
            text = fh.read()
        result, labels = expand(rel, text, named)
        if rel.endswith(".json") or rel.endswith(".ipynb"):
            try:
                json.loads(result)
            except ValueError as exc:
                raise BuildError("%s: output is not valid JSON: %s" % (rel, exc))
        lines = result.split("\n")
        for off, value, cls in labels:
            lineno = result.count("\n", 0, off) + 1
            if value not in lines[lineno - 1]:
                raise BuildError("%s:%d: label %r not found on its line" % (rel, lineno, value))
            all_labels.append({"file": rel, "line": lineno, "value": value, "class": cls})
        dest = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(result)
        nfiles += 1
    all_labels.sort(key=lambda d: (d["file"], d["line"], d["value"], d["class"]))
    seen = set()
    for d in all_labels:
        k = (d["file"], d["line"], d["value"])
        if k in seen:
            raise BuildError("duplicate label %r" % (k,))
        seen.add(k)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return nfiles, all_labels


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: build.py OUTDIR\n")
        return 2
    try:
        nfiles, labels = build(argv[1])
    except BuildError as exc:
        sys.stderr.write("BUILD FAILED: %s\n" % exc)
        return 1
    counts = {}
    for d in labels:
        counts[d["class"]] = counts.get(d["class"], 0) + 1
    print("files=%d labels=%d %s" % (nfiles, len(labels), json.dumps(counts, sort_keys=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
