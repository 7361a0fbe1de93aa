"""Classify extracted entities with the rules in codeleak.rules.

A comment, long string or text line that holds a secret, email or host among other words is split:
each match becomes its own entity (same kind, value = the match, span narrowed to it) and the
rest is dropped. A value that is a match as a whole keeps its entity and gets the verdict. An
entity that nothing is found in but that overlaps a found value and holds it, or lies in it, is
dropped too: listed in clear, it would show that value.
"""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from codeleak import codenames, keyblocks
from codeleak.errors import FatalError
from codeleak.records import Entity
from codeleak.rules import (
    CREDENTIAL_CALL,
    FIGURE,
    FIGURE_RULE_IDS,
    INTERNAL_FIGURE,
    INTERNAL_FIGURE_CUE,
    PASSWORD_NAME,
    RULE_LIST,
    RULES,
    SEVERITY_RANK,
    STRONG_NAME,
    Rule,
    figure_name,
    high_entropy,
    is_placeholder,
    normalise_name,
    password_shaped,
    shannon_entropy,
    split_words,
    strip_quotes,
)

__all__ = ["RULES", "Hit", "active_rules", "classify", "find_hits", "narrow"]

# `key = value`, `key: value`, `"key": "value"`, `key => value`, `--key=value`, `KEY "value"`
_ASSIGNMENT = re.compile(
    r"""(?<![\w.])(?<![\w$]\$)(?<!\w-)(?P<key>[A-Za-z_][\w.\-]{0,80}?(?: [A-Za-z][\w\-]{0,20}){0,2}?)["']?\s*"""
    r"""(?::[ \t]+[A-Za-z_][\w.\[\]<>|]*\s*(?==[^=]))?"""  # a type annotation: `password: str = "x"`
    # (after a blank: `mysql:database=x` is a key path, its last key `database`)
    r"""(?:(?P<op>:=|=>|->|<-|==|!=|\?=|\+=|=|:)\s*|\s+(?=["']))"""  # `<-`: R
    r"""@?(?:"(?P<v1>[^"\n]*)"|'(?P<v2>[^'\n]*)'|`(?P<v3>[^`\n]*)`|(?P<v4>[^\s"'`,;)}\]>@]))"""  # @"": Objective-C
)  # v4 is an unquoted value's first character: _assignments finds where it ends
_BARE_VALUE_END = re.compile(r"""[\s"'`,;)}\]>]""")
# a command-line option and its value: `--password s3cr3t`, `-Password 'x'`, `--oauth2-bearer "..."`
_OPTION = re.compile(
    r"""(?<![\w-])--?(?P<key>[A-Za-z][\w\-]{1,40})[ \t]+"""
    r"""(?:"(?P<v1>[^"\n]*)"|'(?P<v2>[^'\n]*)'|(?P<v4>[^\s"'`,;)}\]>\-][^\s"'`,;)}\]>]*))"""
)
# words that join prose and never end a name: `both OAuth1 and OAuth1Session` names nothing
_PROSE_GLUE = frozenset("and or nor but of the a an to in on at by with as".split())
# prose without an operator: `Access Token AIhq5Xyb1Gga9Q15` (the value must look generated)
_PROSE_PAIR = re.compile(r"(?<![\w.$-])(?P<key>[A-Za-z][\w\-]{1,30}(?: [A-Za-z][\w\-]{1,20})?)[ \t]+"
                         r"(?P<v4>[A-Za-z0-9][^\s\"'`,;)}\]>]{5,})")
# the name a string literal is given to, read from the source line before it: `NAME, "x"` (an
# option constant before an argument, quoted too: `os.Setenv("API_TOKEN", "x")`), a quoted
# configuration key before its value (`conf.set("fs.s3a.secret.key", "x")`), `name == "x"`,
# `name !== "x"`; the opening quote is there too where a grammar captures a string's content
# without its quotes
_NAME_BEFORE = re.compile(r"(?:[\"'`]?\b(?P<const>[A-Z][A-Z0-9_]{2,})[\"'`]?\s*,|"
                          r"[\"'`]-{0,2}(?P<key>[A-Za-z][\w.\-]{2,60})[\"'`]\s*,|"
                          # a header or entry compared with the literal: `Get("X-Api-Key") != "x"`
                          r"[\"'`](?P<entry>[A-Za-z][\w.\-]{2,60})[\"'`]\s*[\])]\s*(?:===?|!==?)|"
                          r"(?P<cmp>[A-Za-z_][\w.]*)\s*(?:===?|!==?))\s*[bruf@$]*[\"'`]?$")
# a fallback after an expression, named by the assignment the line opens with:
# `XENDIT_KEY = os.environ.get("X") or "x"`, `local JWT_SECRET = os.getenv("S") or "x"`,
# `token = Variable.get("t", default_var=None) or "x"`, `const k = cfg.key ?? "x"`
_FALLBACK = re.compile(
    r"^[ \t]*(?:(?:local|let|const|var|val|static|final|private|public|export)[ \t]+)*"
    r"(?P<name>[A-Za-z_$][\w$.]*)[ \t]*(?::[^=\n]{1,40})?=(?!=)[^\n]*?(?:\bor|\|\||\?\?|\?:)[ \t]*"
    r"[bruf@$]*[\"'`]?$")
# a value named by a sibling: `{"key": "plaidSecret", "value": "x"}` (Postman, CloudFormation
# parameters), `<key>BranchKey</key> <string>x</string>` (property lists), `<macro>{$SNMP_COMMUNITY}
# </macro> <value>x</value>` (Zabbix), `<field name="key">k</field> <field name="value">x` (Odoo);
# by the atom of an Erlang tuple: `{password, "x"}`, `{api_key, <<"x">>}` (_TUPLE_NAME); by an EDN
# keyword: `:sasl.jaas.config "x"` (_EDN_KEY)
_SIBLING_NAME = re.compile(
    r"[\"']?(?:key|name|Key|Name|ParameterKey)[\"']?\s*[:=]\s*[\"']([^\"'\n]{1,80})[\"']\s*,\s*"
    r"[\"']?(?:value|Value|ParameterValue)[\"']?\s*[:=]\s*[\"']?$|"
    r"<(?:key|name|macro)>\s*([^<>]{1,80}?)\s*</(?:key|name|macro)>\s*<(?:value|string)>$|"
    r"<field[ \t]+name=[\"']key[\"']>([^<>]{1,80})</field>\s*<field[ \t]+name=[\"']value[\"']>$")
_TUPLE_NAME = re.compile(r"\{\s*([a-z][a-z0-9_]*)\s*,\s*(?:<<)?[\"']?$")
# calls whose password is an argument at a known place (0-based; the call's name, lower case,
# without separators): NetworkCredential(user, password[, domain]), new
# UsernamePasswordCredentials(user, password), PasswordAuthentication(user, password),
# HTTPBasicAuth(user, password), SetBasicAuth(user, password), smtp.login(user, password),
# PlainAuth(identity, user, password, host), database(name, user, password) in MATLAB,
# mysqli_connect(host, user, password), getConnection(url, user, password), new PDO(dsn, user,
# password), ldap_bind(link, dn, password), sbt's Credentials(realm, host, user, password),
# MySQL's AES_ENCRYPT / AES_DECRYPT(data, key)
_PASSWORD_POSITION = {
    "networkcredential": 1, "usernamepasswordcredentials": 1, "passwordauthentication": 1,
    "httpbasicauth": 1, "httpdigestauth": 1, "setbasicauth": 1, "basicauth": 1, "login": 1,
    "plainauth": 2, "database": 2, "mysqliconnect": 2, "mysqlconnect": 2, "getconnection": 2,
    "pdo": 2, "ldapbind": 2, "credentials": 3, "aesencrypt": 1, "aesdecrypt": 1,
}
_EDN_KEY = re.compile(r"(?<![\w:]):([a-z][\w.\-]{1,60})[ \t]+[\"]?$")
_HASH_HINT = re.compile(r"(?i)hash|bcrypt|encode|argon|make_password")
_ENV_HINT = re.compile(r"(?i)env|config|propert|process\.")
# a literal given to a password-hashing call: `Hash::make('x')`, `make_password("x")`,
# `bcrypt.hashpw(b"x", ...)`, `BCrypt::Password.create("x")`, `passwordEncoder.encode("x")`
_HASHED_ARGUMENT = re.compile(
    r"(?:\bHash(?:er)?\s*(?:::|\.)\s*make|\bBCrypt\s*::\s*Password\s*\.\s*create|"
    r"\bpassword_?encoder\s*(?:\(\s*\))?\s*\.\s*encode|\bbcrypt\w*\s*\.\s*(?:hash|hashpw|hash_?sync|generate_?password_?hash)|"
    r"\b(?:make_password|password_hash|generate_password_hash|hashpw|hash_password|hashPassword|"
    r"bcrypt|argon2\w*\.hash|password_?hasher\.hash))\s*\(\s*[bru]?[\"'`]?$", re.IGNORECASE)
# the default of an environment lookup, named by the variable: `os.getenv("API_KEY", "x")`,
# `System.get_env("X_SECRET", "x")`, `env('STRIPE_SECRET', 'x')`, `ENV.fetch("K", "x")`,
# `env::var("K").unwrap_or_else(|_| String::from("x"))`, `process.env.K || "x"`
_ENV_DEFAULT = re.compile(
    r"(?:(?:getenv|get_env|environ\.get|env|ENV\.fetch|getProperty|GetEnvironmentVariable|config|"
    r"fromEnvironment)\s*\(\s*[\"'](?P<env>[A-Za-z_][\w.]{2,80})[\"']\s*,(?:\s*defaultValue\s*:)?|"
    r"env::var\(\s*\"(?P<rsenv>\w+)\"\s*\)\s*\.unwrap_or(?:_else)?\(\s*(?:\|_\|\s*)?"
    r"(?:String::from\(|\"[^\"]*\"\.to_(?:string|owned)\(\)\s*)?|"
    r"process\.env\.(?P<jsenv>\w+)\s*(?:\|\||\?\?))\s*[bru]?[\"'`]?$")
# SQL's `IDENTIFIED BY 'x'`, looked for in the last SQL_TAIL characters before the literal only
_SQL_BEFORE = re.compile(r"(?i)\b(identified)(?:[ \t]+with[ \t]+\w+)?[ \t]+by[ \t]*['\"`]?$")
SQL_TAIL = 64
NAME_TAIL = 128  # the last characters before a literal where _NAME_BEFORE's match must lie
NAME_WINDOW = 256  # bytes before a string literal that _name_before reads
# a string prefix before an opening quote: b"..", r"..", f"..", @"..", $".."
_STRING_PREFIX = frozenset("bBrRuUfF@$")
# a setter's or builder's verb: `setPassword(`, `withApiKey(` name the property after it
_SETTER_VERB = re.compile(r"^(?:set|with)(?=[A-Z_])_?")
# calls that wrap a value rather than take it: the call around them is the one that names it
_VALUE_WRAPPERS = frozenset({"Some", "Ok", "of", "ofNullable", "from", "String", "str", "valueOf"})
_HEX_OR_B64 = re.compile(r"[A-Za-z0-9+/_\-=]{16,}")
_PUTTY_COMMENT = re.compile(r"Comment: [^\n]*?(?=\\n|\n|$)")
_PUTTY_ENCRYPTED = re.compile(r"(?:^|\n|\\n)[ \t#/;*]*Encryption: *(?!none\b)\w")


@dataclass(frozen=True)
class Hit:
    """One rule match inside an entity's value (character offsets)."""

    rule: Rule
    start: int
    end: int
    context: str
    placeholder: bool


def active_rules(disabled: Iterable[str] = frozenset()) -> tuple[Rule, ...]:
    """All rules except the disabled ones; an unknown id is a configuration error."""
    return _active_rules(frozenset(disabled))


def unknown_rule_ids(ids: Iterable[str]) -> list[str]:
    """The ids among `ids` that name no rule (the pattern rules, and code-name mentions)."""
    return sorted(set(ids) - RULES.keys() - {codenames.RULE_ID})


@functools.lru_cache(maxsize=32)
def _active_rules(off: frozenset[str]) -> tuple[Rule, ...]:
    unknown = unknown_rule_ids(off)
    if unknown:
        raise FatalError(f"unknown rule id(s) in rule toggles: {', '.join(unknown)}")
    return tuple(rule for rule in RULE_LIST if rule.id not in off)


def _hit(rule: Rule, text: str, start: int, end: int, context: str) -> Hit:
    value = text[start:end]
    if rule.id == "putty-private-key":  # the owner's free text: `Comment: example` says nothing
        value = _PUTTY_COMMENT.sub("", value)
    example = _EXAMPLE_CUE.search(text, max(start - 24, 0), start) is not None or \
        _name_says(context, _EXAMPLE_WORDS) or \
        (rule.id.startswith("phone-number") and _name_says(context, _BUSINESS_WORDS))
    return Hit(rule, start, end, context, is_placeholder(value) or example)


# prose that says the value after it is an example: `Example: "BR18..."`, `e.g. 4242...`
_EXAMPLE_CUE = re.compile(r"(?i)(?:\bexamples?|\be\.g\.|\bejemplo|\besempio|\bexemplo|\bexemple|"
                          r"\bprzyk[łl]ad|\bbeispiel|\bvoorbeeld|\bz\.\s?b\.|\bp\.\s?ej\.|\bcontoh|"
                          r"\bv[íi] d[ụu]|例如|例：|예시|예:)\s*[:=]?\s*[\"'`(]?$")
# words of a name that says its value is an example (`ExampleIban`, `DUMMY_TOKEN`), or that a
# phone number is a business line (`supportWhatsapp`, `SALES_PHONE`), not a person's
_EXAMPLE_WORDS = frozenset({"example", "examples", "dummy", "placeholder", "fake",
                            "ejemplo", "esempio", "exemplo", "exemple", "beispiel", "voorbeeld"})
_BUSINESS_WORDS = frozenset({"support", "helpdesk", "hotline", "sac", "switchboard", "reception", "sales",
                             "customer_service", "customerservice", "callcenter", "office"})


def _name_says(name: str, words: frozenset[str]) -> bool:
    """Whether a name holds one of the words (`supportWhatsapp` holds `support`)."""
    return bool(name) and not words.isdisjoint(normalise_name(name).split("_"))


def _assignments(value: str) -> Iterable[tuple[str, int, int]]:
    """(key, start, end) of each literal assigned to a name inside free text.

    Matches may nest (`ID:master/PW:x` assigns `master/PW:x` to ID and `x` to PW): each search
    starts again at the previous value, and overlapping hits are resolved later by `_resolve`.
    Unquoted values nested in one another end where the outer one does: that end is looked for
    once, not again for each (`a=a=a=...` would take time quadratic in its length).
    """
    pos = bare_end = 0
    while (m := _ASSIGNMENT.search(value, pos)) is not None:
        group = next(g for g in ("v1", "v2", "v3", "v4") if m.group(g) is not None)
        start, end = m.span(group)
        if group == "v4":
            if start >= bare_end:
                stop = _BARE_VALUE_END.search(value, start)
                bare_end = stop.start() if stop else len(value)
            end = bare_end
        key = m.group("key")
        if not (group == "v4" and (_prose_word(value, start, end) or _code(value, start, end))) \
                and not _verb_pass(key):
            yield key, start, end
            if " " in key:  # `SET password "x"`: the last word alone names the value too
                yield key.rsplit(" ", 1)[1], start, end
        pos = max(start, m.end("key") + 1)
    for regex in (_OPTION, _PROSE_PAIR):
        pos = 0
        while (m := regex.search(value, pos)) is not None:
            group = next(g for g in ("v1", "v2", "v4") if m.groupdict().get(g) is not None)
            pos = m.start(group)  # a value may be the next pair's key: `login ci password x`
            if regex is _PROSE_PAIR and (not _generated(m.group(group)) or _verb_pass(m.group("key"))
                                         or _KEYWORD_ARGUMENT.search(m.group(group))
                                         or m.group("key").rsplit(" ", 1)[-1].lower() in _PROSE_GLUE):
                continue
            yield m.group("key"), m.start(group), m.end(group)
    for m in _TEXT_FALLBACK.finditer(value):
        yield m.group("key"), m.start("v"), m.end("v")


# in text, a literal after `or` / `||` / `??` that falls back from code: `local JWT_SECRET =
# os.getenv("JWT_SECRET") or "x"` (Lua, read as text) assigns "x" to JWT_SECRET
_TEXT_FALLBACK = re.compile(r"(?<![\w.$])(?P<key>[A-Za-z_$][\w$.]{0,60})[ \t]*=(?!=)[^\n=]{0,200}?"
                            r"(?:\bor|\|\||\?\?|\?:)[ \t]*[\"'](?P<v>[^\"'\n]{4,})[\"']")


# an unquoted value that is code, not a literal: a call or subscript (`utils.getSafeProp(auth`,
# `tokens[:-1`: the value ends at the first comma or bracket), a parameter list or parenthesis
# (`(bool`, `(url`), a negation (`!!_config.withCredentials`, `!done`), a camelCase name
# (`defaultToConfig2`)
_CODE = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*[(\[]|\(\s*[A-Za-z_$]|!!|"
                   r"![A-Za-z_$][A-Za-z_$.]*$|[a-z]+(?:[A-Z][a-z]+)+\d*$")  # not `password:!Dd5G4s9`
_KEYWORD_ARGUMENT = re.compile(r"\w=\w")  # `pass base_1=False`: an argument, not a value


def _code(text: str, start: int, end: int) -> bool:
    return _CODE.match(text, start, end) is not None


def _verb_pass(key: str) -> bool:
    """The verb "pass" in a sentence (`to pass to :meth:`, `Pass the :class:`), not a password's
    name: a key of several words in which "pass" is followed by another, or follows "to"."""
    words = key.lower().split()
    return "pass" in words[:-1] or words[-2:] == ["to", "pass"]


def _prose_word(value: str, start: int, end: int) -> bool:
    """An unquoted lower-case word followed by more words (`password: keep empty`) is prose."""
    return value[start:end].isalpha() and value[start:end].islower() and \
        re.match(r" [a-z]{2,}", value[end:]) is not None


def _generated(text: str) -> bool:
    """Letters mixed with digits (a generated token), not a word, a number or a subscript
    (`tokens[-1`)."""
    return bool(re.search(r"[A-Za-z]", text) and re.search(r"\d", text)) and len(text) >= 8 \
        and "[" not in text


_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))
_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
_LEADING_LOOKBEHIND = re.compile(r"^\(\?<[!=](?:[^()\\\[]|\\.|\[(?:[^\]\\]|\\.)*\])*\)")
_PREFILTERS: dict[tuple[str, int], tuple[tuple[Rule, ...], re.Pattern[str] | None]] = {}
_RULE_ORDER = {rule.id: i for i, rule in enumerate(RULE_LIST)}


def _scoped(pattern: re.Pattern[str]) -> str:
    """A rule's regex as one alternative of a bigger one: its flags scoped to it, its named
    groups made plain, its leading look-behinds dropped (the prefilter only asks whether
    anything could match; without look-behinds the regex engine skips ahead much faster)."""
    body = _LEADING_FLAGS.sub("", pattern.pattern)
    body = re.sub(r"\(\?P<\w+>", "(?:", body)
    while (m := _LEADING_LOOKBEHIND.match(body)) is not None:  # dropping one only widens
        body = body[m.end():]
    flags = "".join(letter for flag, letter in _FLAG_LETTERS if pattern.flags & flag)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def prefilter(rules: tuple[Rule, ...], kind: str) -> re.Pattern[str] | None:
    """One regex that matches somewhere in a value whenever any of the rules without a name
    pattern could match in it for this kind: a value it misses needs none of them checked.
    A rule's own `prefilter` stands for its pattern where it has one. None when such a rule has
    no regex of its own (then every value needs checking)."""
    key = (kind, id(rules))
    entry = _PREFILTERS.get(key)
    if entry is None or entry[0] is not rules:  # the entry holds rules, so ids are not reused
        own = [r for r in rules if r.context is None and kind in r.kinds]
        regex = None if any(r.pattern is None for r in own) else re.compile(
            "|".join(_scoped(r.prefilter or r.pattern) for r in own if r.pattern is not None)
            or r"(?!)")
        entry = _PREFILTERS[key] = (rules, regex)
    return entry[1]


def find_hits(value: str, context: str, kind: str, rules: tuple[Rule, ...],
              suspicious_nearby: bool = False) -> list[Hit]:
    """Every rule match in a value, overlapping matches resolved by severity, then length."""
    hits: list[Hit] = []
    pattern_rules, named_rules = _rules_for(rules, kind)
    combined = prefilter(rules, kind)
    if combined is None or combined.search(value) is not None:
        for rule in pattern_rules:
            # no match is longer than the value; a rule's own prefilter finds something wherever
            # its (slower) pattern can match
            if len(value) >= rule.min_length and (rule.prefilter is None or rule.prefilter.search(value)):
                hits += [_hit(rule, value, a, b, context) for a, b in rule.match(value, context)]
    if context:
        for rule in named_rules:
            if rule.names(context):
                hits += [_hit(rule, value, a, b, context) for a, b in rule.match(value, context)]
    if kind != "identifier" and named_rules:
        whole = strip_quotes(value)
        for key, a, b in _assignments(value):
            if (a, b) == whole and context:
                continue
            for rule in named_rules:
                if rule.names(key):  # before the value is cut out: nested values are long
                    hits += [_hit(rule, value, a + s, a + e, key)
                             for s, e in rule.match(value[a:b], key)]
    if suspicious_nearby and not context and kind == "string" and "high-entropy-secret" in \
            {r.id for r in rules}:
        a, b = strip_quotes(value)
        if _HEX_OR_B64.fullmatch(value[a:b]) and high_entropy(value[a:b]):
            hits.append(_hit(RULES["high-entropy-secret"], value, a, b, "comment"))
    return _resolve(hits)


def _rules_for(rules: tuple[Rule, ...], kind: str) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """The rules that read a kind of value: those found by their pattern alone, and those that
    need a name (kept per rule set, as prefilter keeps its regex)."""
    key = (kind, id(rules))
    entry = _SPLITS.get(key)
    if entry is None or entry[0] is not rules:
        own = [rule for rule in rules if kind in rule.kinds]
        entry = _SPLITS[key] = (rules, tuple(rule for rule in own if rule.context is None),
                                tuple(rule for rule in own if rule.context is not None))
    return entry[1], entry[2]


_SPLITS: dict[tuple[str, int], tuple[tuple[Rule, ...], tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _resolve(hits: list[Hit]) -> list[Hit]:
    ranked = sorted(hits, key=lambda h: (h.placeholder, -SEVERITY_RANK[h.rule.severity],
                                         -(h.end - h.start), _RULE_ORDER[h.rule.id]))
    chosen: list[Hit] = []
    spans: list[tuple[int, int]] = []  # the chosen hits' spans, sorted: they never overlap
    for hit in ranked:
        if hit.start == hit.end:  # an empty match: compared with every chosen span
            free = all(hit.end <= c.start or hit.start >= c.end for c in chosen)
        else:  # only the last chosen span starting before this hit ends can reach into it
            before = bisect_left(spans, (hit.end,))
            free = before == 0 or spans[before - 1][1] <= hit.start
        if free:
            chosen.append(hit)
            insort(spans, (hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)


def narrow(parent: Entity, start: int, end: int, data: bytes | None = None) -> Entity:
    """The parent entity cut down to value[start:end]: lines, UTF-8 byte columns and offsets.

    A comment's value has its markers (`//`, ` * `) stripped, so it is not the source text of its
    span; given the file's bytes (`data`), the match is found again in the source text itself.
    """
    raw = data[parent.start_byte:parent.end_byte].decode("utf-8", "replace") if data else None
    if raw is not None and raw != parent.value:
        piece = parent.value[start:end]
        pos = -1
        for _ in range(parent.value.count(piece, 0, start) + 1):
            pos = raw.find(piece, pos + 1)
            if pos < 0:
                break
        if pos >= 0:
            return narrow(replace(parent, value=raw), pos, pos + len(piece))
        return replace(parent, value=piece)  # markers inside the match: keep the parent's span
    return narrow_spans(parent, [(start, end)])[0]


def narrow_spans(parent: Entity, spans: Sequence[tuple[int, int]]) -> list[Entity]:
    """narrow for sorted, non-overlapping spans of a value that is its source text, in one pass
    (a one-line text file can hold thousands of matches)."""
    out = []
    at, where = 0, (parent.start_byte, parent.line, parent.start_col)
    for start, end in spans:
        where = _advance(where, parent.value[at:start])
        after = _advance(where, parent.value[start:end])
        out.append(replace(parent, value=parent.value[start:end], line=where[1],
                           end_line=after[1], start_col=where[2], end_col=after[2],
                           start_byte=where[0], end_byte=after[0]))
        at, where = end, after
    return out


def _advance(where: tuple[int, int, int], text: str) -> tuple[int, int, int]:
    """(byte offset, line, UTF-8 byte column) after text, from where it starts."""
    byte, line, col = where
    size = len(text.encode("utf-8", "surrogatepass"))
    newlines = text.count("\n")
    if newlines == 0:
        return byte + size, line, col + size
    return byte + size, line + newlines, len(text[text.rfind("\n") + 1:].encode("utf-8", "surrogatepass"))


_KEY_RULES = frozenset({"private-key", "putty-private-key"})


def _key_block(entity: Entity, hit: Hit, data: bytes | None) -> str:
    """The key block a BEGIN (or PuTTY header) line starts (keyblocks.block_at), read across the
    following lines of a text file when the value does not close it."""
    block, closed = keyblocks.block_at(entity.value, hit.start)
    if not closed:
        block, _ = keyblocks.block_at(_following_text(entity, data), hit.start)
    return block


def _key_block_ok(entity: Entity, hit: Hit, data: bytes | None) -> bool:
    """A BEGIN line counts when a body follows: at least 40 base64 characters, random-looking, not
    elided (`...`). A lone header with nothing after it (`header = "-----BEGIN ...-----"`) is not.
    A PuTTY key file's body is its private lines (its public lines are no secret)."""
    body = keyblocks.body(_key_block(entity, hit, data))
    if "..." in body or "…" in body:
        return False
    if len(body) < 40:
        return data is None and entity.kind not in ("text", "comment")  # nothing to look at
    return shannon_entropy(body[:400]) > 4.0


def _encrypted(entity: Entity, hit: Hit, data: bytes | None) -> bool:
    """An encrypted private key (ENCRYPTED header or Proc-Type line; a PuTTY key file's Encryption
    line other than `none`) or a SealedSecret's ciphertext."""
    if hit.rule.id == "private-key" and "ENCRYPTED" in _key_block(entity, hit, data):
        return True
    if hit.rule.id == "putty-private-key" and _PUTTY_ENCRYPTED.search(_key_block(entity, hit, data)):
        return True
    return data is not None and _sealed_secret(data)


_SEALED_SECRET = re.compile(rb"(?m)^kind:\s*SealedSecret\b")


@functools.lru_cache(maxsize=4)
def _sealed_secret(data: bytes) -> bool:
    """Whether a file is a Bitnami SealedSecret manifest: looked up once per file, not once per
    value in it (bytes keep their hash, so the cache costs one pass over the file)."""
    return _SEALED_SECRET.search(data) is not None


def _verdict(entity: Entity, hit: Hit, text: str, data: bytes | None = None,
             parent: Entity | None = None) -> Entity:
    if hit.placeholder:
        return replace(entity, category="none", rule=hit.rule.id, severity="info", note="placeholder")
    severity, note = hit.rule.severity, ""
    if hit.rule.category == "secret" and (
            (hit.rule.id == "private-key" and "ENCRYPTED" in text) or _encrypted(parent or entity, hit, data)):
        severity, note = "low", "encrypted"
    return replace(entity, category=hit.rule.category, rule=hit.rule.id, severity=severity, note=note)


def _name_before(entity: Entity, data: bytes | None) -> str:
    """For a string literal without a name: the option constant, compared name or SQL keyword
    before it on its line, else the credential call it is an argument of."""
    if data is None or entity.kind != "string":
        return ""
    # no further back than NAME_WINDOW bytes: a minified file is one long line, and reading it
    # from its start for every string made classification quadratic
    window = data[max(entity.start_byte - NAME_WINDOW, 0):entity.start_byte].decode("utf-8", "replace")
    before = window[window.rfind("\n") + 1:]  # the line's part in the window
    m = _NAME_BEFORE.search(before, max(len(before) - NAME_TAIL, 0)) or \
        _SQL_BEFORE.search(before, max(len(before) - SQL_TAIL, 0))
    # a quoted key names the literal only where it names a credential and the literal looks
    # generated: `"alerts", "x"` is an argument list (the call names the literal), `"key",
    # "password", "cipher"` a list of names, `"db.password", "Xk9#..."` a key and its value
    if m and not (m.re is _NAME_BEFORE and m.group("key") and not (
            _credential_name(m.group("key")) and _random_looking(entity.value))):
        return m.group("const") or m.group("key") or m.group("entry") or m.group("cmp") \
            if m.re is _NAME_BEFORE else "identified by"
    fallback = _FALLBACK.search(before[-NAME_WINDOW:])
    if fallback:
        return fallback.group("name")  # `KEY = os.getenv("KEY") or "x"`: the default is the key's
    tail = window[-NAME_TAIL:]
    # each of these looks only where the text just before the literal can end its way (the
    # checks on `last` and the hints keep a minified line of many calls fast)
    last = window[:_before_own_quote(window)].rstrip()[-2:]
    sibling = _EDN_KEY.search(tail) or (
        _SIBLING_NAME.search(window[-NAME_WINDOW:]) if last[-1:] in (":", "=", ">") else
        _TUPLE_NAME.search(tail) if last[-1:] == "," or last == "<<" else None)
    if sibling:  # the name a key / value pair gives its value, in JSON, XML, Erlang or EDN
        return next(g for g in sibling.groups() if g)
    brackets = _enclosing(window)  # read once, for the password's place and the call's name
    innermost = next(brackets, None)
    if innermost is not None and innermost[0] == "(" and _PASSWORD_POSITION.get(
            _identifier_before(window, innermost[1]).lower().replace("_", "")) == innermost[2]:
        return "password"  # the password's place in a known credential call: NetworkCredential(u, p)
    if _HASH_HINT.search(tail) and _HASHED_ARGUMENT.search(tail):
        return "password"  # a literal hashed as a password is one: Hash::make("..."), make_password
    default = _ENV_DEFAULT.search(tail) if _ENV_HINT.search(tail) else None
    if default:
        # the default of an environment lookup: its variable names it
        return default.group("env") or default.group("rsenv") or default.group("jsenv")
    call = _call_name(window, itertools.chain([innermost] if innermost else [], brackets))
    return call if call and (_credential_name(call) or CREDENTIAL_CALL.search(normalise_name(call))) else ""


def _call_name(before: str, brackets: Iterable[tuple[str, int, int]]) -> str:
    """The call whose argument list the text before a literal ends in (`brackets`: its
    _enclosing brackets), read back over the other arguments (an argument list may cross lines):
    `getConnection(url, "sa", ` -> `getConnection`; a setter's property without its verb:
    `ds.setPassword(` -> `Password`; past a wrapper of the value: `basic_auth("u", Some(` ->
    `basic_auth`. "" where a statement end, block or list comes first."""
    for bracket, at, _ in brackets:
        if bracket != "(":
            return ""
        name = _identifier_before(before, at)
        if name not in _VALUE_WRAPPERS:
            short = _SETTER_VERB.sub("", name)
            owner = _class_before(before, at, name) if short == name else ""
            return f"{owner}.{name}" if owner else short
    return ""


def _enclosing(before: str) -> Iterator[tuple[str, int, int]]:
    """The brackets still open where the text before a literal ends, innermost first, read back
    over quoted text and balanced brackets, lines crossed: each bracket, its offset in `before`
    and how many commas stand at its level after it; a `;` outside brackets ends them."""
    end = _before_own_quote(before)
    backwards = before[:end][::-1]
    depth = commas = pos = 0
    while (m := _ARGUMENT_SYNTAX.search(backwards, pos)) is not None:
        ch, pos = m.group(), m.end()
        if ch in "\"'`":
            pos = backwards.find(ch, pos) + 1
            if pos == 0:
                return
        elif ch in ")]}":
            depth += 1
        elif ch == ",":
            commas += not depth
        elif ch == ";":
            if not depth:
                return
        elif depth:
            depth -= 1
        else:
            yield ch, end - pos, commas
            commas = 0


# what _enclosing reads back over: quotes, brackets, commas, a statement's end
_ARGUMENT_SYNTAX = re.compile(r"[\"'`()\[\]{};,]")
_CONTAINER_WINDOW = 1024  # bytes before a value where its container's opening is looked for
# a word any credential name holds (PASSWORD_NAME's and STRONG_NAME's, loosely): where the bytes
# before a value hold none, no container can name it
_CREDENTIAL_HINT = re.compile(rb"(?i)secret|token|key|pass|pw|cred|auth|psk|pin|dsn|sk|cookie|salt|community")
# the name a container is given: `API_KEYS = {`, `local PARTNER_KEYS = {`, `"webhooks": [`,
# `WEBHOOK_SECRETS = Map.ofEntries(`, `secrets := map[string]string{`
_CONTAINER_NAME = re.compile(r"(?<![\w$/@.-])[\"'\[]?(?P<name>[A-Za-z_$][\w$]*)[\"'\]]?[ \t]*(?::=|=>|=|:)[ \t]*"
                             r"(?:[\w$.<>\[\], ]{0,60}?)?$")


# a number, bare or quoted, that may be a business figure; and words one of their names holds,
# looked for in the bytes before it before its container is read
_FIGURE = re.compile(rf"[\"']?{FIGURE}[\"']?")
_FIGURE_HINT = re.compile(rb"(?i)pric|fee|discount|margin|commission|rebate|markup|salar|weight|coef|"
                          rb"intercept|threshold|cutoff|fraud|risk|surcharge|uplift|bonus|tarif|preis|"
                          rb"premium|usd|eur|gbp")


# the key just before a number on its line: `"fraud_threshold" -> 0.73` (Scala), `=> 0.73`
# (Ruby, PHP), `("price", 0.84)`, `:fraud-threshold 0.72` (Clojure, EDN)
_FIGURE_KEY = re.compile(r"(?:[\"']?(?P<key>[A-Za-z_][\w.-]{1,60})[\"']?[ \t]*(?:->|=>|:=|:|=|,)|"
                         r":(?P<kw>[A-Za-z_][\w.-]{1,60})[ \t])[ \t]*[-+]?[\"']?$")


def _said_internal(data: bytes, end: int) -> bool:
    """Whether the rest of a figure's line (its comment) says the figure is internal or
    confidential: `DECLARE @WaiverBudgetUsd money = 1850000;  -- internal cap, not public`."""
    stop = data.find(b"\n", end, end + 240)
    rest = data[end:stop if stop >= 0 else end + 240].decode("utf-8", "replace")
    return INTERNAL_FIGURE_CUE.search(rest) is not None


def _figure_key(data: bytes, start: int) -> str:
    """The key a number is paired with on its line, when it names a business figure, else ""."""
    lo = max(start - 200, 0)  # the line's part within 200 bytes before the number
    line = data[data.rfind(b"\n", lo, start) + 1 or lo:start]
    m = _FIGURE_KEY.search(line.decode("utf-8", "replace"))
    key = m and (m.group("key") or m.group("kw"))
    return key if key and figure_name(key) else ""


def _container_name(data: bytes, start: int, wanted: Callable[[str], bool]) -> str:
    """For a value inside a dict, map, list literal or call (up to three levels deep): the name
    the container is assigned to, when `wanted` accepts it (`PARTNER_SECRETS = {"acme": "x"}`
    -> `PARTNER_SECRETS`, `MARGIN_FLOOR = new BigDecimal("0.585")` -> `MARGIN_FLOOR`), else ""."""
    window = data[max(start - _CONTAINER_WINDOW, 0):start].decode("utf-8", "replace")
    for level, (_, at, _) in enumerate(_enclosing(window)):
        if level == 3:
            break
        named = _CONTAINER_NAME.search(window[window.rfind("\n", 0, at) + 1:at])
        if named and wanted(named.group("name")):
            return named.group("name")
    return ""


def _before_own_quote(before: str) -> int:
    """Where the text before a literal's content ends without the literal's own opening quote and
    string prefix (`f(a, b"` -> `f(a, `), for grammars whose span leaves the quote out."""
    end = len(before)
    if not before.endswith(("\"", "'", "`")):
        return end
    end -= 1
    prefix = end
    while prefix > max(end - 2, 0) and before[prefix - 1] in _STRING_PREFIX:
        prefix -= 1
    if prefix == 0 or not (before[prefix - 1].isalnum() or before[prefix - 1] == "_"):
        return prefix
    return end


def _class_before(text: str, end: int, name: str) -> str:
    """The class of a static call whose name (`name`, ending at `end`, blanks skipped) alone
    says little: `Credentials.basic(` -> `Credentials`; "" for an object's method (`ds.connect(`)
    or a plain call."""
    start = len(text[:end].rstrip(" \t")) - len(name)
    owner = _identifier_before(text, start - 1) if start > 0 and text[start - 1] == "." else ""
    return owner if owner[:1].isupper() else ""


def _identifier_before(text: str, end: int) -> str:
    """The identifier that ends at `end`, spaces before `end` skipped: `getConnection (` -> `getConnection`."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    name = text[start:end]
    return name if name[:1].isalpha() or name[:1] == "_" else ""


def _random_looking(value: str) -> bool:
    a, b = strip_quotes(value)
    return password_shaped(value[a:b]) or high_entropy(value[a:b])


def _credential_name(name: str) -> bool:
    normal = normalise_name(name)
    return bool(PASSWORD_NAME.search(normal) or STRONG_NAME.search(normal))


def _following_text(entity: Entity, data: bytes | None, lines: int = 80) -> str:
    """The entity's value and, for a one-line entity of a text file, the lines after it."""
    if data is None or entity.kind not in ("text", "comment") or "\n" in entity.value:
        return entity.value
    end = entity.end_byte
    for _ in range(lines):
        nxt = data.find(b"\n", end + 1)
        if nxt < 0:
            end = len(data)
            break
        end = nxt
    return data[entity.start_byte:end].decode("utf-8", "replace")


def _classify_one(entity: Entity, rules: tuple[Rule, ...], suspicious_nearby: bool,
                  data: bytes | None) -> list[Entity]:
    named = _name_before(entity, data)
    if named and (not entity.context or _credential_name(named)):
        entity = replace(entity, context=named)
    elif entity.kind == "string" and data is not None and not _credential_name(entity.context) and \
            _random_looking(entity.value) and _CREDENTIAL_HINT.search(
                data, max(entity.start_byte - _CONTAINER_WINDOW, 0), entity.start_byte):
        outer = _container_name(data, entity.start_byte, _credential_name)
        if outer:
            entity = replace(entity, context=outer)
    hits = find_hits(entity.value, entity.context, entity.kind, rules, suspicious_nearby)
    if not hits and data is not None and _FIGURE.fullmatch(entity.value) and \
            not figure_name(entity.context) and _FIGURE_HINT.search(
                data, max(entity.start_byte - _CONTAINER_WINDOW, 0), entity.start_byte):
        # a figure among others under one name: `WEIGHTS = {"velocity": 0.214}`,
        # `MARGIN_FLOOR = new BigDecimal("0.585")`, `coefs <- c(age = 0.0231)`
        outer = _figure_key(data, entity.start_byte) or _container_name(data, entity.start_byte,
                                                                        figure_name)
        if outer:
            entity = replace(entity, context=outer)
            hits = find_hits(entity.value, outer, entity.kind, rules, suspicious_nearby)
    if not hits and data is not None and entity.context and entity.kind in ("number", "string") and \
            _FIGURE.fullmatch(entity.value) and _said_internal(data, entity.end_byte):
        hits = find_hits(entity.value, INTERNAL_FIGURE, entity.kind, rules, suspicious_nearby)
    hits = [h for h in hits if h.rule.id not in _KEY_RULES or _key_block_ok(entity, h, data)]
    if not hits and entity.kind == "identifier" and ("-" in entity.value or " " in entity.value) and \
            _HOST_IN_KEY.search(entity.value):
        # a key that holds a host: an Ansible inventory line `db-01.corp.internal ansible_host=…`
        hits = [h for h in find_hits(entity.value, "", "text", rules) if h.rule.category == "infra"]
    if not hits and entity.kind == "text" and data is not None and _QUOTE_HINT.search(entity.value):
        quoted = _quoted_in_text(entity, rules, data)
        if quoted:
            return quoted
    if not hits:
        return [entity]
    whole = strip_quotes(entity.value)
    if len(hits) == 1 and (hits[0].start, hits[0].end) == whole:
        return [_verdict(entity, hits[0], entity.value, data)]
    raw = data[entity.start_byte:entity.end_byte].decode("utf-8", "replace") if data else None
    children = (narrow_spans(entity, [(h.start, h.end) for h in hits])
                if raw is None or raw == entity.value
                else [narrow(entity, h.start, h.end, data) for h in hits])
    out = []
    for hit, child in zip(hits, children):
        if hit.context != entity.context:
            child = replace(child, context=hit.context)
        out.append(_verdict(child, hit, entity.value[hit.start:hit.end], data, entity))
    return out


_HOST_IN_KEY = re.compile(r"[a-z0-9-]\.[a-z0-9-]+\.[a-z]{2,}(?:\s|$)")
# a quoted literal in a line of a file read as text (a language without a grammar here: Elixir,
# Erlang, Lua, R, Clojure, a Makefile, a Jenkinsfile)
_QUOTE_HINT = re.compile(r"[\"'][^\"'\s]{4,}")
_QUOTED = re.compile(r"\"([^\"\\\n]{4,200})\"|'([^'\\\n]{4,200})'")


def _quoted_in_text(entity: Entity, rules: tuple[Rule, ...], data: bytes) -> list[Entity]:
    """For a line of text in which no rule found anything: each quoted literal classified as a
    string of its own, named as code would name it (`{password, "x"}`, `{database, "cdr_prod"}`,
    `System.get_env("PW", "x")`, `-define(SIP_PASS, "x")`); [] when none is found."""
    if len(entity.value) > 400:
        return []
    out: list[Entity] = []
    for m in _QUOTED.finditer(entity.value):
        child = replace(narrow(entity, m.start(), m.end(), data), kind="string")
        named = _name_before(child, data) or _macro_name(entity.value[:m.start()])
        if not named:
            continue
        hits = find_hits(child.value, named, "string", rules)
        if hits:
            hit = hits[0]
            inner = narrow(child, hit.start, hit.end, data) if (hit.start, hit.end) != (0, len(child.value)) \
                else child
            out.append(_verdict(replace(inner, context=named), hit, child.value[hit.start:hit.end], data, entity))
    return out


# `-define(SIP_TRUNK_PASS, "x")`, `(def db-password "x")`, `set(API_KEY "x")`: a name and the
# literal after it, as one call's first two arguments
_MACRO_NAME = re.compile(r"[(\[{][ \t]*(?:def[a-z]*[ \t]+|set[ \t]*\(?[ \t]*)?([A-Za-z_][\w.-]*)[ \t]*,?[ \t]*$")


# ABAP: `CONSTANTS gc_rate TYPE p DECIMALS 2 VALUE '1140.00'`, `DATA lv_pw TYPE string VALUE '…'`
_ABAP_VALUE = re.compile(r"(?i)\b([a-z_][\w/-]*)[ \t]+TYPE[ \t]+[^.'\n]{0,80}?\bVALUE[ \t]*$")


def _macro_name(before: str) -> str:
    m = _MACRO_NAME.search(before) or _ABAP_VALUE.search(before)
    return m.group(1) if m else ""


def _suspicious_comment_lines(entities: list[Entity]) -> set[tuple[str, int]]:
    """Lines on or just after a comment that talks about keys, tokens or passwords."""
    lines: set[tuple[str, int]] = set()
    for e in entities:
        if e.kind == "comment":
            name = normalise_name(e.value)
            if STRONG_NAME.search(name) or PASSWORD_NAME.search(name):
                lines.update({(e.path, e.end_line), (e.path, e.end_line + 1)})
    return lines


# rules that read what a name or a comment says of a value, which a minifier's names do not say
_NAMED_BY_AUTHORS = frozenset({"codename-identifier", "figure-said-internal", *FIGURE_RULE_IDS})
_MINIFIED_NAME = re.compile(r"(?i)[.-]min\.(?:js|mjs|cjs|css)$|[.-](?:bundle|chunk)(?:\.[0-9a-f]{6,})?\.js$")


@functools.lru_cache(maxsize=32)
def _for_minified(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules for a minified bundle, whose names and numbers are a minifier's, not a
    company's: no code names or business figures (secrets, hosts and personal data still)."""
    return tuple(r for r in rules if r.id not in _NAMED_BY_AUTHORS)


def is_minified(path: str, data: bytes) -> bool:
    """A minified or bundled file: named so (`app.min.js`, `main.3f2a9c.chunk.js`), or 20 kB and
    more in lines of 1,000 bytes and more on average."""
    return bool(_MINIFIED_NAME.search(path)) or (len(data) >= 20_000 and
                                                 data.count(b"\n") * 1000 < len(data))


def classify(entities: list[Entity], disabled: Iterable[str] = frozenset(),
             sources: Mapping[str, bytes] | None = None) -> list[Entity]:
    """Give each entity a category, rule, severity and note; split text around what it contains.

    `disabled`: rule ids to skip (the config's rule toggles). `sources`: path -> the file's bytes
    (SourceFile.data), so that matches inside comments get exact spans (see `narrow`).
    """
    rules = active_rules(disabled)
    nearby = _suspicious_comment_lines(entities)
    rules_of: dict[str, tuple[Rule, ...]] = {}  # each file's rules, chosen once per file
    out: list[Entity] = []
    for entity in entities:
        data = sources.get(entity.path) if sources else None
        if entity.path not in rules_of:
            minified = data is not None and is_minified(entity.path, data)
            rules_of[entity.path] = _for_minified(rules) if minified else rules
        out += _classify_one(entity, rules_of[entity.path], (entity.path, entity.line) in nearby, data)
    if "codename-identifier" in {r.id for r in rules}:
        out = _codename_identifiers(out)
    return _without_shadows(out)


def _without_shadows(entities: list[Entity]) -> list[Entity]:
    """Leave out an entity that is not sensitive but overlaps a found value and holds it (or is
    part of it): listed in clear, it would show that value. `mysql -p'S3cret'` is found in the
    argument; the quoted `S3cret` inside it is a string of its own that no rule reports."""
    found: dict[str, list[Entity]] = {}
    for e in entities:
        if e.sensitive:
            found.setdefault(e.path, []).append(e)
    if not found:
        return entities
    reach: dict[str, tuple[list[Entity], list[int], list[int]]] = {}
    for path, hits in found.items():
        hits.sort(key=lambda h: h.start_byte)
        ends = [h.end_byte for h in hits]  # the furthest end of the hits up to each
        for k in range(1, len(ends)):
            ends[k] = max(ends[k], ends[k - 1])
        reach[path] = (hits, [h.start_byte for h in hits], ends)
    return [e for e in entities if e.sensitive or e.path not in reach or not _shadows(e, *reach[e.path])]


def _shadows(e: Entity, hits: list[Entity], starts: list[int], ends: list[int]) -> bool:
    k = bisect_left(starts, e.end_byte) - 1  # the last hit that starts before e ends
    while k >= 0 and ends[k] > e.start_byte:
        hit = hits[k]
        if hit.end_byte > e.start_byte and (hit.value in e.value or e.value in hit.value):
            return True
        k -= 1
    return False


def _codename_identifiers(entities: list[Entity]) -> list[Entity]:
    """Identifiers built on a code name the same file introduces ("Project Falcon" makes
    `falcon_sync` proprietary too): code names are often ordinary words."""
    names: dict[str, set[str]] = {}
    for e in entities:
        if e.rule == "project-codename":
            names.setdefault(e.path, set()).add(e.value.lower())
    if not names:
        return entities
    rule = RULES["codename-identifier"]
    out = []
    for e in entities:
        known = names.get(e.path)
        if known and e.kind == "identifier" and not e.sensitive \
                and known & set(split_words(e.value)):
            e = replace(e, category=rule.category, rule=rule.id, severity=rule.severity,
                        note="named after a code name in this file")
        out.append(e)
    return out
