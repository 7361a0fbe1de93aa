"""Value generators and the file registry of the application-code detection set
(bench/app_code_detection.py): `@@KIND:tag@@` in a file's text becomes a value made here, the
same for one tag everywhere, from a fixed seed."""
import random, string, base64, json, re
R = random.Random(20240917)
UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
AN = UP + LO + DG
def rs(n, alpha=AN): return "".join(R.choice(alpha) for _ in range(n))
def hexs(n): return rs(n, "0123456789abcdef")
def b64url(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def jwt(payload):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    s = b64url(bytes(R.getrandbits(8) for _ in range(32)))
    return f"{h}.{p}.{s}"
def pem(kind="RSA PRIVATE KEY", lines=12):
    body = base64.b64encode(bytes(R.getrandbits(8) for _ in range(48*lines))).decode()
    ls = [body[i:i+64] for i in range(0, len(body), 64)]
    if kind == "RSA PRIVATE KEY": ls[0] = "MIIEpAIBAAKCAQEA" + ls[0][16:]
    if kind == "PRIVATE KEY": ls[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + ls[0][32:]
    return f"-----BEGIN {kind}-----\n" + "\n".join(ls) + f"\n-----END {kind}-----"
def luhn_card(prefix="4", n=16):
    d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(n - len(prefix) - 1)]
    for chk in range(10):
        ds = d + [chk]; s = 0
        for i, x in enumerate(reversed(ds)):
            if i % 2: x *= 2; x = x - 9 if x > 9 else x
            s += x
        if s % 10 == 0: return "".join(map(str, ds))
def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"
def pw(n=14):
    alpha = AN + "!#%^*-_+="
    while True:
        s = rs(n, alpha)
        if any(c in DG for c in s) and any(c in UP for c in s) and any(c in LO for c in s): return s

GEN = {
 "AKIA": lambda: "AKIA" + rs(16, UP + "234567"),
 "ASIA": lambda: "ASIA" + rs(16, UP + "234567"),
 "AWSSEC": lambda: rs(40, AN + "/+"),
 "GHP": lambda: "ghp_" + rs(36),
 "GHO": lambda: "gho_" + rs(36),
 "GHPAT": lambda: "github_pat_" + rs(22) + "_" + rs(59),
 "GLPAT": lambda: "glpat-" + rs(20, AN + "_-"),
 "XOXB": lambda: f"xoxb-{rs(11, DG)}-{rs(13, DG)}-{rs(24)}",
 "XOXP": lambda: f"xoxp-{rs(11, DG)}-{rs(11, DG)}-{rs(13, DG)}-{hexs(32)}",
 "SLACKHOOK": lambda: f"https://hooks.slack.com/services/T{rs(8, UP+DG)}/B{rs(10, UP+DG)}/{rs(24)}",
 "SKLIVE": lambda: "sk_live_" + rs(24),
 "SKLIVE99": lambda: "sk_live_51" + rs(97),
 "RKLIVE": lambda: "rk_live_" + rs(24),
 "WHSEC": lambda: "whsec_" + rs(32),
 "AIZA": lambda: "AIza" + rs(35, AN + "_-"),
 "TWSID": lambda: "AC" + hexs(32),
 "TWSK": lambda: "SK" + hexs(32),
 "HEX32": lambda: hexs(32), "HEX40": lambda: hexs(40), "HEX64": lambda: hexs(64),
 "B64_32": lambda: base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode(),
 "B64_48": lambda: base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(),
 "SG": lambda: "SG." + rs(22, AN + "_-") + "." + rs(43, AN + "_-"),
 "NPM": lambda: "npm_" + rs(36),
 "AZKEY": lambda: base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode(),
 "PW": pw,
 "DJSECRET": lambda: "django-insecure-" + rs(50, LO + DG + "!@#$%^&*(-_=+)"),
 "OPENAI": lambda: "sk-proj-" + rs(48, AN + "_-") + "T3BlbkFJ" + rs(48, AN + "_-"),
 "MAILGUN": lambda: "key-" + hexs(32),
 "SHPAT": lambda: "shpat_" + hexs(32),
 "PYPI": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(140, AN + "_-"),
 "DDKEY": lambda: hexs(32),
 "CARD": lambda: luhn_card("4"), "MCARD": lambda: luhn_card("51"), "AMEX": lambda: luhn_card("37", 15),
 "IBANDE": lambda: iban("DE", rs(18, DG)), "IBANGB": lambda: iban("GB", "NWBK" + rs(14, DG)),
 "IBANFR": lambda: iban("FR", rs(23, DG)),
 "UUID": lambda: f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}",
 "SHA256": lambda: hexs(64), "SHA1": lambda: hexs(40), "SHA512B64": lambda: base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode(),
 "PEMRSA": lambda: pem("RSA PRIVATE KEY"), "PEMEC": lambda: pem("EC PRIVATE KEY", 3),
 "PEMPK": lambda: pem("PRIVATE KEY", 14), "PEMSSH": lambda: pem("OPENSSH PRIVATE KEY", 6),
 "PNGB64": lambda: "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(90))).decode(),
}
def jwt_user(): return jwt({"sub": "u_" + rs(10, DG), "name": "svc-payments", "iat": 1716239022, "exp": 1747775022, "role": "admin"})
GEN["JWT"] = jwt_user
CACHE = {}
def resolve(tok):
    if tok not in CACHE:
        kind = tok.split(":")[0]
        v = GEN[kind]()
        CACHE[tok] = v
    return CACHE[tok]
PH = re.compile(r"@@([A-Z0-9_]+(?::[A-Za-z0-9]+)?)((?:__[A-Z][A-Za-z0-9]*)*)@@")
def fill(s):
    def rep(m):
        v = resolve(m.group(1))
        for t in [x for x in m.group(2).split("__") if x]:
            if t == "J": v = v.replace("\n", "\\n")
            elif t.startswith("I"): v = v.replace("\n", "\n" + " " * int(t[1:]))
            elif t == "B": v = base64.b64encode(v.encode()).decode()
            elif t == "L1": v = v.split("\n")[1]
            elif t == "Q": v = v.replace("\n", "\\n\" +\n    \"")
        return v
    return PH.sub(rep, s)
FILES = {}
def F(path, content, labels):
    FILES[path] = (content, labels)
