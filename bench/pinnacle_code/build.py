#!/usr/bin/env python3
"""Deterministic builder for the Pinnacle Counsel held-out scanner benchmark.

Usage: python bench/pinnacle_code/build.py OUTDIR

Templates live in templates/ (relative to this file).  Inline markers:
  «C=literal»                 literal value, labelled with class C
  «C:gen(arg)#key[a:b]»       generated value (optional arg, optional cache key,
                              optional slice), labelled with class C
  C is one of S (secret), P (pii), I (infra), R (proprietary), N (none).
  Markers with class X are generated but not labelled (used for helper text).
No real credential is stored: provider prefixes are assembled from pieces and
random bodies come from random.Random seeded per key.
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

SEED = "pinnacle-counsel-heldout-2024"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "R": "proprietary", "N": "none"}
MARK = re.compile(r"«([SPIRNX])([:=])(.+?)»")
GEN_RE = re.compile(r"^([a-z0-9_]+)(?:\((.*?)\))?(?:#([\w.-]+))?(?:\[(-?\d*):(-?\d*)\])?$")

ALNUM = string.ascii_letters + string.digits
UPDIG = string.ascii_uppercase + string.digits
LOWDIG = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def uuid_from(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


WORDS = ["harbour", "maple", "gavel", "brief", "docket", "cedar", "falcon", "lumen",
         "quartz", "tundra", "willow", "verdict", "ledger", "summit", "ember", "osprey"]


def human_password(r):
    w = r.choice(WORDS)
    w = w[0].upper() + w[1:]
    w = w.replace("a", "@", 1) if r.random() < 0.5 else w.replace("o", "0", 1)
    return w + str(r.randint(10, 9999)) + r.choice("!#$%*?")


def pem_body(r, kind):
    lines = []
    n = 25 if kind == "RSA" else 4
    raw = b64(r, 48 * n)
    for i in range(0, len(raw), 64):
        lines.append(raw[i:i + 64])
    if kind == "RSA":
        lines[0] = "MIIEow" + "IBAAKCAQEA" + lines[0][16:]
    return lines


# ---------------------------------------------------------------- generators
def g_stripe_live(r, a):
    return "sk_" + "live_" + rs(r, ALNUM, 24)


def g_stripe_rk(r, a):
    return "rk_" + "live_" + rs(r, ALNUM, 24)


def g_stripe_pk_test(r, a):
    return "pk_" + "test_" + rs(r, ALNUM, 24)


def g_whsec(r, a):
    return "wh" + "sec_" + rs(r, ALNUM, 32)


def g_gh_pat(r, a):
    return "gh" + "p_" + rs(r, ALNUM, 36)


def g_aws_akid(r, a):
    return "AK" + "IA" + rs(r, UPDIG.replace("0", "").replace("1", ""), 16)


def g_aws_secret(r, a):
    return rs(r, ALNUM + "+/", 40)


def g_slack_bot(r, a):
    return "xox" + "b-" + str(r.randint(10**10, 10**11)) + "-" + str(r.randint(10**12, 10**13)) + "-" + rs(r, ALNUM, 24)


def g_slack_hook(r, a):
    return "https://hooks." + "slack.com/services/T" + rs(r, UPDIG, 8) + "/B" + rs(r, UPDIG, 10) + "/" + rs(r, ALNUM, 24)


def g_teams_hook(r, a):
    g1, g2 = uuid_from(r), uuid_from(r)
    return ("https://pinnaclecounsel.webhook.office.com/webhookb2/" + g1 + "@" + g2 +
            "/IncomingWebhook/" + rs(r, HEX, 32) + "/" + uuid_from(r))


def g_azure_key(r, a):
    return b64(r, 64)


def g_azure_conn(r, a):
    acct = a or "stpcldocsprod"
    return ("DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=" + b64(r, 64) +
            ";EndpointSuffix=core.windows.net")


def g_sas(r, a):
    return ("sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z"
            "&spr=https&sig=" + b64(r, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))


def g_sendgrid(r, a):
    return "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)


def g_twilio_token(r, a):
    return rs(r, HEX, 32)


def g_twilio_sid(r, a):
    return "AC" + rs(r, HEX, 32)


def g_hex(r, a):
    return rs(r, HEX, int(a or 64))


def g_alnum(r, a):
    return rs(r, ALNUM, int(a or 32))


def g_b64(r, a):
    return b64(r, int(a or 32))


def g_b64url(r, a):
    return b64url(r, int(a or 32))


def g_password(r, a):
    return human_password(r)


def g_strongpw(r, a):
    return rs(r, ALNUM + "!@#%^*-_", int(a or 20))


def g_openai(r, a):
    return "sk-" + "proj-" + rs(r, ALNUM + "-_", 48)


def g_google_key(r, a):
    return "AI" + "za" + "Sy" + rs(r, ALNUM + "-_", 33)


def g_mailgun(r, a):
    return "key-" + rs(r, HEX, 32)


def g_npm(r, a):
    return "np" + "m_" + rs(r, ALNUM, 36)


def g_ado_pat(r, a):
    return rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)


def g_aad_secret(r, a):
    return rs(r, ALNUM, 3) + str(r.randint(1, 9)) + "Q~" + rs(r, ALNUM + "-_.~", 34)


def g_totp(r, a):
    return rs(r, B32, 32)


def g_recovery(r, a):
    return rs(r, LOWDIG, 5) + "-" + rs(r, LOWDIG, 5)


def g_jwt(r, a):
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    payload = json.dumps({"sub": "usr_" + rs(r, LOWDIG, 10), "role": a or "attorney",
                          "iat": 1716200000 + r.randint(0, 10**6)}, separators=(",", ":"))
    pl = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return hdr + "." + pl + "." + b64url(r, 32)


def g_fernet(r, a):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def g_sentry(r, a):
    return "https://" + rs(r, HEX, 32) + "@o" + str(r.randint(100000, 999999)) + ".ingest.sentry.io/" + str(r.randint(1000000, 9999999))


def g_datadog(r, a):
    return rs(r, HEX, 32)


def g_docusign_secret(r, a):
    return uuid_from(r)


def g_pem(r, a):
    kind = a or "RSA"
    head = "-----BEGIN " + ("RSA PRIVATE" if kind == "RSA" else kind + " PRIVATE") + " KEY-----"
    tail = "-----END " + ("RSA PRIVATE" if kind == "RSA" else kind + " PRIVATE") + " KEY-----"
    body = pem_body(r, kind)
    return head + "\n" + "\n".join(body) + "\n" + tail


def g_pem_line1(r, a):
    # only the first body line (for label); use with cache key shared with g_pem
    return pem_body(r, a or "RSA")[0]


def g_ssh_pub(r, a):
    return "ssh-" + "rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64(r, 200).replace("=", "")[:300]


def g_session(r, a):
    return b64url(r, 48) + "--" + rs(r, HEX, 40)


def g_commit(r, a):
    return rs(r, HEX, 40)


def g_sha256(r, a):
    return rs(r, HEX, 64)


def g_integrity(r, a):
    return "sha512-" + b64(r, 64)


def g_uuid(r, a):
    return uuid_from(r)


def g_basic_b64(r, a):
    user = a or "svc_ediscovery"
    return base64.b64encode((user + ":" + human_password(r)).encode()).decode()


def g_b64_secret(r, a):
    # base64 of a provider key, as found in k8s secrets
    return base64.b64encode(g_stripe_live(r, None).encode()).decode()


def g_b64_ado_pat(r, a):
    return base64.b64encode(g_ado_pat(r, a).encode()).decode()


def g_vault_token(r, a):
    return "hv" + "s." + rs(r, ALNUM, 24)


def g_hmac(r, a):
    return b64(r, 32)


def g_dropbox(r, a):
    return "sl." + rs(r, ALNUM + "-_", 60)


def g_clio(r, a):
    return rs(r, ALNUM, 40)


# ---- PII
FIRST = ["Geneviève", "Mathieu", "Chloé", "Étienne", "Priya", "Harjit", "Wei", "Olumide",
         "Siobhan", "Marcus", "Aaliyah", "Dmitri", "Thérèse", "Yusuf", "Ingrid", "Rafael"]
LAST = ["Tremblay", "Gagnon", "Côté", "Bouchard", "Sandhu", "Nakamura", "Okafor", "Brennan",
        "Lachance", "Delgado", "Kowalczyk", "Nguyen", "Bélanger", "Whitfield", "Fortin", "Haddad"]


def g_name(r, a):
    return r.choice(FIRST) + " " + r.choice(LAST)


def g_sin(r, a):
    first = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9]))
    partial = first + "".join(str(r.randint(0, 9)) for _ in range(7))
    d = partial + luhn_digit(partial)
    sep = a if a is not None else " "
    return d[0:3] + sep + d[3:6] + sep + d[6:9]


def g_ssn(r, a):
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    sep = "-" if a is None else a
    return "%03d%s%02d%s%04d" % (area, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def g_phone_ca(r, a):
    area = a or r.choice(["514", "438", "416", "647", "613", "604", "418", "403"])
    return "(%s) %d-%04d" % (area, r.randint(220, 989), r.randint(0, 9999))


def g_phone_us(r, a):
    area = a or r.choice(["212", "646", "312", "617", "415", "202", "713"])
    fmt = r.choice(["%s-%d-%04d", "%s.%d.%04d", "+1 %s %d %04d"])
    return fmt % (area, r.randint(220, 989), r.randint(0, 9999))


def g_phone_e164(r, a):
    area = a or r.choice(["514", "416", "647", "212", "917"])
    return "+1%s%d%04d" % (area, r.randint(220, 989), r.randint(0, 9999))


def g_card(r, a):
    prefix = a or r.choice(["4", "51", "53", "37"])
    length = 15 if prefix.startswith("3") else 16
    partial = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return partial + luhn_digit(partial)


def g_card_spaced(r, a):
    c = g_card(r, a)
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def g_aba(r, a):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def g_acct(r, a):
    return "".join(str(r.randint(0, 9)) for _ in range(int(a or 10)))


def g_ca_bank(r, a):
    # transit-institution-account
    inst = a or r.choice(["001", "002", "003", "004", "006", "815"])
    return "%05d-%s-%07d" % (r.randint(1, 99999), inst, r.randint(0, 9999999))


def g_ohip(r, a):
    return "%04d-%03d-%03d-%s" % (r.randint(1000, 9999), r.randint(0, 999), r.randint(0, 999), rs(r, string.ascii_uppercase, 2))


def g_ramq(r, a):
    # LLLF YYMM DDSS
    last, first = (a or "TREG").split("/")[0][:4].upper(), ""
    yy, mm, dd = r.randint(50, 99), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.5:
        mm += 50
    return "%s %02d%02d %02d%02d" % (last, yy, mm, dd, r.randint(10, 99))


def g_passport_ca(r, a):
    return rs(r, string.ascii_uppercase, 2) + "%06d" % r.randint(0, 999999)


def g_passport_us(r, a):
    return str(r.randint(5, 9)) + "%08d" % r.randint(0, 99999999)


def g_dl_on(r, a):
    ln = (a or "B")[0]
    return "%s%04d-%05d-%05d" % (ln, r.randint(0, 9999), r.randint(0, 99999), r.randint(0, 99999))


def g_dob(r, a):
    y, m, d = r.randint(1948, 2001), r.randint(1, 12), r.randint(1, 28)
    fmt = a or "iso"
    if fmt == "us":
        return "%02d/%02d/%d" % (m, d, y)
    if fmt == "fr":
        return "%02d/%02d/%d" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d)


def g_client_ip(r, a):
    first = r.choice([24, 45, 50, 64, 67, 70, 72, 74, 76, 96, 99, 108, 142, 173, 184, 206, 207])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def g_plate_qc(r, a):
    return "%s%d %s" % (rs(r, UPDIG[:26], 1), r.randint(10, 99), rs(r, UPDIG[:26], 3))


def g_plate_on(r, a):
    return "%s %03d" % (rs(r, string.ascii_uppercase, 4), r.randint(0, 999))


def g_ein(r, a):
    return "%02d-%07d" % (r.randint(10, 99), r.randint(0, 9999999))


def g_itin(r, a):
    return "9%02d-%d-%04d" % (r.randint(0, 99), r.choice([70, 71, 72, 78, 80, 85, 90, 92]), r.randint(0, 9999))


def g_mrn(r, a):
    return (a or "MRN") + "-" + "%07d" % r.randint(0, 9999999)


def g_imei(r, a):
    partial = "35" + "".join(str(r.randint(0, 9)) for _ in range(12))
    return partial + luhn_digit(partial)


# ---- infra
def g_priv_ip(r, a):
    kind = a or r.choice(["10", "172", "192"])
    if kind == "10":
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
    if kind == "172":
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
    return "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254))


def g_sub_id(r, a):
    return uuid_from(r)


# ---- none
def g_semver(r, a):
    return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 40))


GENS = {k[2:]: v for k, v in globals().items() if k.startswith("g_")}


class Builder:
    def __init__(self):
        self.cache = {}
        self.labels = []
        self.counters = {}

    def gen(self, spec, relpath):
        m = GEN_RE.match(spec)
        if not m:
            raise SystemExit("bad generator spec %r in %s" % (spec, relpath))
        name, arg, key, sa, sb = m.groups()
        if name not in GENS:
            raise SystemExit("unknown generator %r in %s" % (name, relpath))
        if key:
            ck = (name, arg, key)
            if ck not in self.cache:
                r = random.Random("%s|%s|%s|%s" % (SEED, name, arg, key))
                self.cache[ck] = GENS[name](r, arg)
            val = self.cache[ck]
        else:
            n = self.counters.get((relpath, name), 0)
            self.counters[(relpath, name)] = n + 1
            r = random.Random("%s|%s|%s|%s|%d" % (SEED, relpath, name, arg, n))
            val = GENS[name](r, arg)
        if sa is not None or sb is not None:
            val = val[int(sa) if sa else None:int(sb) if sb else None]
        return val

    def render(self, relpath, text):
        out = []
        pos = 0
        lineno = 1
        for m in MARK.finditer(text):
            before = text[pos:m.start()]
            out.append(before)
            lineno += before.count("\n")
            cls, op, spec = m.groups()
            val = spec if op == "=" else self.gen(spec, relpath)
            if "\n" in val:
                lines = val.split("\n")
                # label the first body line of a multi-line value
                idx = 1 if len(lines) > 2 else 0
                lab_val, lab_line = lines[idx], lineno + idx
            else:
                lab_val, lab_line = val, lineno
            if cls != "X":
                self.labels.append({"file": relpath, "line": lab_line, "value": lab_val,
                                    "class": CLASSES[cls]})
            out.append(val)
            lineno += val.count("\n")
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    b = Builder()
    files = {}
    for root, dirs, fnames in os.walk(TPL):
        dirs.sort()
        for fn in sorted(fnames):
            full = os.path.join(root, fn)
            rel = os.path.relpath(full, TPL).replace(os.sep, "/")
            if rel.endswith(".tpl"):
                rel = rel[:-4]
            with open(full, encoding="utf-8") as fh:
                text = fh.read()
            if re.search(r"«[SPIRNX][:=]", MARK.sub("", text)):
                raise SystemExit("unbalanced marker in %s" % rel)
            files[rel] = b.render(rel, text)
    # verify labels
    errors = []
    for lab in b.labels:
        lines = files[lab["file"]].split("\n")
        if lab["line"] > len(lines) or lab["value"] not in lines[lab["line"] - 1]:
            errors.append(lab)
        if not lab["value"].strip():
            errors.append(lab)
    if errors:
        for e in errors[:20]:
            print("LABEL NOT FOUND:", e, file=sys.stderr)
        raise SystemExit("%d label(s) failed verification" % len(errors))
    for rel, text in sorted(files.items()):
        dst = os.path.join(appdir, *rel.split("/"))
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    b.labels.sort(key=lambda x: (x["file"], x["line"], x["value"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(b.labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for lab in b.labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(files), len(b.labels), json.dumps(counts, sort_keys=True)))


if __name__ == "__main__":
    main()
