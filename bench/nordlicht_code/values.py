"""Value generators (stdlib only). All secrets are produced at build time."""
import base64
import hashlib
import json
import random
import string

R = random.Random(20240611)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"


def rs(n, alphabet=AN):
    return "".join(R.choice(alphabet) for _ in range(n))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------- secrets
def aws_key_id():
    return "AKIA" + rs(16, UP + "234567")


def aws_secret():
    return rs(40, AN + "/+")


def gcp_api_key():
    return "AIza" + rs(35, AN + "-_")


def azure_storage_key():
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()


def github_pat():
    return "ghp_" + rs(36)


def github_fine():
    return "github_pat_" + rs(22) + "_" + rs(59)


def gitlab_pat():
    return "glpat-" + rs(20, AN + "-_")


def gitlab_runner():
    return "glrt-" + rs(20, AN + "-_")


def slack_bot():
    return "xoxb-%s-%s-%s" % (rs(12, DG), rs(13, DG), rs(24))


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24))


def stripe_live():
    return "sk_live_" + rs(24)


def stripe_restricted():
    return "rk_live_" + rs(24)


def stripe_whsec():
    return "whsec_" + rs(32)


def twilio_sid():
    return "AC" + rs(32, HEX)


def twilio_token():
    return rs(32, HEX)


def twilio_api_key():
    return "SK" + rs(32, HEX)


def sendgrid():
    return "SG." + rs(22, AN + "-_") + "." + rs(43, AN + "-_")


def datadog_api():
    return rs(32, HEX)


def datadog_app():
    return rs(40, HEX)


def sentry_token():
    return "sntrys_" + b64url(json.dumps({"iat": 1712000000, "url": "https://sentry.io", "org": "nordlicht"}).encode()) + "_" + rs(43)


def sentry_dsn_key():
    return rs(32, HEX)


def npm_token():
    return "npm_" + rs(36)


def jwt(sub="svc-triage"):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    p = b64url(json.dumps({"sub": sub, "iss": "auth.nordlicht.intern", "iat": 1718000000 + R.randint(0, 99999)}).encode())
    s = b64url(bytes(R.getrandbits(8) for _ in range(32)))
    return "%s.%s.%s" % (h, p, s)


def pem(kind="RSA PRIVATE KEY", lines=12):
    body = [rs(64, B64) for _ in range(lines)] + [rs(R.randint(20, 60), B64) + "=="]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(body), kind)


def password(n=None):
    n = n or R.randint(14, 22)
    core = [R.choice(UP), R.choice(LO), R.choice(DG), R.choice("!#%&*+-=?@^_")]
    core += [R.choice(AN + "!#%*+-=?_") for _ in range(n - 4)]
    R.shuffle(core)
    return "".join(core)


def word_password():
    words = ["Fjord", "Lingon", "Tulp", "Kanel", "Moltebaer", "Croissant", "Sill", "Dijk", "Polder", "Renbiff"]
    return R.choice(words) + R.choice(["!", "#", "@", "_"]) + rs(2, DG) + R.choice(words).lower() + rs(2, DG)


def hex_key(n=64):
    return rs(n, HEX)


def b64_key(nbytes=32):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def api_key_generic():
    return "nlh_" + rs(32)


def client_secret():
    return rs(R.choice([32, 40]), AN + "~._-")


def django_key():
    return rs(50, LO + DG + "!@#%^&*(-_=+)")


# ---------------------------------------------------------------- pii
def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def personnummer(sep="-"):
    sep = "" if sep == "nosep" else sep
    y = R.randint(40, 99)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    n = R.randint(100, 999)
    base = "%02d%02d%02d%03d" % (y, m, d, n)
    return "%s%s%s" % (base[:6], sep, base[6:] + luhn_digit(base))


def fodselsnummer():
    while True:
        d = "%02d%02d%02d%03d" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), R.randint(0, 499))
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(d, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d2 = d + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(d2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return d2 + str(k2)


def bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def nir(spaced=True):
    sex = R.choice("12")
    yy = "%02d" % R.randint(45, 99)
    mm = "%02d" % R.randint(1, 12)
    dep = "%02d" % R.choice([13, 31, 33, 44, 59, 67, 69, 75, 92, 93])
    com = "%03d" % R.randint(1, 399)
    order = "%03d" % R.randint(1, 999)
    n = sex + yy + mm + dep + com + order
    key = "%02d" % (97 - int(n) % 97)
    if spaced:
        return " ".join([sex, yy, mm, dep, com, order, key])
    return n + key


def _iban(cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    return cc + "%02d" % chk + bban


def iban(cc, spaced=False):
    if cc == "SE":
        b = rs(20, DG)
    elif cc == "NO":
        b = rs(11, DG)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO", "SNSB"]) + rs(10, DG)
    elif cc == "FR":
        b = rs(23, DG)
    else:
        b = rs(14, DG)
    v = _iban(cc, b)
    if spaced:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def card(prefix="4", length=16, spaced=False):
    prefix = str(prefix)
    while True:
        body = prefix + rs(length - len(prefix) - 1, DG)
        v = body + luhn_digit(body)
        if v.startswith("4242424242424242"):
            continue
        if spaced:
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v


def user_ip():
    return "%d.%d.%d.%d" % (R.choice([83, 85, 90, 94, 145, 176, 213, 62, 77, 81]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))


def mrn():
    return "NLH-MRN-%07d" % R.randint(100000, 9999999)
