#!/usr/bin/env python3
"""Deterministic generator for the Saguaro Power & Water held-out leak corpus.

Usage:  python bench/saguaro_code/build.py OUTDIR

Reads templates/ (mirrors the repository layout), expands inline markers and
writes OUTDIR/app/... plus OUTDIR/labels.json.

Marker grammar (inside a template):
    «C=literal text»          literal value, labelled with class C
    «C:gen»                   generated value (fresh per occurrence)
    «C:gen#key»               generated value, cached by (gen, key) across files
    «C:gen(arg,arg)#key|flt»  with arguments and filters (b64, url, upper, lower, [a:b])
Classes: S secret, P pii, I infra, X proprietary, N none, - (emit, no label).
Multi-line values (PEM) are indented like the marker's line and labelled on
their first body line.

No credential is stored in templates: provider prefixes are assembled here from
pieces and bodies come from random.Random seeded per key.
"""
import base64
import json
import os
import random
import re
import string
import sys
import urllib.parse

SEED = "saguaro-power-and-water/heldout/v1"
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "X": "proprietary", "N": "none", "-": None}
MARK = re.compile(r"«([SPIXN-])([=:])(.*?)»", re.S)

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def pick(r, s, n):
    return "".join(r.choice(s) for _ in range(n))


# --------------------------------------------------------------------------- #
# people & places of Arizona / New Mexico
# --------------------------------------------------------------------------- #
GIVEN = ["José", "María", "Guadalupe", "Jesús", "Rosalía", "Héctor", "Ana Lucía", "Ramón",
         "Delfina", "Tomás", "Inés", "Joaquín", "Marisol", "Efraín", "Yolanda", "Ángel",
         "Darlene", "Travis", "Kimberly", "Wade", "Shelby", "Dustin", "Loretta", "Curtis",
         "Brianna", "Garrett", "Tammy", "Royce", "Leota", "Harrison", "Velma", "Kee",
         "Shaundiin", "Nizhoni", "Ahiga", "Thanh", "Phượng", "Minh", "Duc", "Hadiza",
         "Priyanka", "Oluwaseun", "Rebekah", "Colton", "Araceli", "Nohemí", "Crisanto"]
SURNAME = ["Ramírez", "Peña", "Núñez", "Ibáñez", "García-Ortiz", "Villaseñor", "Castañeda",
           "Montaño", "Durán", "Saucedo", "Quintana", "Baca", "Chávez", "Archuleta",
           "Begay", "Yazzie", "Tsosie", "Benally", "Etsitty", "Nez", "Manuelito", "Harjo",
           "Nguyễn", "Trần", "Lê", "Okafor", "Raghunathan", "Whitfield", "McCrary",
           "Holloway", "Brannigan", "Pruitt", "Schoonover", "Lindqvist", "Abernathy",
           "Tafoya", "Lucero", "Gallegos", "Enríquez", "Olguín", "Valdéz", "Arviso"]
CITIES = [("Phoenix", "AZ", ["85008", "85014", "85018", "85032", "85041", "85051"], ["480", "602", "623"]),
          ("Mesa", "AZ", ["85201", "85204", "85213"], ["480"]),
          ("Chandler", "AZ", ["85224", "85226", "85249"], ["480"]),
          ("Glendale", "AZ", ["85301", "85308"], ["623", "602"]),
          ("Tucson", "AZ", ["85705", "85711", "85719", "85745"], ["520"]),
          ("Casa Grande", "AZ", ["85122"], ["520"]),
          ("Flagstaff", "AZ", ["86001", "86004"], ["928"]),
          ("Yuma", "AZ", ["85364", "85365"], ["928"]),
          ("Window Rock", "AZ", ["86515"], ["928"]),
          ("Las Cruces", "NM", ["88001", "88005", "88011"], ["575"]),
          ("Deming", "NM", ["88030"], ["575"]),
          ("Gallup", "NM", ["87301"], ["505"]),
          ("Albuquerque", "NM", ["87105", "87108", "87121"], ["505"])]
STREET = ["Camelback Rd", "Indian School Rd", "Calle del Sol", "Avenida Sonora", "Saguaro Blvd",
          "Mesquite Ln", "Ocotillo Dr", "Baseline Rd", "Calle Guadalupe", "Paseo del Norte",
          "Thunderbird Rd", "Roadrunner Way", "Cactus Wren Dr", "Piñon Ct", "Tierra Buena Ln",
          "Via Linda", "Ajo Way", "Speedway Blvd", "Route 66 Frontage Rd", "Camino Real"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "cox.net", "q.com"]
CONDITIONS = ["home oxygen concentrator (COPD)", "peritoneal dialysis at home",
              "CPAP + power wheelchair", "insulin refrigeration, type 1 diabetic",
              "ventilator-dependent (ALS)", "home hemodialysis, 3x weekly",
              "heat-sensitive MS, needs evaporative cooler running"]

REGIONS = {"phx": ("Phoenix", "Mesa", "Chandler", "Glendale"), "tuc": ("Tucson", "Casa Grande"),
           "nm": ("Las Cruces", "Deming", "Albuquerque"), "nav": ("Window Rock", "Gallup", "Flagstaff")}

_ASCII = str.maketrans("áéíóúñÁÉÍÓÚÑüễầơượăđĐ", "aeiounAEIOUNueaouoadD")


def ascii_fold(s):
    s = s.translate(_ASCII)
    return "".join(c for c in s if c.isascii())


class Gen:
    def __init__(self):
        self.cache = {}
        self.people = {}

    # -- per-key person record, so name/email/phone/address agree --------------
    def person(self, key):
        if key not in self.people:
            r = random.Random(f"{SEED}|person|{key}")
            first, last = r.choice(GIVEN), r.choice(SURNAME)
            if r.random() < 0.25:
                last = f"{last} {r.choice(SURNAME)}" if r.random() < 0.5 and ' ' not in first else last
            region = key.split(".", 1)[0] if "." in key else None
            pool = [c for c in CITIES if c[0] in REGIONS.get(region, ())] or CITIES
            city, st, zips, areas = r.choice(pool)
            self.people[key] = dict(first=first, last=last, city=city, st=st,
                                    zip=r.choice(zips), area=r.choice(areas), r=r)
        return self.people[key]

    # ---------------------------------------------------------------- secrets
    def pw(self, r, *a):
        words = ["Mesquite", "Javelina", "Monsoon", "Cholla", "Palo", "Verde", "Gila", "Sonoran",
                 "Mogollon", "Tonto", "Coyote", "Chuparosa", "Haboob", "Agave", "Yucca", "Sahuaro"]
        style = a[0] if a else r.choice(["words", "words", "rand", "leet"])
        if style == "words":
            return f"{r.choice(words)}{r.choice('!*-_.+^~')}{r.randint(10, 9999)}{r.choice(words)}"
        if style == "leet":
            w = r.choice(words).replace("a", "@").replace("o", "0").replace("e", "3")
            return f"{w}{r.randint(1990, 2025)}{r.choice('!*.#')}"
        return pick(r, ALNUM + "!*-_.+^~", r.randint(18, 26))

    def alnum(self, r, n="32"):
        return pick(r, ALNUM, int(n))

    def hex(self, r, n="32", case="lower"):
        h = pick(r, "0123456789abcdef", int(n))
        return h.upper() if case == "upper" else h

    def b64(self, r, n="32"):
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(int(n)))).decode()

    def b64url(self, r, n="32"):
        return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(int(n)))).decode().rstrip("=")

    def stripe_sk(self, r, mode="live"):
        return "sk_" + mode + "_" + pick(r, ALNUM, 24)

    def stripe_rk(self, r):
        return "rk_" + "live_" + pick(r, ALNUM, 24)

    def stripe_pk(self, r, mode="live"):
        return "pk_" + mode + "_" + pick(r, ALNUM, 24)

    def whsec(self, r):
        return "wh" + "sec_" + pick(r, ALNUM, 32)

    def ghp(self, r):
        return "gh" + "p_" + pick(r, ALNUM, 36)

    def aws_akid(self, r):
        return "AK" + "IA" + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_example(self, r):
        return "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"

    def aws_secret(self, r):
        return pick(r, ALNUM + "/+", 40)

    def slack_bot(self, r):
        return "xox" + "b-" + pick(r, string.digits, 11) + "-" + pick(r, string.digits, 13) + "-" + pick(r, ALNUM, 24)

    def slack_hook(self, r):
        return ("https://hooks.slack.com/" + "services/T" + pick(r, UPPER_NUM, 8) + "/B" +
                pick(r, UPPER_NUM, 10) + "/" + pick(r, ALNUM, 24))

    def teams_hook(self, r):
        g = [self.guid(r) for _ in range(3)]
        return (f"https://saguaropw.webhook.office.com/webhookb2/{g[0]}@{g[1]}"
                f"/IncomingWebhook/{pick(r, '0123456789abcdef', 32)}/{g[2]}")

    def azkey(self, r):
        return self.b64(r, 64)

    def az_secret(self, r):
        return pick(r, ALNUM, 3) + "8Q" + "~" + pick(r, ALNUM + "_.~-", 34)

    def sendgrid(self, r):
        return "SG" + "." + self.b64url(r, 16)[:22] + "." + self.b64url(r, 32)[:43]

    def gmaps(self, r):
        return "AI" + "za" + "Sy" + pick(r, ALNUM + "_-", 33)

    def arcgis(self, r):
        return "AA" + "PK" + pick(r, "0123456789abcdef", 32) + pick(r, ALNUM + "_-", 64)

    def npm(self, r):
        return "np" + "m_" + pick(r, ALNUM, 36)

    def jfrog(self, r):
        return "AK" + "Cp" + pick(r, ALNUM, 69)

    def twilio_sid(self, r):
        return "AC" + pick(r, "0123456789abcdef", 32)

    def jwt(self, r, sub="svc"):
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = json.dumps({"sub": sub, "iat": 1722650000 + r.randint(0, 90000),
                           "role": "csr", "tid": "spw"}, separators=(",", ":")).encode()
        return hdr + "." + base64.urlsafe_b64encode(body).decode().rstrip("=") + "." + self.b64url(r, 32)

    def totp(self, r):
        return pick(r, B32, 32)

    def recovery(self, r):
        return " ".join(pick(r, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" +
                        pick(r, "abcdefghjkmnpqrstuvwxyz23456789", 4) for _ in range(4))

    def sas002(self, r):
        return "{SAS" + "002}" + pick(r, "0123456789ABCDEF", 32)

    def dnp3key(self, r):
        return " ".join(pick(r, "0123456789ABCDEF", 2) for _ in range(16))

    def az_sas(self, r):
        sig = urllib.parse.quote(self.b64(r, 32), safe="")
        return ("sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-06-30T06:59:59Z"
                "&st=2024-07-01T00:00:00Z&spr=https&sig=" + sig)

    def pem(self, r, kind="RSA PRIVATE"):
        n = 64 * 3 // 4 * 12
        raw = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
        if kind == "OPENSSH PRIVATE":
            raw = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + raw[:600]
        body = [raw[i:i + 64] for i in range(0, len(raw), 64)][:12]
        head = "-----BEGIN " + kind + " KEY-----"
        tail = "-----END " + kind + " KEY-----"
        return "\n".join([head] + body + [tail])

    def ssh_pub(self, r):
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(r, ALNUM + "+/", 43)

    def bcrypt(self, r):
        return "$2b$12$" + pick(r, ALNUM + "./", 53)

    def sha(self, r, n="40"):
        return pick(r, "0123456789abcdef", int(n))

    def guid(self, r, case="lower"):
        h = pick(r, "0123456789abcdef", 32)
        h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
        g = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return g.upper() if case == "upper" else g

    # ------------------------------------------------------------------- pii
    def name(self, r, key, fmt="full"):
        p = self.person(key)
        if fmt == "lastfirst":
            return f"{p['last']}, {p['first']}"
        if fmt == "LASTFIRST":
            return f"{ascii_fold(p['last']).upper()}, {ascii_fold(p['first']).upper()}"
        if fmt == "first":
            return p["first"]
        if fmt == "last":
            return p["last"]
        if fmt == "ascii":
            return ascii_fold(f"{p['first']} {p['last']}")
        return f"{p['first']} {p['last']}"

    def email(self, r, key, kind="personal"):
        p = self.person(key)
        f = ascii_fold(p["first"]).lower().replace(" ", "")
        l = ascii_fold(p["last"]).lower().replace(" ", "").replace("-", "")
        if kind == "work":
            return f"{f}.{l}@saguaropw.com"
        pr = p["r"]
        style = pr.choice([f"{f[0]}{l}{pr.randint(1, 99)}", f"{f}.{l}", f"{l}{f[0]}{pr.randint(60, 99)}",
                           f"{f}{pr.randint(100, 999)}"])
        return f"{style}@{pr.choice(PERSONAL_DOMAINS)}"

    def phone(self, r, key=None, fmt=None):
        area = self.person(key)["area"] if key else r.choice(["480", "602", "520", "623", "928", "505", "575"])
        ex = str(r.randint(2, 9)) + pick(r, string.digits, 2)
        while ex in ("555", "911", "211", "311", "411", "611", "811"):
            ex = str(r.randint(2, 9)) + pick(r, string.digits, 2)
        ln = pick(r, string.digits, 4)
        fmt = fmt or r.choice(["paren", "dash", "dot", "e164"])
        return {"paren": f"({area}) {ex}-{ln}", "dash": f"{area}-{ex}-{ln}", "dot": f"{area}.{ex}.{ln}",
                "e164": f"+1{area}{ex}{ln}", "raw": f"{area}{ex}{ln}", "intl": f"+1 {area} {ex} {ln}"}[fmt]

    def street(self, r, key):
        p = self.person(key)
        pr = random.Random(f"{SEED}|street|{key}")
        num = pr.randint(100, 24999)
        d = pr.choice(["E ", "W ", "N ", "S ", "", ""])
        unit = pr.choice(["", "", "", f" Apt {pr.randint(1, 40)}{pr.choice('ABCD')}", f" Unit {pr.randint(100, 330)}"])
        return f"{num} {d}{pr.choice(STREET)}{unit}"

    def addr(self, r, key):
        p = self.person(key)
        return f"{self.street(r, key)}, {p['city']}, {p['st']} {p['zip']}"

    def city(self, r, key):
        return self.person(key)["city"]

    def zip(self, r, key):
        return self.person(key)["zip"]

    def dob(self, r, fmt="iso"):
        y, m, d = r.randint(1936, 2001), r.randint(1, 12), r.randint(1, 28)
        return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "sas": f"{d:02d}{['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'][m-1]}{y}"}[fmt]

    def ssn(self, r, fmt="dash"):
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return f"{a:03d}-{g:02d}-{s:04d}" if fmt == "dash" else f"{a:03d}{g:02d}{s:04d}"

    def card(self, r, brand="visa", fmt="plain"):
        pre = {"visa": "4" + pick(r, string.digits, 5), "mc": "5" + r.choice("12345") + pick(r, string.digits, 4),
               "amex": "37" + pick(r, string.digits, 4), "disc": "6011" + pick(r, string.digits, 2)}[brand]
        length = 15 if brand == "amex" else 16
        body = pre + pick(r, string.digits, length - 1 - len(pre))
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                d = d - 9 if d > 9 else d
            total += d
        num = body + str((10 - total % 10) % 10)
        if fmt == "space":
            return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if length == 16 else num
        return num

    def routing(self, r):
        first = r.choice(["12", "10", "11", "32", "31", "09", "07"])
        d = [int(c) for c in first + pick(r, string.digits, 6)]
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
        return "".join(map(str, d)) + str(c)

    def acct(self, r, n="10"):
        return str(r.randint(1, 9)) + pick(r, string.digits, int(n) - 1)

    def dl(self, r, st="AZ"):
        return r.choice("ABDFGHJ") + pick(r, string.digits, 8) if st == "AZ" else pick(r, string.digits, 9)

    def plate(self, r, st="AZ"):
        return pick(r, "ABCDEFGHJKLMNPRSTVWXYZ", 3) + pick(r, string.digits, 4) if st == "AZ" else \
            pick(r, "ABCDEFGHJKLMNPRSTVWXYZ", 3) + "-" + pick(r, string.digits, 3)

    def ip_pub(self, r):
        while True:
            a = r.choice([24, 68, 70, 72, 97, 98, 107, 136, 148, 166, 174, 184, 208])
            ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            return ip

    def custacct(self, r):
        return f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(100, 999)}"

    def condition(self, r):
        return r.choice(CONDITIONS)

    def android_id(self, r):
        return pick(r, "0123456789abcdef", 16)


G = Gen()
FILTERS = {
    "b64": lambda v: base64.b64encode(v.encode()).decode(),
    "url": lambda v: urllib.parse.quote(v, safe=""),
    "upper": str.upper,
    "lower": str.lower,
}
PERSON_GENS = {"name", "email", "street", "addr", "city", "zip"}


def render_value(spec, fname, occ):
    spec = spec.strip()
    filters = []
    if "|" in spec:
        spec, *filters = spec.split("|")
    key = None
    if "#" in spec:
        spec, key = spec.split("#", 1)
    args = []
    m = re.fullmatch(r"(\w+)(?:\((.*)\))?", spec)
    if not m:
        raise SystemExit(f"bad marker spec {spec!r} in {fname}")
    gen, argstr = m.group(1), m.group(2)
    if argstr:
        args = [a.strip() for a in argstr.split(",")]
    if gen == "phone" and key:
        args = [key] + args
    if gen in PERSON_GENS:
        if not key:
            raise SystemExit(f"{gen} needs #key in {fname}")
        args = [key] + args
    ck = (gen, key, tuple(args)) if key else None
    if ck and ck in G.cache:
        val = G.cache[ck]
    else:
        seed = f"{SEED}|{gen}|{key}|{args}" if key else f"{SEED}|{fname}|{occ}|{gen}|{args}"
        fn = getattr(G, gen, None)
        if fn is None:
            raise SystemExit(f"unknown generator {gen!r} in {fname}")
        val = fn(random.Random(seed), *args)
        if ck:
            G.cache[ck] = val
    for f in filters:
        sm = re.fullmatch(r"\[(-?\d*):(-?\d*)\]", f)
        if sm:
            a = int(sm.group(1)) if sm.group(1) else None
            b = int(sm.group(2)) if sm.group(2) else None
            val = val[a:b]
        else:
            val = FILTERS[f](val)
    return val


def render_file(rel, text):
    out, labels = [], []
    pos, occ, length = 0, 0, 0
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        cls, op, body = m.group(1), m.group(2), m.group(3)
        occ += 1
        val = body if op == "=" else render_value(body, rel, occ)
        label_off, label_val = 0, val
        if "\n" in val:
            so_far = "".join(out)
            line_start = so_far.rfind("\n") + 1
            prefix = so_far[line_start:]
            indent = prefix if prefix.strip() == "" else ""
            lines = val.split("\n")
            val = lines[0] + "".join("\n" + indent + ln for ln in lines[1:])
            label_val = lines[1]
            label_off = len(lines[0]) + 1 + len(indent)
        if CLASSES[cls]:
            labels.append((length + label_off, label_val, CLASSES[cls]))
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    if "«" in result or "»" in result:
        raise SystemExit(f"unexpanded marker in {rel}")
    res = []
    for off, v, c in labels:
        line = result.count("\n", 0, off) + 1
        res.append({"file": rel, "line": line, "value": v, "class": c})
    return result, res


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    all_labels = []
    files = []
    for root, dirs, fnames in os.walk(TEMPLATES):
        dirs.sort()
        for fn in sorted(fnames):
            full = os.path.join(root, fn)
            files.append(os.path.relpath(full, TEMPLATES).replace(os.sep, "/"))
    files.sort()
    for rel in files:
        with open(os.path.join(TEMPLATES, rel), encoding="utf-8") as fh:
            text = fh.read()
        result, labels = render_file(rel, text)
        dest = os.path.join(app, *rel.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(result)
        all_labels.extend(labels)
    # verify every label on its line
    bad = 0
    for lab in all_labels:
        with open(os.path.join(app, *lab["file"].split("/")), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lab["value"] not in lines[lab["line"] - 1] or not lab["value"].strip():
            print("LABEL NOT FOUND:", lab, file=sys.stderr)
            bad += 1
    if bad:
        raise SystemExit(f"{bad} labels failed verification")
    all_labels.sort(key=lambda l: (l["file"], l["line"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for lab in all_labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print(f"{len(files)} files, {len(all_labels)} labels: " +
          ", ".join(f"{k}={counts[k]}" for k in sorted(counts)))


if __name__ == "__main__":
    main()
