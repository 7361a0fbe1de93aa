#!/usr/bin/env python3
"""Build the "Quillon Financial" held-out evaluation repository.

Usage: python bench/quillon_code/build.py OUTDIR

Templates live in bench/quillon_code/templates/ and mirror OUTDIR/app/.
Inline markers are rendered here; this script computes line numbers and
writes OUTDIR/labels.json.

Marker syntax (never nested):
    «X:gen#inst»   value produced by generator `gen` (instance `inst`, cached)
    «X|literal»    literal text, labelled as-is
where X is one of
    S secret, P pii, I infra, R proprietary, N none, _ (insert, no label).

Every secret-looking value is generated at build time from a fixed-seed
random.Random, so no well-formed credential is stored in this folder;
provider prefixes and PEM armour are assembled from pieces.
"""
import base64
import json
import os
import random
import re
import string
import struct
import sys
import unicodedata
import zlib

SEED = "quillon-financial/heldout/v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "R": "proprietary", "N": "none"}

DASH5 = "-" * 5


def R(key):
    return random.Random(SEED + ":" + key)


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def asciify(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------
# armour / key material
# --------------------------------------------------------------------------

def armour(kind):
    begin = DASH5 + "BEG" + "IN " + kind + DASH5
    end = DASH5 + "E" + "ND " + kind + DASH5
    return begin, end


PRIV = "PRIV" + "ATE KEY"


def pem_block(r, kind, prefix_hex, nbytes, width=64):
    body = base64.b64encode(bytes.fromhex(prefix_hex) + rbytes(r, nbytes)).decode()
    begin, end = armour(kind)
    lines = [begin] + [body[i:i + width] for i in range(0, len(body), width)] + [end]
    return "\n".join(lines), begin


def g_pem_rsa(r, inst):
    return pem_block(r, "RSA " + PRIV, "308204a40201000282010100", 1180)


def g_pem_pkcs8(r, inst):
    return pem_block(r, PRIV, "308204bd020100300d06092a864886f70d0101010500048204a7", 1190)


def g_pem_ec(r, inst):
    return pem_block(r, "EC " + PRIV, "30770201010420", 114)


def g_pem_json(r, inst):
    """Service-account style private key, single line with escaped newlines."""
    text, begin = g_pem_pkcs8(r, inst)
    return text.replace("\n", "\\n") + "\\n", begin


def g_openssh(r, inst):
    def sstr(b):
        return struct.pack(">I", len(b)) + b
    pub = sstr(b"ssh-" + b"ed25519") + sstr(rbytes(r, 32))
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"")
            + struct.pack(">I", 1) + sstr(pub) + sstr(rbytes(r, 144)))
    body = base64.b64encode(blob).decode()
    begin, end = armour("OPENSSH " + PRIV)
    lines = [begin] + [body[i:i + 70] for i in range(0, len(body), 70)] + [end]
    return "\n".join(lines), begin


def g_pgp_private(r, inst):
    data = bytes([0x95, 0x03, 0xC6, 0x04]) + rbytes(r, 940)
    body = base64.b64encode(data).decode()
    crc = base64.b64encode(struct.pack(">I", zlib.crc32(data) & 0xFFFFFF)[1:]).decode()
    begin, end = armour("PGP " + "PRIV" + "ATE KEY BLOCK")
    lines = [begin, "Comment: Quillon BACS signing (ops)", ""]
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    lines += ["=" + crc, end]
    return "\n".join(lines), begin


def g_pgp_public(r, inst):
    data = bytes([0x99, 0x01, 0x8D, 0x04]) + rbytes(r, 395)
    body = base64.b64encode(data).decode()
    begin, end = armour("PGP PUBLIC KEY BLOCK")
    lines = [begin, ""] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["=" + rs(r, B64, 4), end]
    return "\n".join(lines), begin


def g_pem_public(r, inst):
    return pem_block(r, "PUBLIC KEY", "30820122300d06092a864886f70d01010105000382010f00", 270)


def g_pem_cert(r, inst):
    return pem_block(r, "CERTIFICATE", "308203", 760)


def g_ssh_ed25519_pub(r, inst):
    blob = struct.pack(">I", 11) + b"ssh-" + b"ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return base64.b64encode(blob).decode()


def g_ssh_rsa_pub(r, inst):
    blob = struct.pack(">I", 7) + b"ssh-rsa" + struct.pack(">I", 3) + b"\x01\x00\x01" + struct.pack(">I", 257) + b"\x00" + rbytes(r, 256)
    return base64.b64encode(blob).decode()


def g_ecdsa_pub(r, inst):
    blob = (struct.pack(">I", 19) + b"ecdsa-sha2-nistp256" + struct.pack(">I", 8) + b"nistp256"
            + struct.pack(">I", 65) + b"\x04" + rbytes(r, 64))
    return base64.b64encode(blob).decode()


def g_hashed_host(r, inst):
    return "|1|" + base64.b64encode(rbytes(r, 20)).decode() + "|" + base64.b64encode(rbytes(r, 20)).decode()


# --------------------------------------------------------------------------
# provider credentials
# --------------------------------------------------------------------------

def jwt(r, header, payload, siglen=43):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(r, B64U, siglen)


def g_jwt(r, inst):
    sub = rs(r, DG, 8)
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"sub": "cust-" + sub, "iss": "https://auth.quillon.co.uk", "aud": "lending-api",
                "iat": 1709817600 + r.randint(0, 9_000_000), "scope": "loans:read loans:write"})


def g_kube_sa_token(r, inst):
    return jwt(r, {"alg": "RS256", "kid": rs(r, B64U, 43)},
               {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci-deployer",
                "kubernetes.io/serviceaccount/service-account.name": "argocd-manager",
                "sub": "system:serviceaccount:ci-deployer:argocd-manager"}, siglen=342)


def g_kube_client_key(r, inst):
    text, _ = g_pem_ec(r, inst)
    return base64.b64encode((text + "\n").encode()).decode()


def g_kube_bootstrap(r, inst):
    return rs(r, LO + DG, 6) + "." + rs(r, LO + DG, 16)


def pw_human(r):
    words = ["Harbour", "Kowhai", "Pukeko", "Springbok", "Wallaby", "Shamrock", "Biltong", "Jandal",
             "Brekkie", "Taniwha", "Currach", "Bogong", "Tui", "Fynbos", "Dunedin", "Skerries",
             "Galah", "Koru", "Kereru", "Banter", "Cuppa", "Marmite", "Vegemite", "Braai"]
    a, b = r.sample(words, 2)
    return a + r.choice("!*.-_") + b + str(r.randint(10, 2025))


def g_pw(r, inst):
    return pw_human(r)


def g_pw_strong(r, inst):
    s = rs(r, AN, 14) + r.choice("!*-_.") + rs(r, AN, 5)
    return s


def g_aws_akid(r, inst):
    return "AK" + "IA" + rs(r, UP + "234567", 16)


def g_aws_asia(r, inst):
    return "AS" + "IA" + rs(r, UP + "234567", 16)


def g_aws_secret(r, inst):
    return rs(r, AN + "/+", 40)


def g_aws_session(r, inst):
    return "IQoJb3JpZ2lu" + "X2VjE" + rs(r, B64, 340)


def g_aws_example(r, inst):
    return "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"


def g_aws_example_secret(r, inst):
    return "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"


def g_azure_storage_key(r, inst):
    return rs(r, B64, 86) + "=="


def g_azure_client_secret(r, inst):
    return rs(r, AN, 3) + "8Q" + "~" + rs(r, AN + "_~.-", 31)


def g_azure_sas_sig(r, inst):
    return rs(r, AN, 42) + "%3D"


def g_gcp_api_key(r, inst):
    return "AI" + "za" + "Sy" + rs(r, B64U, 33)


def g_atlassian(r, inst):
    return "ATATT" + "3xFfGF0" + rs(r, B64U, 170) + "=" + rs(r, "0123456789ABCDEF", 8)


def g_okta(r, inst):
    return "00" + rs(r, B64U, 40)


def g_b64u64(r, inst):
    return rs(r, B64U, 64)


def g_hex(n):
    return lambda r, inst: rs(r, HEX, n)


def g_twilio_sid(r, inst):
    return "AC" + rs(r, HEX, 32)


def g_twilio_key(r, inst):
    return "SK" + rs(r, HEX, 32)


def g_sendgrid(r, inst):
    return "SG" + "." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)


def g_mailgun(r, inst):
    return "key" + "-" + rs(r, HEX, 32)


def g_newrelic_user(r, inst):
    return "NR" + "AK-" + rs(r, UP + DG, 27)


def g_newrelic_license(r, inst):
    return rs(r, HEX, 36) + "NR" + "AL"


def g_pagerduty(r, inst):
    return "u+" + rs(r, B64U, 18)


def g_uuid(r, inst):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_npm(r, inst):
    return "np" + "m_" + rs(r, AN, 36)


def g_pypi(r, inst):
    return "py" + "pi-" + "AgEIcHlwaS5vcmc" + rs(r, B64U, 150)


def g_dockerhub(r, inst):
    return "dckr" + "_pat_" + rs(r, B64U, 27)


def g_vault(r, inst):
    return "hv" + "s." + "CAESI" + rs(r, B64U, 86)


def g_vault_legacy(r, inst):
    return "s." + rs(r, AN, 24)


def g_tfc(r, inst):
    return rs(r, AN, 14) + ".atlas" + "v1." + rs(r, AN, 67)


def g_cloudflare(r, inst):
    return rs(r, B64U, 40)


def g_do(r, inst):
    return "do" + "p_v1_" + rs(r, HEX, 64)


def g_heroku(r, inst):
    return "HR" + "KU-AA" + rs(r, B64U, 58)


def g_ob_secret(r, inst):
    return rs(r, AN + "-_", 48)


def g_github_pat(r, inst):
    return "gh" + "p_" + rs(r, AN, 36)


def g_github_fine(r, inst):
    return "github" + "_pat_" + "11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)


def g_slack_bot(r, inst):
    return "xo" + "xb-" + rs(r, DG, 11) + "-" + rs(r, DG, 13) + "-" + rs(r, AN, 24)


def g_slack_webhook(r, inst):
    return "https://hooks." + "slack.com/services/T" + rs(r, UP + DG, 8) + "/B" + rs(r, UP + DG, 10) + "/" + rs(r, AN, 24)


def g_stripe_live(r, inst):
    return "sk" + "_live_" + "51" + rs(r, AN, 46)


def g_stripe_rk(r, inst):
    return "rk" + "_live_" + "51" + rs(r, AN, 46)


def g_erlang_cookie(r, inst):
    return rs(r, UP, 20)


def g_artifactory(r, inst):
    return "AK" + "Cp" + rs(r, AN, 69)


def g_age(r, inst):
    return "AGE-SECRET" + "-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def g_age_pub(r, inst):
    return "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)


def g_buildbuddy(r, inst):
    return rs(r, AN, 20)


def g_cachix(r, inst):
    return jwt(r, {"alg": "HS256"}, {"jti": g_uuid(r, inst), "scopes": "cache"})


def g_sentry_dsn(r, inst):
    return "https://" + rs(r, HEX, 32) + "@o" + rs(r, DG, 6) + ".ingest.sentry.io/" + rs(r, DG, 7)


def g_docker_auth(r, inst):
    user = {"hub": "quillonci", "acr": "quillonprodacr", "ghcr": "quillon-bot"}.get(inst, "svc-" + inst)
    return base64.b64encode((user + ":" + pw_human(r) + rs(r, AN, 6)).encode()).decode()


def g_wp_salt(r, inst):
    return rs(r, AN + "!@#%^&*()-_[]{}<>~+=,.;:/?|", 64)


def g_argon2(r, inst):
    return "argon2:" + "$argon2id$v=19$m=10240,t=10,p=8$" + rs(r, B64.replace("+", "").replace("/", ""), 22) + "$" + rs(r, B64.replace("+", "").replace("/", ""), 43)


def g_bcrypt(r, inst):
    return "$2a$14$" + rs(r, AN + "./", 53)


def g_sha512crypt(r, inst):
    return "$6$" + rs(r, AN + "./", 16) + "$" + rs(r, AN + "./", 86)


def g_apr1(r, inst):
    return "$apr1$" + rs(r, AN, 8) + "$" + rs(r, AN + "./", 22)


def g_honeycomb(r, inst):
    return rs(r, AN, 22)


def g_splunk_hec(r, inst):
    return g_uuid(r, inst).upper()


def g_cookie(r, inst):
    return rs(r, B64U, 43)


def g_b64_32(r, inst):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_an(n):
    return lambda r, inst: rs(r, AN, n)


def g_plaid_secret(r, inst):
    return rs(r, HEX, 30)


def g_nexus_token(r, inst):
    return rs(r, AN, 8) + "-" + rs(r, AN, 36)


# ---- non-secret hashes and identifiers (look-alikes) ----

def g_sha256_digest(r, inst):
    return "sha256:" + rs(r, HEX, 64)


def g_integrity(r, inst):
    return "sha512-" + base64.b64encode(rbytes(r, 64)).decode()


def g_gitsha(r, inst):
    return rs(r, HEX, 40)


# --------------------------------------------------------------------------
# infrastructure
# --------------------------------------------------------------------------

def g_vpc(r, inst):
    return "vpc-" + rs(r, HEX, 17)


def g_subnet(r, inst):
    return "subnet-" + rs(r, HEX, 17)


def g_sg(r, inst):
    return "sg-" + rs(r, HEX, 17)


def g_awsacct(r, inst):
    return str(r.randint(1, 9)) + rs(r, DG, 11)


def g_ip10(r, inst):
    return "10.%d.%d.%d" % (r.choice([20, 40, 42, 64, 96, 112]), r.randint(0, 31), r.randint(4, 250))


def g_ip172(r, inst):
    return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(4, 250))


def g_ip192(r, inst):
    return "192.168.%d.%d" % (r.randint(0, 60), r.randint(4, 250))


PUBLIC_FIRST = {"uk": [81, 86, 90, 92, 109, 176, 212, 217], "ie": [37, 78, 89, 109],
                "au": [101, 110, 121, 124, 159], "za": [41, 102, 105, 196, 197],
                "nz": [118, 122, 125, 202]}


def g_cip(r, inst):
    reg = inst[:2] if inst[:2] in PUBLIC_FIRST else "uk"
    return "%d.%d.%d.%d" % (r.choice(PUBLIC_FIRST[reg]), r.randint(1, 254), r.randint(0, 255), r.randint(1, 254))


# --------------------------------------------------------------------------
# personal data
# --------------------------------------------------------------------------

FIRST = {
    "uk": ["Oliver", "Amelia", "Harry", "Priya", "Callum", "Rhys", "Chloe", "Imogen", "Kwame", "Fatima",
           "Gareth", "Bethan", "Hamish", "Isla", "Declan", "Yusuf", "Poppy", "Tobias"],
    "ie": ["Aoife", "Ciarán", "Siobhán", "Pádraig", "Niamh", "Oisín", "Saoirse", "Darragh", "Clodagh",
           "Eoin", "Gráinne", "Tadhg", "Róisín", "Cillian"],
    "au": ["Lachlan", "Matilda", "Cooper", "Tahlia", "Bronte", "Jarrah", "Mia", "Hamish", "Thanh",
           "Georgia", "Kirra", "Angus"],
    "za": ["Thabo", "Lerato", "Sipho", "Nomvula", "Pieter", "Annelie", "Johan", "Zanele", "Riaan",
           "Ayanda", "Bongani", "Marike", "Kagiso"],
    "nz": ["Aroha", "Tama", "Mere", "Wiremu", "Hemi", "Ngaire", "Liam", "Sophie", "Manaia", "Kiri",
           "Anahera", "Rawiri"],
}
LAST = {
    "uk": ["Whitfield", "Okonkwo", "Patel", "Hughes", "Pritchard", "McAllister", "Thornbury", "Baird",
           "Kaur", "Evans", "Ashworth", "Cartwright", "Lindqvist", "Adeyemi", "Fairbairn"],
    "ie": ["Ó Briain", "Fitzgerald", "Ní Dhomhnaill", "Kavanagh", "Brennan", "McGrath",
           "Ó Súilleabháin", "Moriarty", "Mac Giolla Phádraig", "Donnelly", "Geraghty"],
    "au": ["Nguyen", "Papadopoulos", "Kowalczyk", "Fitzpatrick", "Tran", "Rossi", "Henderson",
           "Walsh", "Castellano", "Pham", "McKenzie"],
    "za": ["Botha", "van der Merwe", "Nkosi", "Dlamini", "Pretorius", "Mokoena", "Naidoo", "Khumalo",
           "du Plessis", "Venter", "Mthembu", "Steyn"],
    "nz": ["Ngata", "Te Awa", "Parata", "Tipene", "Henare", "Walker", "Horomona", "Karaka",
           "Tawhiri", "Rangihuna", "Fletcher"],
}
MAILDOM = {"uk": ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
           "ie": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
           "au": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au"],
           "za": ["mweb.co.za", "telkomsa.net", "gmail.com", "vodamail.co.za"],
           "nz": ["xtra.co.nz", "gmail.com", "slingshot.co.nz"]}
WORKDOM = {"uk": "quillon.co.uk", "ie": "quillon.ie", "au": "quillon.com.au", "za": "quillon.co.za",
           "nz": "quillon.co.nz"}
UK_AREAS = [("M", "Manchester"), ("LS", "Leeds"), ("B", "Birmingham"), ("EH", "Edinburgh"),
            ("G", "Glasgow"), ("CF", "Cardiff"), ("BS", "Bristol"), ("NE", "Newcastle upon Tyne"),
            ("L", "Liverpool"), ("S", "Sheffield"), ("NG", "Nottingham"), ("BT", "Belfast"),
            ("SE", "London"), ("N", "London"), ("RG", "Reading"), ("YO", "York"), ("AB", "Aberdeen")]
UK_STREETS = ["Albert Road", "Station Road", "Church Lane", "Cranbrook Avenue", "Millfield Close",
              "Hawthorn Drive", "Victoria Street", "Ashgrove Terrace", "Kingsway", "Orchard Rise"]
IE_TOWNS = [("D04", "Dublin 4"), ("D08", "Dublin 8"), ("T12", "Cork"), ("H91", "Galway"),
            ("V94", "Limerick"), ("A65", "Kells, Co. Meath"), ("X91", "Waterford")]
IE_STREETS = ["Bóthar na Trá", "Main Street", "Shandon Street", "Griffith Avenue", "Sráid an Mhuilinn",
              "Eyre Square", "O Connell Street"]
AU_TOWNS = [("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"), ("Fremantle", "WA", "6160"),
            ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
            ("Wollongong", "NSW", "2500")]
AU_STREETS = ["Smith St", "Bourke St", "Marine Pde", "Coronation Dr", "Jetty Rd", "Wattle Ave", "Banksia Cres"]
ZA_TOWNS = [("Bellville", "7530"), ("Stellenbosch", "7600"), ("Soweto", "1804"), ("Umhlanga", "4319"),
            ("Bloemfontein", "9301"), ("Gqeberha", "6001"), ("Polokwane", "0699")]
ZA_STREETS = ["Voortrekker Rd", "Dorp St", "Vilakazi St", "Lighthouse Rd", "Nelson Mandela Dr",
              "Kerkstraat", "Jan Smuts Ave"]
NZ_TOWNS = [("Whangārei", "0110"), ("Rotorua", "3010"), ("Tauranga", "3110"), ("Taupō", "3330"),
            ("Paraparaumu", "5032"), ("Ōtaki", "5512"), ("Kaikōura", "7300"), ("Whakatāne", "3120")]
NZ_STREETS = ["Kōwhai Street", "Pōhutukawa Drive", "Te Ngae Road", "Rimu Street", "Tītoki Place",
              "Mātai Crescent"]


def nino(r):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a, b = r.choice(UP), r.choice(UP)
        if a in bad1 or b in bad2 or (a + b) in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        d = rs(r, DG, 6)
        return "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], r.choice("ABCD"))


def nhs_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs(r, first=None):
    while True:
        d9 = (first or str(r.randint(4, 7))) + rs(r, DG, 9 - len(first or "x"))
        c = nhs_check(d9)
        if c is not None:
            n = d9 + str(c)
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def ppsn(r):
    d = rs(r, DG, 7)
    second = r.choice(["", "A"])
    s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
    if second:
        s += 9 * (ord(second) - 64)
    m = s % 23
    return d + ("W" if m == 0 else chr(64 + m)) + second


def tfn(r):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.randint(1, 9)
        for last in range(10):
            if (sum(a * b for a, b in zip(d + [last], w))) % 11 == 0:
                s = "".join(map(str, d + [last]))
                if s != "123456782":
                    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def medicare(r):
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 5))
    return "%s %s %s" % (s[:4], s[4:9], s[9:])


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def said(r, dob):
    dd, mm, yyyy = dob.split("/")
    base = yyyy[2:] + mm + dd + "%04d" % r.randint(0, 9999) + r.choice("00001") + "8"
    return base + luhn_digit(base)


def ird(r):
    w1, w2 = [3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]
    while True:
        base = str(r.randint(10000000, 14999999))
        d = [int(c) for c in base]
        rem = sum(a * b for a, b in zip(d, w1)) % 11
        c = 0 if rem == 0 else 11 - rem
        if c == 10:
            rem = sum(a * b for a, b in zip(d, w2)) % 11
            c = 0 if rem == 0 else 11 - rem
            if c == 10:
                continue
        s = base + str(c)
        return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def iban_ie(r):
    bank = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"])
    sort = rs(r, DG, 6)
    acct = rs(r, DG, 8)
    bban = bank + sort + acct
    num = "".join(str(int(c, 36)) for c in bban + "IE00")
    chk = 98 - int(num) % 97
    s = "IE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def uk_postcode(r, area):
    inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
    return "%s%d %d%s" % (area, r.randint(1, 28), r.randint(1, 9), rs(r, inward_letters, 2))


PCACHE = {}
USED_NAMES = set()


def person(inst):
    if inst in PCACHE:
        return PCACHE[inst]
    reg = inst[:2]
    r = R("person:" + inst)
    while True:
        first, last = r.choice(FIRST[reg]), r.choice(LAST[reg])
        if (first, last) not in USED_NAMES:
            USED_NAMES.add((first, last))
            break
    p = {"first": first, "last": last, "name": first + " " + last}
    af, al = asciify(first).lower(), asciify(last).lower().replace(" ", "")
    p["email"] = "%s%s%s@%s" % (af, r.choice([".", "_", ""]), al, r.choice(MAILDOM[reg]))
    if r.random() < 0.4:
        p["email"] = p["email"].replace("@", "%d@" % r.randint(1, 99))
    p["work_email"] = "%s.%s@%s" % (af, al, WORKDOM[reg])
    dob = "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(1952, 2001))
    p["dob"] = dob
    d, m, y = dob.split("/")
    p["dob_iso"] = "%s-%s-%s" % (y, m, d)
    p["ip"] = g_cip(r, reg)
    if reg == "uk":
        sub = r.choice(["7%d" % r.randint(400, 699), "7%d" % r.randint(800, 999)])
        rest = rs(r, DG, 6)
        p["phone"] = "+44 %s %s" % (sub, rest)
        p["phone_nat"] = "0%s %s" % (sub, rest)
        area, town = r.choice(UK_AREAS)
        p["postcode"] = uk_postcode(r, area)
        p["street"] = "%d %s" % (r.randint(2, 180), r.choice(UK_STREETS))
        p["town"] = town
        p["nino"] = nino(r)
        p["natid"] = p["nino"]
        p["nino_compact"] = p["nino"].replace(" ", "")
        p["nhs"] = nhs(r)
        p["sortcode"] = "%s-%02d-%02d" % (r.choice(["20", "40", "30", "60", "09", "07", "83"]), r.randint(0, 99), r.randint(0, 99))
        p["acct"] = rs(r, "123456789", 1) + rs(r, DG, 7)
        p["salary"] = "£{:,}".format(r.randint(96, 560) * 250)
    elif reg == "ie":
        mob = "8" + r.choice("35679")
        rest = rs(r, DG, 7)
        p["phone"] = "+353 %s %s %s" % (mob, rest[:3], rest[3:])
        p["phone_nat"] = "0%s %s %s" % (mob, rest[:3], rest[3:])
        key, town = r.choice(IE_TOWNS)
        p["postcode"] = key + " " + rs(r, "ACDEFHKNPRTVWXY", 1) + rs(r, "ACDEFHKNPRTVWXY0123456789", 3)
        p["street"] = "%d %s" % (r.randint(1, 90), r.choice(IE_STREETS))
        p["town"] = town
        p["ppsn"] = ppsn(r)
        p["natid"] = p["ppsn"]
        p["iban"] = iban_ie(r)
        p["acct"] = p["iban"]
        p["salary"] = "€{:,}".format(r.randint(112, 600) * 250)
    elif reg == "au":
        rest = rs(r, DG, 8)
        if rest.startswith("91570"):
            rest = "3" + rest[1:]
        p["phone"] = "+61 4%s %s %s" % (rest[:2], rest[2:5], rest[5:])
        p["phone_nat"] = "04%s %s %s" % (rest[:2], rest[2:5], rest[5:])
        town, state, pc = r.choice(AU_TOWNS)
        p["postcode"] = pc
        p["street"] = "%d %s" % (r.randint(1, 300), r.choice(AU_STREETS))
        p["town"] = "%s %s" % (town, state)
        p["tfn"] = tfn(r)
        p["natid"] = p["tfn"]
        p["medicare"] = medicare(r)
        p["bsb"] = "%s%d-%03d" % (r.choice(["06", "03", "08", "01"]), r.randint(2, 9), r.randint(0, 999))
        p["acct"] = rs(r, "123456789", 1) + rs(r, DG, 8)
        p["salary"] = "A${:,}".format(r.randint(120, 720) * 250)
    elif reg == "za":
        pre = r.choice(["82", "83", "72", "73", "76", "79", "61", "71"])
        rest = rs(r, DG, 7)
        p["phone"] = "+27 %s %s %s" % (pre, rest[:3], rest[3:])
        p["phone_nat"] = "0%s %s %s" % (pre, rest[:3], rest[3:])
        town, pc = r.choice(ZA_TOWNS)
        p["postcode"] = pc
        p["street"] = "%d %s" % (r.randint(1, 200), r.choice(ZA_STREETS))
        p["town"] = town
        p["said"] = said(r, dob)
        p["natid"] = p["said"]
        p["branch"] = r.choice(["250655", "632005", "051001", "470010"])
        p["acct"] = rs(r, "123456789", 1) + rs(r, DG, 9)
        p["salary"] = "R{:,}".format(r.randint(120, 1400) * 1000)
    elif reg == "nz":
        pre = "2" + r.choice("127")
        rest = rs(r, DG, 7)
        p["phone"] = "+64 %s %s %s" % (pre, rest[:3], rest[3:])
        p["phone_nat"] = "0%s %s %s" % (pre, rest[:3], rest[3:])
        town, pc = r.choice(NZ_TOWNS)
        p["postcode"] = pc
        p["street"] = "%d %s" % (r.randint(1, 120), r.choice(NZ_STREETS))
        p["town"] = town
        p["ird"] = ird(r)
        p["natid"] = p["ird"]
        p["acct"] = "%s-%04d-%07d-%02d" % (r.choice(["12", "01", "02", "06", "38"]), r.randint(1, 3999), r.randint(0, 9999999), r.randint(0, 3))
        p["salary"] = "NZ${:,}".format(r.randint(120, 680) * 250)
    else:
        raise ValueError("unknown region in person instance " + inst)
    p["address"] = "%s, %s %s" % (p["street"], p["town"], p["postcode"])
    p["mf_name"] = asciify(last).upper() + "/" + asciify(first).upper()
    p["dob_ymd"] = p["dob_iso"].replace("-", "")
    if reg == "uk":
        p["bank_raw"] = p["sortcode"].replace("-", "") + p["acct"]
    PCACHE[inst] = p
    return p


def g_nhs_test(r, inst):
    return nhs(r, first="999")


# --------------------------------------------------------------------------

GENS = {
    "pem_rsa": g_pem_rsa, "pem_pkcs8": g_pem_pkcs8, "pem_ec": g_pem_ec, "pem_json": g_pem_json,
    "openssh": g_openssh, "pgp_private": g_pgp_private, "pgp_public": g_pgp_public,
    "pem_public": g_pem_public, "pem_cert": g_pem_cert,
    "ssh_ed25519_pub": g_ssh_ed25519_pub, "ssh_rsa_pub": g_ssh_rsa_pub, "ecdsa_pub": g_ecdsa_pub,
    "hashed_host": g_hashed_host,
    "jwt": g_jwt, "kube_sa_token": g_kube_sa_token, "kube_client_key": g_kube_client_key,
    "kube_bootstrap": g_kube_bootstrap,
    "pw": g_pw, "pw_strong": g_pw_strong,
    "aws_akid": g_aws_akid, "aws_asia": g_aws_asia, "aws_secret": g_aws_secret,
    "aws_session": g_aws_session, "aws_example": g_aws_example, "aws_example_secret": g_aws_example_secret,
    "azure_storage_key": g_azure_storage_key, "azure_client_secret": g_azure_client_secret,
    "azure_sas_sig": g_azure_sas_sig, "gcp_api_key": g_gcp_api_key, "atlassian": g_atlassian,
    "okta": g_okta, "auth0_secret": g_b64u64, "twilio_sid": g_twilio_sid, "twilio_token": g_hex(32),
    "twilio_key": g_twilio_key, "sendgrid": g_sendgrid, "mailgun": g_mailgun,
    "datadog_api": g_hex(32), "datadog_app": g_hex(40), "newrelic_user": g_newrelic_user,
    "newrelic_license": g_newrelic_license, "pagerduty": g_pagerduty, "pd_routing": g_hex(32),
    "snyk": g_uuid, "uuid": g_uuid, "npm": g_npm, "pypi": g_pypi, "dockerhub": g_dockerhub,
    "vault": g_vault, "vault_legacy": g_vault_legacy, "tfc": g_tfc, "cloudflare": g_cloudflare,
    "cloudflare_global": g_hex(37), "do": g_do, "heroku": g_heroku, "plaid_secret": g_plaid_secret,
    "ob_secret": g_ob_secret, "jwt_hmac": g_an(64), "github_pat": g_github_pat,
    "github_fine": g_github_fine, "slack_bot": g_slack_bot, "slack_webhook": g_slack_webhook,
    "stripe_live": g_stripe_live, "stripe_rk": g_stripe_rk, "erlang_cookie": g_erlang_cookie,
    "artifactory": g_artifactory, "age": g_age, "age_pub": g_age_pub, "buildbuddy": g_buildbuddy,
    "cachix": g_cachix, "sentry_dsn": g_sentry_dsn, "docker_auth": g_docker_auth,
    "wp_salt": g_wp_salt, "argon2": g_argon2, "bcrypt": g_bcrypt, "sha512crypt": g_sha512crypt, "apr1": g_apr1,
    "honeycomb": g_honeycomb, "splunk_hec": g_splunk_hec, "cookie": g_cookie, "b64_32": g_b64_32,
    "hex32": g_hex(32), "hex40": g_hex(40), "hex48": g_hex(48), "hex64": g_hex(64),
    "an24": g_an(24), "an32": g_an(32), "nexus_token": g_nexus_token,
    "sha256_digest": g_sha256_digest, "integrity": g_integrity, "gitsha": g_gitsha,
    "vpc": g_vpc, "subnet": g_subnet, "sg": g_sg, "awsacct": g_awsacct,
    "ip10": g_ip10, "ip172": g_ip172, "ip192": g_ip192, "cip": g_cip, "nhs_test": g_nhs_test,
}

CACHE = {}


def generate(spec):
    if spec in CACHE:
        return CACHE[spec]
    gen, _, inst = spec.partition("#")
    if gen.startswith("p."):
        field = gen[2:]
        p = person(inst)
        if field not in p:
            raise KeyError("person %s has no field %s" % (inst, field))
        res = p[field]
    else:
        if gen not in GENS:
            raise KeyError("unknown generator " + gen)
        res = GENS[gen](R(spec), inst)
    if isinstance(res, tuple):
        text, lab = res
    else:
        text, lab = res, res
    for bad in ("«", "»"):
        assert bad not in text
    CACHE[spec] = (text, lab)
    return text, lab


MARK = re.compile(r"«([SPIRN_])([:|])([^»]*)»")


def render(rel, tpl):
    out = []
    labels = []
    pos = 0
    line = 1
    last_nl_text = ""  # text of the current (partial) output line
    for m in MARK.finditer(tpl):
        chunk = tpl[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        last_nl_text = (last_nl_text + chunk).rsplit("\n", 1)[-1]
        cls, sep, body = m.group(1), m.group(2), m.group(3)
        width = None
        wm = re.search(r"~(\d+)$", body)
        if wm:
            width, body = int(wm.group(1)), body[:wm.start()]
        if sep == "|":
            text, lab = body, body
        else:
            text, lab = generate(body)
        if width is not None:
            assert len(text) <= width, (rel, text, width)
            text = text.ljust(width)
        if "\n" in text:
            indent = re.match(r"[ \t]*", last_nl_text).group(0)
            text = text.replace("\n", "\n" + indent)
        if cls != "_":
            assert "\n" not in lab, (rel, lab)
            labels.append({"file": rel, "line": line, "value": lab, "class": CLASSES[cls]})
        out.append(text)
        line += text.count("\n")
        last_nl_text = (last_nl_text + text).rsplit("\n", 1)[-1]
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out)
    if "«" in text or "»" in text:
        raise ValueError("unrendered marker in " + rel)
    return text, labels


# files written with Windows line endings and a UTF-8 BOM (Excel "CSV UTF-8" export)
EXCEL_EXPORTS = {"finance/exports/arrears_book_Q1_xlsx_export.csv"}


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    rels = []
    for root, dirs, files in os.walk(TEMPLATES):
        dirs.sort()
        for f in sorted(files):
            full = os.path.join(root, f)
            rels.append(os.path.relpath(full, TEMPLATES).replace(os.sep, "/"))
    rels.sort()
    all_labels = []
    rendered = {}
    for rel in rels:
        with open(os.path.join(TEMPLATES, rel), encoding="utf-8") as fh:
            tpl = fh.read()
        text, labels = render(rel, tpl)
        rendered[rel] = text
        all_labels.extend(labels)

    # ---- verification ----
    errors = []
    for lab in all_labels:
        lines = rendered[lab["file"]].split("\n")
        ln = lab["line"]
        if not (1 <= ln <= len(lines)) or lab["value"] not in lines[ln - 1]:
            errors.append("value not on stated line: %r" % lab)
        if not lab["value"].strip():
            errors.append("empty value: %r" % lab)
    positives = [l["value"] for l in all_labels if l["class"] != "none"]
    for lab in all_labels:
        if lab["class"] == "none":
            if len(lab["value"]) < 4:
                errors.append("none value shorter than 4: %r" % lab)
            for pv in positives:
                if lab["value"] in pv:
                    errors.append("none value %r is a substring of positive %r" % (lab["value"], pv))
                    break
        elif len(lab["value"]) < 5:
            errors.append("positive value too short: %r" % lab)
    # duplicates on the same line with different classes are contradictory
    seen = {}
    for lab in all_labels:
        k = (lab["file"], lab["line"], lab["value"])
        if k in seen and seen[k] != lab["class"]:
            errors.append("conflicting classes for %r" % (k,))
        seen[k] = lab["class"]
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    # dedupe identical labels (same file/line/value)
    uniq, keys = [], set()
    for lab in all_labels:
        k = (lab["file"], lab["line"], lab["value"])
        if k not in keys:
            keys.add(k)
            uniq.append(lab)

    for rel in rels:
        dest = os.path.join(appdir, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        text = rendered[rel]
        if rel in EXCEL_EXPORTS:
            text = "\ufeff" + text.replace("\n", "\r\n")
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(uniq, fh, indent=1, ensure_ascii=False)
        fh.write("\n")

    counts = {}
    for lab in uniq:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files: %d" % len(rels))
    for c in ("secret", "pii", "infra", "proprietary", "none"):
        print("%-12s %d" % (c, counts.get(c, 0)))
    print("total        %d" % len(uniq))


if __name__ == "__main__":
    main()
