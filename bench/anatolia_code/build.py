#!/usr/bin/env python3
"""Build the "Anatolia Logistik" held-out evaluation repository.

Usage:  python bench/anatolia_code/build.py OUTDIR

Templates live in bench/anatolia_code/templates/<path>.tpl and are rendered to
OUTDIR/app/<path>.  Inline markers:

    ⟦C:gen⟧          value produced by generator `gen` (optionally `gen(arg)`)
    ⟦C:gen@key⟧      same, cached under `key` so several files share a value
    ⟦C=literal⟧      literal text taken from the template

C is one of S (secret), P (pii), I (infra), X (proprietary), N (none) or
U (unlabelled filler: rendered, never labelled).

Every value is produced at build time from a fixed-seed random.Random, so the
templates never hold a well-formed credential; provider prefixes and PEM
armour are assembled from pieces below.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import re
import shutil
import string
import sys
import uuid as _uuid

SEED = 0x414E4154  # "ANAT"
HERE = os.path.dirname(os.path.abspath(__file__))
TPL_DIR = os.path.join(HERE, "templates")
CLASSES = {"S": "secret", "P": "pii", "I": "infra", "X": "proprietary", "N": "none", "U": None}
MARKER = re.compile(r"⟦([SPIXNU])([:=])(.*?)⟧")

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
B64URL = ALNUM + "-_"
HEXL = "0123456789abcdef"

# pieces assembled at run time (keeps the source free of literal prefixes)
DASH5 = "-" * 5
PEM_BEGIN = DASH5 + "BEGIN "
PEM_END = DASH5 + "END "
PK_WORDS = "PRIVATE" + " " + "KEY"


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban_from(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


CISCO_XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"

# ---------------------------------------------------------------- name data
TR_FIRST = ["Ahmet", "Mehmet", "Ayşe", "Fatma", "Emine", "Mustafa", "Zeynep", "Elif", "Burak", "Can",
            "Deniz", "Gökhan", "Hülya", "İbrahim", "Kübra", "Murat", "Özge", "Serkan", "Tuğba", "Volkan",
            "Yasemin", "Şeyma", "Çağrı", "Ümit", "Hakan", "Selin", "Onur", "Ebru", "Kerem", "Nazlı"]
TR_LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
           "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
           "Şimşek", "Polat", "Güneş", "Aksoy", "Tekin", "Karaca", "Uysal", "Bozkurt", "Erkan"]
AR_FIRST = ["محمد", "أحمد", "فاطمة", "مريم", "يوسف", "عمر", "خالد", "نورة", "سارة", "علي", "حسن", "ليلى",
            "عبد الرحمن", "هند", "منى", "طارق"]
AR_LAST = ["العتيبي", "الحربي", "المنصوري", "الشامسي", "عبد الله", "حسين", "السيد", "إبراهيم",
           "مصطفى", "الزهراني", "القحطاني", "النعيمي", "فاروق", "الكعبي"]
AR_LATIN = ["Mohamed Abdelrahman", "Ahmed El-Sayed", "Mona Farouk", "Yasmin Hassan", "Omar Al Mansouri",
            "Khaled Al Shamsi", "Noura Al Otaibi", "Tarek Abdelaziz", "Hend Mostafa", "Youssef Ibrahim",
            "Mariam Al Kaabi", "Hassan Naguib", "Salma Ezzat", "Karim Soliman"]
HE_FIRST = ["יוסי", "מיכל", "נועה", "אבי", "דוד", "רונית", "שירה", "איתי", "תמר", "עומר", "יעל", "אורי"]
HE_LAST = ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "אזולאי", "דהן", "גבאי"]
HE_LATIN = ["Yossi Cohen", "Noa Levi", "Itai Mizrahi", "Michal Peretz", "Avi Biton", "Shira Friedman",
            "Tamar Azulay", "Omer Shapira", "Yael Dahan", "Uri Gabay", "Ronit Avraham"]
RU_M = [("Алексей", "Смирнов", "Сергеевич"), ("Дмитрий", "Кузнецов", "Андреевич"),
        ("Андрей", "Попов", "Викторович"), ("Михаил", "Соколов", "Игоревич"),
        ("Павел", "Лебедев", "Олегович"), ("Сергей", "Новиков", "Петрович"),
        ("Игорь", "Морозов", "Николаевич"), ("Роман", "Волков", "Александрович")]
RU_F = [("Екатерина", "Смирнова", "Дмитриевна"), ("Ольга", "Кузнецова", "Ивановна"),
        ("Наталья", "Попова", "Сергеевна"), ("Татьяна", "Соколова", "Михайловна"),
        ("Ирина", "Лебедева", "Павловна"), ("Анна", "Волкова", "Алексеевна"),
        ("Мария", "Морозова", "Юрьевна"), ("Светлана", "Новикова", "Андреевна")]
UK = ["Олена Коваленко", "Андрій Бондаренко", "Ірина Ткаченко", "Богдан Кравченко", "Оксана Мельник",
      "Максим Лисенко", "Юлія Олійник", "Віталій Поліщук", "Дмитро Савченко", "Наталія Гнатюк",
      "Тетяна Руденко", "Ярослав Петрук"]
UK_LATIN = ["Olena Kovalenko", "Andrii Bondarenko", "Iryna Tkachenko", "Bohdan Kravchenko",
            "Oksana Melnyk", "Maksym Lysenko", "Yuliia Oliinyk", "Vitalii Polishchuk", "Dmytro Savchenko"]
KA = ["გიორგი ბერიძე", "ნინო კაპანაძე", "დავით გელაშვილი", "თამარ მაისურაძე", "ლევან ლომიძე",
      "მარიამ ჯავახიშვილი", "ირაკლი ხარაიშვილი", "ანა ნოზაძე", "ლაშა წიკლაური", "ეკა ქავთარაძე"]
KA_LATIN = ["Giorgi Beridze", "Nino Kapanadze", "Davit Gelashvili", "Tamar Maisuradze", "Levan Lomidze",
            "Mariam Javakhishvili", "Irakli Kharaishvili", "Ana Nozadze", "Lasha Tsiklauri"]
KK = ["Айгерім Нұрланқызы", "Ержан Әбдірахманов", "Дәурен Жақсылықов", "Гүлнар Сәрсенбаева",
      "Асхат Төлеуов", "Мадина Оспанова", "Бауыржан Қасымов", "Әлия Ахметова", "Нұрсұлтан Бекұлы"]
KK_LATIN = ["Yerzhan Abdirakhmanov", "Dauren Zhaksylykov", "Gulnar Sarsenbayeva", "Askhat Toleuov",
            "Madina Ospanova", "Baurzhan Kassymov", "Aliya Akhmetova", "Aigerim Nurlankyzy"]

FOLD = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ü": "u", "Ü": "U",
                      "ö": "o", "Ö": "O", "ç": "c", "Ç": "C", " ": ".", "-": ""})

TR_STREETS = ["Bağdat Cad.", "Halaskargazi Cad.", "Fahrettin Kerim Gökay Cad.", "Büyükdere Cad.",
              "İnönü Mah. Gül Sok.", "Moda Cad.", "Şair Nefi Sok.", "Ahmet Rasim Sok.", "Kızıltoprak Mah. Çiçek Sok.",
              "Barbaros Bulvarı", "Nispetiye Cad.", "Kocatepe Mah. Lale Sok."]
TR_DISTRICTS = ["Kadıköy/İstanbul", "Şişli/İstanbul", "Üsküdar/İstanbul", "Beşiktaş/İstanbul",
                "Ataşehir/İstanbul", "Bakırköy/İstanbul", "Çankaya/Ankara", "Karşıyaka/İzmir",
                "Nilüfer/Bursa", "Muratpaşa/Antalya"]
RU_STREETS = ["ул. Профсоюзная", "ул. Тверская", "Ленинский пр-т", "ул. Бутлерова", "ул. Садовая-Кудринская",
              "Кутузовский пр-т", "ул. Маршала Жукова"]
UA_STREETS = ["вул. Січових Стрільців", "вул. Саксаганського", "просп. Перемоги", "вул. Ярославів Вал",
              "вул. Антоновича", "бул. Лесі Українки"]
KA_STREETS = ["ჭავჭავაძის გამზ.", "პეკინის ქ.", "ვაჟა-ფშაველას გამზ.", "აბაშიძის ქ.", "მარჯანიშვილის ქ."]
AE_AREAS = ["Al Barsha 2", "Jumeirah 1", "Al Nahda 1", "Mirdif", "Al Quoz 4", "Dubai Marina"]
EG_STREETS = ["شارع التحرير، الدقي، الجيزة", "شارع عباس العقاد، مدينة نصر، القاهرة",
              "شارع الحجاز، مصر الجديدة، القاهرة", "شارع جامعة الدول العربية، المهندسين، الجيزة"]
HE_STREETS = ["רחוב הרצל", "רחוב דיזנגוף", "שדרות רוטשילד", "רחוב אבן גבירול", "רחוב ז'בוטינסקי"]
HE_CITIES = ["תל אביב", "רמת גן", "חיפה", "ירושלים", "פתח תקווה"]
KZ_STREETS = ["мкр. Самал-2", "пр. Абая", "ул. Толе би", "ул. Жандосова", "пр. Аль-Фараби"]

GPS = {"ist": (41.02, 29.03, 0.12), "kyiv": (50.45, 30.52, 0.08), "tbs": (41.72, 44.79, 0.05),
       "cai": (30.05, 31.24, 0.08), "dxb": (25.15, 55.25, 0.1), "tlv": (32.08, 34.79, 0.04),
       "ala": (43.24, 76.90, 0.06), "ank": (39.92, 32.85, 0.06)}

PW_WORDS = ["Galata", "Lodos", "Kartal", "Marmara", "Kapadokya", "Sultan", "Bosfor", "Lale", "Kervan",
            "Cay", "Simit", "Anadolu", "Kuzey", "Dnipro", "Tiflis", "Nile", "Yakamoz", "Poyraz", "Palmiye"]
SYMS = "!*-_.+"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.cache = {}
        self.used = set()

    # ------------------------------------------------------------ helpers
    def ch(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(int(n)))

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(int(n)))

    def pick(self, seq):
        return self.r.choice(seq)

    def g_hex(self, n="32"):
        return self.ch(HEXL, n)

    def g_HEX(self, n="32"):
        return self.ch(HEXL.upper(), n)

    def g_alnum(self, n="32"):
        return self.ch(ALNUM, n)

    def g_lower(self, n="12"):
        return self.ch(LOWER + DIG, n)

    def g_digits(self, n="6"):
        return str(self.r.randint(1, 9)) + self.ch(DIG, int(n) - 1)

    def g_c_bytes(self, n="16"):
        return ", ".join("0x%02x" % b for b in self.rbytes(n))

    def g_b64(self, nbytes="32"):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def g_b64url(self, n="32"):
        return self.ch(B64URL, n)

    def g_uuid(self, arg=None):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    # ------------------------------------------------------------ passwords
    def g_pw(self, kind="mix"):
        r = self.r
        if kind == "url":  # safe inside URL userinfo / DSNs
            return self.ch(ALNUM, r.randint(14, 22))
        if kind == "word":
            return "%s%s%d%s" % (self.pick(PW_WORDS), self.pick(["", "_", "."]), r.randint(1, 9999),
                                 self.pick("!*.+"))
        if kind == "simple":
            return self.ch(LOWER, r.randint(5, 7)) + str(r.randint(100, 99999))
        n = r.randint(12, 20)
        body = [self.pick(ALNUM) for _ in range(n)]
        for _ in range(r.randint(1, 3)):
            body[r.randint(1, n - 1)] = self.pick(SYMS)
        body[0] = self.pick(UPPER)
        return "".join(body)

    def g_django_key(self, arg=None):
        chars = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
        prefix = "django-" + "insecure-" if arg == "insecure" else ""
        return prefix + self.ch(chars, 50)

    def g_jwt_secret(self, arg=None):
        return self.g_b64("48") if arg == "b64" else self.ch(ALNUM, 64)

    def g_jwt(self, arg=None):
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        payload = {"sub": str(self.r.randint(10000, 99999)), "role": arg or "courier",
                   "iat": 1709251200 + self.r.randint(0, 9000000)}
        pl = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode())
        return "%s.%s.%s" % (hdr.decode().rstrip("="), pl.decode().rstrip("="), self.ch(B64URL, 43))

    def g_basic(self, arg="svc"):
        return base64.b64encode(("%s:%s" % (arg, self.g_pw("url"))).encode()).decode()

    # ------------------------------------------------------------ providers
    def g_yc_api_key(self, arg=None):
        return "AQ" + "VN" + self.ch(B64URL, 36)

    def g_yc_iam(self, arg=None):
        return "t1." + "9euelZ" + self.ch(B64URL, 150) + "." + self.ch(B64URL, 86)

    def g_yc_key_id(self, arg=None):
        return "YC" + "AJ" + self.ch(ALNUM, 21)

    def g_yc_key_secret(self, arg=None):
        return "YC" + self.pick("MNOP") + self.ch(B64URL, 37)

    def g_yc_folder(self, arg=None):
        return "b1g" + self.ch(LOWER + DIG, 17)

    def g_yandex_oauth(self, arg=None):
        return "y0" + "_AgAAAA" + self.ch(B64URL, 52)

    def g_vk(self, arg=None):
        if arg == "old":
            return self.ch(HEXL, 85)
        return "vk1" + ".a." + self.ch(B64URL, 160)

    def g_tg(self, arg=None):
        return "%d:AA%s" % (self.r.randint(5000000000, 7999999999), self.ch(B64URL, 33))

    def g_tg_chat(self, arg=None):
        return "-100" + self.ch(DIG, 10)

    def g_iyzico(self, arg=None):
        return self.ch(ALNUM, 32)

    def g_paytr(self, arg=None):
        return self.ch(ALNUM, 16)

    def g_paymob_api(self, arg=None):
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS512","typ":"JWT"}').decode().rstrip("=")
        pl = base64.urlsafe_b64encode(json.dumps({"class": "Merchant", "profile_pk": self.r.randint(100000, 999999),
                                                   "name": "initial"}).encode()).decode().rstrip("=")
        tok = "%s.%s.%s" % (hdr, pl, self.ch(B64URL, 86))
        return base64.b64encode(tok.encode()).decode().rstrip("=")

    def g_paymob_sk(self, arg=None):
        return "egy" + "_sk_live_" + self.ch(HEXL, 64)

    def g_paymob_pk(self, arg=None):
        return "egy" + "_pk_live_" + self.ch(ALNUM, 32)

    def g_checkout_sk(self, arg=None):
        return "sk" + "_" + self.ch(LOWER + DIG, 27)

    def g_checkout_pk(self, arg=None):
        return "pk" + "_" + self.ch(LOWER + DIG, 27)

    def g_tabby_sk(self, arg=None):
        return "sk" + "_" + self.g_uuid()

    def g_tabby_pk(self, arg=None):
        return "pk" + "_" + self.g_uuid()

    def g_firebase(self, arg=None):
        return "AA" + "AA" + self.ch(B64URL, 7) + ":" + "APA91b" + self.ch(B64URL, 134)

    def g_gmaps(self, arg=None):
        return "AI" + "za" + "Sy" + self.ch(B64URL, 33)

    def g_mapbox(self, arg="sk"):
        inner = base64.b64encode(('{"u":"anatolia-logistik","a":"%s"}' % self.ch(LOWER + DIG, 25)).encode()).decode().rstrip("=")
        return "%s.%s.%s" % (arg, inner, self.ch(B64URL, 22))

    def g_sentry_token(self, arg=None):
        return "sntrys" + "_" + "eyJpYXQiOj" + self.ch(B64URL, 110)

    def g_twilio_sid(self, arg=None):
        return "A" + "C" + self.ch(HEXL, 32)

    def g_twilio_key(self, arg=None):
        return "S" + "K" + self.ch(HEXL, 32)

    def g_infobip(self, arg=None):
        return self.ch(HEXL, 32) + "-" + self.g_uuid()

    def g_aws_id(self, arg=None):
        return "AK" + "IA" + self.ch(UPPER + "234567", 16)

    def g_aws_secret(self, arg=None):
        return self.ch(ALNUM + "/+", 40)

    def g_gh_pat(self, arg=None):
        return "gh" + "p_" + self.ch(ALNUM, 36)

    def g_gitlab(self, arg=None):
        return "gl" + "pat-" + self.ch(B64URL, 20)

    def g_slack_hook(self, arg=None):
        return "T%s/B%s/%s" % (self.ch(UPPER + DIG, 8), self.ch(UPPER + DIG, 10), self.ch(ALNUM, 24))

    def g_slack_bot(self, arg=None):
        return "xo" + "xb-" + self.ch(DIG, 12) + "-" + self.ch(DIG, 13) + "-" + self.ch(ALNUM, 24)

    def g_sendgrid(self, arg=None):
        return "S" + "G." + self.ch(B64URL, 22) + "." + self.ch(B64URL, 43)

    def g_vault_token(self, arg=None):
        return "hv" + "s." + self.ch(ALNUM, 24)

    def g_keycloak(self, arg=None):
        return self.ch(ALNUM, 32)

    # ------------------------------------------------------------ network crypto
    def g_wg_priv(self, arg=None):
        b = bytearray(self.rbytes(32))
        b[0] &= 248
        b[31] = (b[31] & 127) | 64
        return base64.b64encode(bytes(b)).decode()

    def g_wg_pub(self, arg=None):
        return base64.b64encode(self.rbytes(32)).decode()

    def g_ssh_pub(self, arg=None):
        return "AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(self.rbytes(32)).decode()[:43]

    def g_cisco7(self, arg=None):
        pw = self.g_pw("word")
        seed = self.r.randint(0, 15)
        out = "%02d" % seed
        for i, c in enumerate(pw):
            out += "%02X" % (ord(c) ^ ord(CISCO_XLAT[(seed + i) % 53]))
        return out

    def g_md5crypt(self, arg=None):
        a = "./" + DIG + UPPER + LOWER
        return "$1$" + self.ch(a, 4) + "$" + self.ch(a, 22)

    def g_type9(self, arg=None):
        a = "./" + DIG + UPPER + LOWER
        return "$9$" + self.ch(a, 14) + "$" + self.ch(a, 43)

    def g_snmp(self, arg=None):
        return self.pick(["anat", "lgstk", "kurye", "noc", "mon"]) + self.pick(["-ro-", "RO", "_snmp_", "-"]) + self.ch(ALNUM, self.r.randint(6, 10))

    def g_pem(self, kind="rsa"):
        """multi-line private key block; label = first body line.
        kind suffix "_json" joins the lines with a literal backslash-n (one physical line)."""
        r = self.r
        sep = "\n"
        if kind.endswith("_json"):
            kind, sep = kind[:-5], "\\n"
        if kind == "rsa":
            title, first = "RSA " + PK_WORDS, "MIIEpAIBAAKCAQEA"
            nlines = 25
        elif kind == "ec":
            title, first = "EC " + PK_WORDS, "MHcCAQEEI"
            nlines = 3
        elif kind == "openssh":
            title, first = "OPENSSH " + PK_WORDS, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA"
            nlines = 7
        else:
            title, first = PK_WORDS, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
            nlines = 26
        lines = [first + self.ch(ALNUM + "+/", 64 - len(first))]
        for _ in range(nlines - 2):
            lines.append(self.ch(ALNUM + "+/", 64))
        lines.append(self.ch(ALNUM + "+/", r.randint(20, 60)) + "=")
        text = PEM_BEGIN + title + DASH5 + sep + sep.join(lines) + sep + PEM_END + title + DASH5
        return text, lines[0]

    def g_cert(self, arg=None):
        title = "CERTIFICATE"
        lines = ["MIIDazCCAlOgAwIBAgIU" + self.ch(ALNUM + "+/", 44)]
        for _ in range(17):
            lines.append(self.ch(ALNUM + "+/", 64))
        lines.append(self.ch(ALNUM + "+/", 40) + "==")
        text = PEM_BEGIN + title + DASH5 + "\n" + "\n".join(lines) + "\n" + PEM_END + title + DASH5
        return text, lines[0]

    def g_ovpn_static(self, arg=None):
        title = "OpenVPN Static key V1"
        lines = [self.ch(HEXL, 32) for _ in range(16)]
        text = "#\n# 2048 bit OpenVPN static key\n#\n" + PEM_BEGIN + title + DASH5 + "\n" + "\n".join(lines) + "\n" + PEM_END + title + DASH5
        return text, lines[0]

    # ------------------------------------------------------------ none-ish
    def g_git_sha(self, arg=None):
        return self.ch(HEXL, 40)

    def g_sha256(self, arg=None):
        return self.ch(HEXL, 64)

    def g_integrity(self, arg=None):
        return "sha512-" + base64.b64encode(self.rbytes(64)).decode()

    # ------------------------------------------------------------ PII
    def g_name(self, kind="tr"):
        self.last_name = v = self._name(kind)
        return v

    def _name(self, kind):
        if kind == "tr":
            return "%s %s" % (self.pick(TR_FIRST), self.pick(TR_LAST))
        if kind == "TR":  # upper-case surname, common in Turkish forms
            return "%s %s" % (self.pick(TR_FIRST), self.pick(TR_LAST).replace("i", "İ").replace("ı", "I").upper())
        if kind == "ar":
            return "%s %s" % (self.pick(AR_FIRST), self.pick(AR_LAST))
        if kind == "ar_lat":
            return self.pick(AR_LATIN)
        if kind == "he":
            return "%s %s" % (self.pick(HE_FIRST), self.pick(HE_LAST))
        if kind == "he_lat":
            return self.pick(HE_LATIN)
        if kind == "ru":
            f, l, p = self.pick(RU_M + RU_F)
            return "%s %s %s" % (l, f, p)
        if kind == "ru_short":
            f, l, p = self.pick(RU_M + RU_F)
            return "%s %s.%s." % (l, f[0], p[0])
        if kind == "uk":
            return self.pick(UK)
        if kind == "uk_lat":
            return self.pick(UK_LATIN)
        if kind == "ka":
            return self.pick(KA)
        if kind == "ka_lat":
            return self.pick(KA_LATIN)
        if kind == "kk":
            return self.pick(KK)
        if kind == "kk_lat":
            return self.pick(KK_LATIN)
        raise KeyError(kind)

    def g_tckn(self, arg=None):
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
            d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
            d11 = (sum(d) + d10) % 10
            v = "".join(map(str, d)) + str(d10) + str(d11)
            if len(set(v)) > 3:
                return v

    def g_tz(self, arg=None):
        p = self.ch(DIG, 8)
        p = str(self.r.randint(0, 3)) + p[1:]
        return p + luhn_digit(p)

    def g_saudi_id(self, arg=None):
        p = self.pick("12") + self.ch(DIG, 8)
        return p + luhn_digit(p)

    def g_emirates_id(self, arg=None):
        year = str(self.r.randint(1965, 2001))
        p = "784" + year + self.ch(DIG, 7)
        c = luhn_digit(p)
        return "784-%s-%s-%s" % (year, p[7:], c)

    def g_egypt_id(self, arg=None):
        y = self.r.randint(1962, 2003)
        cent = "2" if y < 2000 else "3"
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        gov = self.pick(["01", "02", "12", "13", "21", "88"])
        serial = self.ch(DIG, 4)
        body = "%s%02d%02d%02d%s%s" % (cent, y % 100, m, d, gov, serial)
        w = [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        s = sum(int(a) * b for a, b in zip(body, w)) % 11
        return body + str((11 - s) % 10)

    def g_inn(self, arg=None):
        w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d = [int(c) for c in self.pick(["77", "50", "78", "16", "23"]) + self.ch(DIG, 8)]
        d.append(sum(a * b for a, b in zip(d, w11)) % 11 % 10)
        d.append(sum(a * b for a, b in zip(d, w12)) % 11 % 10)
        return "".join(map(str, d))

    def g_inn10(self, arg=None):
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        d = [int(c) for c in self.pick(["77", "50", "78"]) + self.ch(DIG, 7)]
        d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
        return "".join(map(str, d))

    def g_snils(self, arg=None):
        while True:
            d = [int(c) for c in self.ch(DIG, 9)]
            if d[0] == 0:
                continue
            s = sum(x * (9 - i) for i, x in enumerate(d))
            if s < 100:
                cs = s
            elif s in (100, 101):
                cs = 0
            else:
                cs = s % 101
                if cs == 100:
                    cs = 0
            v = "".join(map(str, d))
            return "%s-%s-%s %02d" % (v[:3], v[3:6], v[6:], cs)

    def g_rnokpp(self, arg=None):
        dob = datetime.date(1960, 1, 1) + datetime.timedelta(days=self.r.randint(0, 15000))
        days = (dob - datetime.date(1899, 12, 31)).days
        d = [int(c) for c in "%05d" % days + self.ch(DIG, 4)]
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
        return "".join(map(str, d))

    def g_iin(self, arg=None):
        while True:
            y = self.r.randint(1965, 2004)
            cg = (3 if y < 2000 else 5) + self.r.randint(0, 1)
            s = "%02d%02d%02d%d%s" % (y % 100, self.r.randint(1, 12), self.r.randint(1, 28), cg, self.ch(DIG, 4))
            d = [int(c) for c in s]
            c = sum(x * (i + 1) for i, x in enumerate(d)) % 11
            if c == 10:
                w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
                c = sum(x * w for x, w in zip(d, w2)) % 11
                if c == 10:
                    continue
            return s + str(c)

    def g_passport(self, kind="tr"):
        if kind == "tr":
            return "U" + self.ch(DIG, 8)
        if kind == "ru":
            return "%s %s %s" % (self.pick(["45", "46", "40", "77"]), self.ch(DIG, 2), self.ch(DIG, 6))
        if kind == "ua":
            return self.pick(["FX", "FM", "FE", "EK"]) + self.ch(DIG, 6)
        if kind == "ua_id":
            return "00" + self.ch(DIG, 7)
        if kind == "ge":
            return "%02d%s%s" % (self.r.randint(10, 24), self.ch("ABCDEGHIKLMN", 2), self.ch(DIG, 5))
        if kind == "il":
            return "3" + self.ch(DIG, 7)
        if kind == "eg":
            return self.pick("AP") + self.ch(DIG, 8)
        if kind == "kz":
            return "N" + self.ch(DIG, 8)
        raise KeyError(kind)

    def g_phone(self, cc="tr"):
        r, D = self.r, lambda n: self.ch(DIG, n)
        if cc == "tr":
            return "+90 5%d%d %s %s %s" % (r.randint(3, 5), r.randint(0, 9), D(3), D(2), D(2))
        if cc == "tr_nat":
            return "0(5%d%d) %s %s %s" % (r.randint(3, 5), r.randint(0, 9), D(3), D(2), D(2))
        if cc == "tr_e164":
            return "+905%d%d%s" % (r.randint(3, 5), r.randint(0, 9), D(7))
        if cc == "tr_land":
            return "+90 212 %s %s %s" % (D(3), D(2), D(2))
        if cc == "il":
            return "+972-5%s-%s-%s" % (self.pick("02348"), D(3), D(4))
        if cc == "il_nat":
            return "05%s-%s" % (self.pick("0234"), D(7))
        if cc == "ae":
            return "+971 5%s %s %s" % (self.pick("02568"), D(3), D(4))
        if cc == "ae_e164":
            return "+9715%s%s" % (self.pick("02568"), D(7))
        if cc == "eg":
            return "+20 1%s %s %s" % (self.pick("0125"), D(4), D(4))
        if cc == "eg_nat":
            return "01%s%s" % (self.pick("0125"), D(8))
        if cc == "ru":
            return "+7 (9%s) %s-%s-%s" % (D(2), D(3), D(2), D(2))
        if cc == "ru_nat":
            return "8 (9%s) %s-%s-%s" % (D(2), D(3), D(2), D(2))
        if cc == "kz":
            return "+7 70%s %s %s %s" % (self.pick("125678"), D(3), D(2), D(2))
        if cc == "ua":
            return "+380 (%s) %s-%s-%s" % (self.pick(["50", "63", "66", "67", "68", "73", "93", "95", "97"]), D(3), D(2), D(2))
        if cc == "ua_e164":
            return "+380%s%s" % (self.pick(["50", "63", "67", "93", "97"]), D(7))
        if cc == "ge":
            return "+995 5%s %s %s %s" % (D(2), D(2), D(2), D(2))
        raise KeyError(cc)

    def g_email(self, kind="tr"):
        if kind == "last":  # derive from the most recently generated (Latin/Turkish) name
            name = getattr(self, "last_name", "").translate(FOLD).lower()
            if name and name.isascii():
                first, _, last = name.partition(".")
                last = last.replace(".", "")
                local = self.pick([first + "." + last, first[:1] + last, first + last + str(self.r.randint(1, 99))])
                return "%s@%s" % (local, self.pick(["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"]))
            kind = "tr"
        src = {"tr": lambda: "%s %s" % (self.pick(TR_FIRST), self.pick(TR_LAST)),
               "ar": lambda: self.pick(AR_LATIN), "he": lambda: self.pick(HE_LATIN),
               "uk": lambda: self.pick(UK_LATIN), "ka": lambda: self.pick(KA_LATIN),
               "kk": lambda: self.pick(KK_LATIN),
               "ru": lambda: self.pick(["sergey smirnov", "olga kuznetsova", "pavel lebedev", "anna volkova",
                                        "dmitry popov", "irina morozova"])}[kind]
        name = src().translate(FOLD).lower()
        first, _, last = name.partition(".")
        style = self.r.randint(0, 3)
        local = [name, first + last[:1], first[:1] + last + str(self.r.randint(1, 99)),
                 first + "_" + last + str(self.r.randint(70, 99))][style]
        dom = {"tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
               "ar": ["gmail.com", "yahoo.com", "hotmail.com"], "he": ["gmail.com", "walla.co.il"],
               "uk": ["ukr.net", "gmail.com", "i.ua"], "ka": ["gmail.com", "yahoo.com"],
               "kk": ["mail.ru", "gmail.com"], "ru": ["yandex.ru", "mail.ru", "gmail.com"]}[kind]
        return "%s@%s" % (local, self.pick(dom))

    def g_staff_email(self, kind="tr"):
        n = self.g_name(kind if kind in ("tr",) else kind).translate(FOLD).lower()
        return "%s@anatolia-logistik.com.tr" % n

    def g_addr(self, kind="tr"):
        r = self.r
        if kind == "tr":
            return "%s No:%d D:%d %s" % (self.pick(TR_STREETS), r.randint(1, 240), r.randint(1, 24), self.pick(TR_DISTRICTS))
        if kind == "ru":
            return "г. Москва, %s, д. %d, кв. %d" % (self.pick(RU_STREETS), r.randint(1, 120), r.randint(1, 300))
        if kind == "ua":
            return "м. Київ, %s, %d, кв. %d" % (self.pick(UA_STREETS), r.randint(1, 90), r.randint(1, 150))
        if kind == "ka":
            return "თბილისი, %s %d, ბ. %d" % (self.pick(KA_STREETS), r.randint(1, 80), r.randint(1, 60))
        if kind == "ae":
            return "Villa %d, Street %d, %s, Dubai" % (r.randint(1, 90), r.randint(1, 40), self.pick(AE_AREAS))
        if kind == "eg":
            return "%d %s" % (r.randint(1, 120), self.pick(EG_STREETS))
        if kind == "he":
            return "%s %d, דירה %d, %s" % (self.pick(HE_STREETS), r.randint(1, 140), r.randint(1, 30), self.pick(HE_CITIES))
        if kind == "kz":
            return "г. Алматы, %s, д. %d, кв. %d" % (self.pick(KZ_STREETS), r.randint(1, 120), r.randint(1, 200))
        raise KeyError(kind)

    def g_dob(self, arg=None):
        d = datetime.date(1962, 1, 1) + datetime.timedelta(days=self.r.randint(0, 15500))
        if arg == "iso":
            return d.isoformat()
        return d.strftime("%d.%m.%Y")

    def g_gps(self, city="ist"):
        lat, lon, s = GPS[city]
        return "%.6f,%.6f" % (lat + self.r.uniform(-s, s), lon + self.r.uniform(-s, s))

    def g_gps_sp(self, city="ist"):
        return self.g_gps(city).replace(",", ", ")

    def g_plate(self, kind="tr"):
        r = self.r
        if kind == "tr":
            return "%s %s %d" % (self.pick(["34", "06", "35", "16", "07", "41"]), self.ch("ABCDEFGHJKLMNPRSTUVYZ", r.randint(1, 3)), r.randint(10, 9999))
        if kind == "ua":
            return "%s%s%s" % (self.pick(["AA", "KA", "AI", "BC"]), self.ch(DIG, 4), self.ch("ABCEHIKMOPTX", 2))
        if kind == "ge":
            return "%s-%s-%s" % (self.ch("ABCDEFGHIKLMNOPRSTUVWXYZ", 2), self.ch(DIG, 3), self.ch("ABCDEFGHIKLMNOPRSTUVWXYZ", 2))
        if kind == "kz":
            return "%s%s02" % (self.ch(DIG, 3), self.ch("ABCDEFHKLMNOPSTXYZ", 3))
        if kind == "il":
            return "%s-%s-%s" % (self.ch(DIG, 2), self.ch(DIG, 3), self.ch(DIG, 2))
        if kind == "ae":
            return "%s %d" % (self.pick("ABCDFGHIJKLMNOPQRS"), r.randint(10000, 99999))
        raise KeyError(kind)

    def g_cust_ip(self, arg=None):
        r = self.r
        a, (lo, hi) = self.pick([(78, (160, 191)), (88, (224, 255)), (85, (96, 111)), (176, (33, 88)),
                                 (95, (0, 15)), (46, (1, 2)), (212, (156, 175)), (94, (54, 55)), (37, (130, 155))])
        return "%d.%d.%d.%d" % (a, r.randint(lo, hi), r.randint(0, 255), r.randint(1, 254))

    def g_iban(self, cc="tr"):
        if cc.startswith("tr"):
            v = iban_from("TR", self.pick(["00010", "00064", "00046", "00062", "00067", "00111"]) + "0" + self.ch(DIG, 16))
        elif cc.startswith("ae"):
            v = iban_from("AE", self.pick(["033", "026", "035", "030"]) + self.ch(DIG, 16))
        elif cc.startswith("il"):
            v = iban_from("IL", self.pick(["010", "012", "011", "020"]) + self.ch(DIG, 3) + "0000" + self.ch(DIG, 9))
        elif cc.startswith("ua"):
            v = iban_from("UA", self.pick(["305299", "322001", "380805", "300528"]) + "00000" + self.ch(DIG, 14))
        else:
            raise KeyError(cc)
        assert iban_ok(v)
        if cc.endswith("_sp"):
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def g_pan(self, arg=None):
        p = self.pick(["4", "5"]) + self.ch(DIG, 14)
        v = p + luhn_digit(p)
        if arg == "sp":
            v = " ".join(v[i:i + 4] for i in range(0, 16, 4))
        return v

    def g_mac(self, arg=None):
        return ":".join("%02x" % self.r.randint(0, 255) for _ in range(6))

    # ------------------------------------------------------------ infra
    def g_ip10(self, arg=None):
        return "10.%d.%d.%d" % (self.r.randint(0, 60), self.r.randint(0, 255), self.r.randint(2, 250))

    def g_ip172(self, arg=None):
        return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(2, 250))

    def g_ip192(self, arg=None):
        return "192.168.%d.%d" % (self.r.randint(0, 80), self.r.randint(2, 250))

    def g_pubip(self, arg=None):
        # company-owned public addresses (VPN gateways etc.)
        return "%d.%d.%d.%d" % (self.pick([185, 193, 91, 62]), self.r.randint(1, 254), self.r.randint(0, 255), self.r.randint(1, 254))

    def g_aws_acct(self, arg=None):
        return self.ch(DIG, 12)

    # ------------------------------------------------------------ dispatch
    def make(self, spec, labelled):
        key = None
        if "@" in spec:
            spec, key = spec.split("@", 1)
            if key in self.cache:
                return self.cache[key]
        m = re.fullmatch(r"(\w+)(?:\((.*)\))?", spec)
        if not m:
            raise ValueError("bad generator spec %r" % spec)
        fn = getattr(self, "g_" + m.group(1))
        for _ in range(200):
            val = fn(m.group(2)) if m.group(2) is not None else fn()
            lab = val[1] if isinstance(val, tuple) else val
            if not labelled or lab not in self.used:
                break
        self.used.add(lab)
        if key:
            self.cache[key] = val
        return val


def render(gen, text, relpath):
    out = []
    labels = []
    pos = 0
    line = 1
    for m in MARKER.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        cls, mode, body = m.groups()
        if mode == "=":
            val, lab = body, body
        else:
            val = gen.make(body, cls != "U")
            if isinstance(val, tuple):
                val, lab = val
            else:
                lab = val
        if CLASSES[cls]:
            off = val.index(lab)
            labels.append({"file": relpath, "line": line + val[:off].count("\n"), "value": lab,
                           "class": CLASSES[cls]})
        out.append(val)
        line += val.count("\n")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), labels


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    if os.path.isdir(appdir):
        shutil.rmtree(appdir)
    os.makedirs(appdir)
    gen = Gen(SEED)
    tpls = []
    for root, dirs, files in os.walk(TPL_DIR):
        for f in files:
            if f.endswith(".tpl"):
                full = os.path.join(root, f)
                tpls.append(os.path.relpath(full, TPL_DIR)[:-4].replace(os.sep, "/"))
    tpls.sort()
    all_labels = []
    contents = {}
    for rel in tpls:
        with open(os.path.join(TPL_DIR, rel + ".tpl"), encoding="utf-8") as fh:
            text = fh.read()
        rendered, labels = render(gen, text, rel)
        if "⟦" in rendered or "⟧" in rendered:
            sys.exit("unrendered marker in %s" % rel)
        dest = os.path.join(appdir, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rendered)
        contents[rel] = rendered.split("\n")
        all_labels.extend(labels)

    # ------------------------------------------------------------ verify
    errors = []
    positives = [l["value"] for l in all_labels if l["class"] != "none"]
    for l in all_labels:
        v = l["value"]
        if "\n" in v or not v:
            errors.append("multi-line/empty value: %r" % l)
            continue
        lines = contents[l["file"]]
        if not (1 <= l["line"] <= len(lines)) or v not in lines[l["line"] - 1]:
            errors.append("value not on stated line: %r" % l)
        if l["class"] == "none":
            if len(v) < 4:
                errors.append("none value shorter than 4: %r" % l)
            for p in positives:
                if v in p:
                    errors.append("none value %r is a substring of positive %r" % (v, p))
                    break
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    counts = {}
    for l in all_labels:
        counts[l["class"]] = counts.get(l["class"], 0) + 1
    print("files: %d" % len(tpls))
    for c in ["secret", "pii", "infra", "proprietary", "none"]:
        print("%-12s %d" % (c, counts.get(c, 0)))
    print("total labels: %d" % len(all_labels))


if __name__ == "__main__":
    main()
