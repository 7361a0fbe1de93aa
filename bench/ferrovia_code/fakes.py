"""Random value generators (all values produced at build time from a seeded RNG)."""
import base64
import json
import random
import string
import uuid

rng = random.Random(0)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"


def seed(n):
    rng.seed(n)


def r(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(n):
    return r(HEX, n)


def b64bytes(n, urlsafe=False):
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    if urlsafe:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def git_sha():
    return hexs(40)


# ---------------------------------------------------------------- secrets
def aws_key_id(prefix="AKIA"):
    return prefix + r(B32, 16)


def aws_secret():
    return r(B64, 40)


def gcp_api_key():
    return "AIza" + r(B64URL, 35)


def azure_client_secret():
    return r(ALNUM, 3) + r(DIG, 1) + "Q~" + r(ALNUM + "_.-", 34)


def azure_storage_key():
    return b64bytes(64)


def github_pat():
    return "ghp_" + r(ALNUM, 36)


def github_fine_pat():
    return "github_pat_" + r(UP + DIG, 22) + "_" + r(ALNUM, 59)


def github_app_token():
    return "ghs_" + r(ALNUM, 36)


def gitlab_pat():
    return "glpat-" + r(ALNUM + "_-", 20)


def gitlab_runner_token():
    return "glrt-" + r(ALNUM + "_-", 20)


def slack_bot():
    return f"xoxb-{r(DIG, 12)}-{r(DIG, 13)}-{r(ALNUM, 24)}"


def slack_user():
    return f"xoxp-{r(DIG, 12)}-{r(DIG, 12)}-{r(DIG, 13)}-{hexs(32)}"


def slack_webhook():
    return f"https://hooks.slack.com/services/T{r(UP + DIG, 9)}/B{r(UP + DIG, 10)}/{r(ALNUM, 24)}"


def stripe_live(kind="sk"):
    return f"{kind}_live_" + r(ALNUM, 99 if kind == "sk" else 24)


def stripe_whsec():
    return "whsec_" + r(ALNUM, 32)


def twilio_token():
    return hexs(32)


def twilio_sid():
    return "AC" + hexs(32)


def twilio_api_key():
    return "SK" + hexs(32)


def sendgrid():
    return "SG." + r(ALNUM + "_-", 22) + "." + r(ALNUM + "_-", 43)


def mailgun():
    return "key-" + hexs(32)


def datadog_api():
    return hexs(32)


def datadog_app():
    return hexs(40)


def npm_token():
    return "npm_" + r(ALNUM, 36)


def pypi_token():
    return "pypi-AgEIcHlwaS5vcmc" + r(B64URL, 150)


def heroku_key():
    return uid()


def jwt(payload, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = b64u(json.dumps(payload, separators=(",", ":")))
    sig = b64bytes(256 if alg.startswith("RS") else 32, urlsafe=True)
    return f"{h}.{p}.{sig}"


def _pem_body(nbytes, prefix=""):
    body = prefix + b64bytes(nbytes)
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def pem_rsa(indent=""):
    lines = ["-----BEGIN RSA PRIVATE KEY-----"] + _pem_body(1190, "MIIEpAIBAAKCAQEA") + ["-----END RSA PRIVATE KEY-----"]
    return ("\n" + indent).join(lines)


def pem_pkcs8(indent=""):
    lines = ["-----BEGIN PRIVATE KEY-----"] + _pem_body(1212, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") + ["-----END PRIVATE KEY-----"]
    return ("\n" + indent).join(lines)


def pem_ec(indent=""):
    lines = ["-----BEGIN EC PRIVATE KEY-----"] + _pem_body(118, "MHcCAQEEI") + ["-----END EC PRIVATE KEY-----"]
    return ("\n" + indent).join(lines)


def openssh_key(indent=""):
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + b64bytes(330)
    lines = ["-----BEGIN OPENSSH PRIVATE KEY-----"] + [body[i:i + 70] for i in range(0, len(body), 70)] + ["-----END OPENSSH PRIVATE KEY-----"]
    return ("\n" + indent).join(lines)


_WORDS = ["Gleis", "Wagon", "Bahn", "Frete", "Carga", "Tren", "Linha", "Depot", "Freight", "Rail",
          "Stellwerk", "Vagao", "Anden", "Kessel", "Kupplung", "Puerto", "Faro", "Brisa"]


def password(kind="mixed"):
    if kind == "human":
        w1, w2 = rng.sample(_WORDS, 2)
        return f"{w1}{rng.choice('!#$%&*')}{w2}{r(DIG, 4)}{rng.choice('!?.#')}"
    if kind == "long":
        return r(ALNUM + "!#%^*_-+=", 32)
    return r(ALNUM, 6) + rng.choice("!#%*$") + r(ALNUM, 5) + r(DIG, 3) + rng.choice("!#%*$") + r(ALNUM, 4)


def api_key(n=40):
    return r(ALNUM, n)


def hmac_key():
    return hexs(64)


def fernet_key():
    return b64bytes(32, urlsafe=True) + "="


def aes_key_b64():
    return b64bytes(32)


def django_secret():
    return r(LO + DIG + "!@#%^&*(-_=+)", 50)


# ---------------------------------------------------------------- pii
def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d = d * 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    return "".join(map(str, digits)) + str(check)


def card(kind="visa", sep=""):
    if kind == "visa":
        n = luhn_complete(rng.choice(["4539", "4716", "4024", "4556", "4929"]), 16)
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + r(DIG, 2), 16)
    else:
        n = luhn_complete(rng.choice(["34", "37"]), 15)
        if sep:
            return sep.join([n[:4], n[4:10], n[10:]])
        return n
    if sep:
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def iban(country, spaced=False):
    if country == "DE":
        bban = r(DIG, 18)
    elif country == "ES":
        bban = r(DIG, 20)
    elif country == "PT":
        bban = r(DIG, 21)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + r(DIG, 14)
    elif country == "FR":
        bban = r(DIG, 23)
    else:
        raise ValueError(country)
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    s = f"{country}{check:02d}{bban}"
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn():
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_nino():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = r(DIG, 6)
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def steuer_id():
    while True:
        digits = rng.sample(range(10), 9)
        if digits[0] == 0:
            continue
        dup = rng.choice(digits[1:])
        pos = rng.randint(1, 9)
        ten = digits[:]
        ten.insert(pos, dup)
        if ten[0] == 0:
            continue
        break
    product = 10
    for d in ten:
        s = (d + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return "".join(map(str, ten)) + str(check)


def dni_es():
    n = rng.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nif_pt():
    base = [rng.choice([1, 2])] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(d * (9 - i) for i, d in enumerate(base))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return "".join(map(str, base)) + str(c)


def cpf_br():
    base = [rng.randint(0, 9) for _ in range(9)]
    s = sum(d * (10 - i) for i, d in enumerate(base))
    d1 = (s * 10) % 11 % 10
    s = sum(d * (11 - i) for i, d in enumerate(base + [d1]))
    d2 = (s * 10) % 11 % 10
    n = "".join(map(str, base + [d1, d2]))
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def public_ip():
    first = rng.choice([31, 37, 46, 62, 77, 79, 81, 85, 89, 91, 93, 95, 109, 151, 176, 178, 185, 187, 189, 201, 213, 217])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def dob(fmt="iso"):
    y, m, d = rng.randint(1958, 2001), rng.randint(1, 12), rng.randint(1, 28)
    if fmt == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if fmt == "de":
        return f"{d:02d}.{m:02d}.{y:04d}"
    if fmt == "us":
        return f"{m:02d}/{d:02d}/{y:04d}"
    return f"{d:02d}/{m:02d}/{y:04d}"


# ------------------------------------------------------------- people
_NAMES = {
    "DE": (["Jonas", "Lena", "Matthias", "Katrin", "Stefan", "Anja", "Tobias", "Sabine", "Henrik", "Ute"],
           ["Müller", "Schneider", "Fischer", "Weber", "Hoffmann", "Becker", "Wagner", "Krüger", "Lindemann", "Vogt"]),
    "ES": (["Alejandro", "Lucía", "Javier", "Carmen", "Sergio", "Marta", "Álvaro", "Nerea"],
           ["García Ortega", "Fernández", "López Ibarra", "Martínez", "Ruiz", "Navarro", "Iglesias", "Sáez"]),
    "PT": (["João", "Ana", "Rui", "Beatriz", "Tiago", "Inês", "Duarte", "Leonor"],
           ["Oliveira", "Santos", "Ferreira", "Costa", "Carvalho", "Almeida", "Rebelo", "Pinto"]),
    "BR": (["Thiago", "Larissa", "Rafael", "Camila", "Gustavo", "Fernanda"],
           ["Souza", "Lima", "Barbosa", "Ribeiro", "Teixeira", "Moura"]),
    "GB": (["Oliver", "Amelia", "Harry", "Charlotte", "George", "Imogen"],
           ["Whitfield", "Hargreaves", "Pemberton", "Ashworth", "Fairbairn", "Oakley"]),
    "US": (["Michael", "Jessica", "Tyler", "Ashley", "Brandon", "Megan"],
           ["Kowalski", "Reynolds", "Delgado", "Thompson", "Brennan", "Castillo"]),
}
_MAIL = {"DE": ["web.de", "gmx.de", "t-online.de"], "ES": ["hotmail.es", "gmail.com", "telefonica.net"],
         "PT": ["sapo.pt", "gmail.com", "outlook.pt"], "BR": ["uol.com.br", "gmail.com", "bol.com.br"],
         "GB": ["btinternet.com", "yahoo.co.uk", "gmail.com"], "US": ["gmail.com", "outlook.com", "comcast.net"]}
_STREETS = {"DE": [("Friedrichstraße", "10117 Berlin"), ("Schanzenstraße", "20357 Hamburg"), ("Leopoldstraße", "80802 München"), ("Hohenzollernring", "50672 Köln")],
            "ES": [("Calle de Alcalá", "28028 Madrid"), ("Carrer de Provença", "08036 Barcelona"), ("Avenida de la Constitución", "41004 Sevilla")],
            "PT": [("Rua Augusta", "1100-053 Lisboa"), ("Rua de Santa Catarina", "4000-447 Porto"), ("Avenida da Liberdade", "1250-096 Lisboa")],
            "BR": [("Av. Paulista", "01310-200 São Paulo - SP"), ("Rua da Assembleia", "20011-001 Rio de Janeiro - RJ")],
            "GB": [("Wellington Road", "Leeds LS1 4AP"), ("Albion Street", "Manchester M1 5NZ"), ("Castle Terrace", "Edinburgh EH1 2DP")],
            "US": [("W Division St", "Chicago, IL 60622"), ("Folsom Street", "San Francisco, CA 94107"), ("Ponce de Leon Ave NE", "Atlanta, GA 30308")]}


def _strip(s):
    tr = str.maketrans("üöäßáéíóúãõçâêôàñÁÉÍÓÚÃÕÇÂÊÔÀÑÜÖÄ", "uoasaeiouaocaeoanAEIOUAOCAEOANUOA")
    return s.translate(tr).lower().replace(" ", "")


def phone(country):
    if country == "DE":
        return rng.choice([f"+49 30 {r(DIG, 4)} {r(DIG, 4)}", f"+49 (0)171 {r(DIG, 7)}", f"0151 {r(DIG, 8)}", f"+49 40 {r(DIG, 3)}-{r(DIG, 4)}"])
    if country == "ES":
        return f"+34 6{r(DIG, 2)} {r(DIG, 3)} {r(DIG, 3)}"
    if country == "PT":
        return f"+351 91{r(DIG, 1)} {r(DIG, 3)} {r(DIG, 3)}"
    if country == "BR":
        return f"+55 11 9{r(DIG, 4)}-{r(DIG, 4)}"
    if country == "GB":
        return rng.choice([f"+44 7{r(DIG, 3)} {r(DIG, 6)}", f"020 7{r(DIG, 3)} {r(DIG, 4)}"])
    return rng.choice([f"+1 (312) {rng.randint(201, 989)}-{r(DIG, 4)}", f"+1-646-{rng.randint(201, 989)}-{r(DIG, 4)}", f"(415) {rng.randint(201, 989)}-{r(DIG, 4)}"])


def address(country):
    street, city = rng.choice(_STREETS[country])
    n = rng.randint(2, 240)
    if country in ("GB", "US"):
        return f"{n} {street}, {city}"
    if country == "ES":
        return f"{street} {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {city}"
    return f"{street} {n}, {city}"


def national_id(country):
    return {"DE": steuer_id, "ES": dni_es, "PT": nif_pt, "BR": cpf_br, "GB": uk_nino, "US": ssn}[country]()


def iban_for(country):
    return iban({"DE": "DE", "ES": "ES", "PT": "PT", "GB": "GB", "US": "FR", "BR": "PT"}[country])


class Person:
    def __init__(self, country, employee):
        firsts, lasts = _NAMES[country]
        self.country = country
        self.first = rng.choice(firsts)
        self.last = rng.choice(lasts)
        self.name = f"{self.first} {self.last}"
        f, l = _strip(self.first), _strip(self.last.split()[0])
        self.username = (f[0] + l)[:12]
        if employee:
            self.email = f"{f}.{l}@ferrovia-logistics.com"
        else:
            self.email = rng.choice([f"{f}.{l}", f"{f}{l}{rng.randint(7, 99)}", f"{f[0]}{l}"]) + "@" + rng.choice(_MAIL[country])
        self.phone = phone(country)
        self.address = address(country)
        self.nid = national_id(country)
        self.iban = iban_for(country)
        self.dob = dob(rng.choice(["iso", "de", "us", "eu"]))
        self.ip = public_ip()


_seen = set()


def person(country=None, employee=False):
    for _ in range(200):
        c = country or rng.choice(list(_NAMES))
        p = Person(c, employee)
        if p.name not in _seen and p.email not in _seen and p.username not in _seen:
            _seen.update([p.name, p.email, p.username])
            return p
    raise RuntimeError("ran out of unique names")


def aws_account():
    return str(rng.randint(100000000000, 999999999999))
