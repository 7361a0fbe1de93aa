from __future__ import annotations

import re
import time

import pytest

from codeleak.records import CATEGORIES, SEVERITIES
from codeleak.rules import (
    RULE_LIST,
    RULES,
    Example,
    Rule,
    codename_word,
    credential_value,
    high_entropy,
    is_placeholder,
    normalise_name,
    password_shaped,
    shannon_entropy,
    strip_quotes,
)

TRUE = [(rule, ex) for rule in RULE_LIST for ex in rule.true_examples]
FALSE = [(rule, ex) for rule in RULE_LIST for ex in rule.false_examples]


def _label(item: tuple[Rule, Example]) -> str:
    return item[0].id if isinstance(item, Rule) else str(item)


def _reported(rule: Rule, ex: Example) -> list[str]:
    return [ex.text[a:b] for a, b in rule.match(ex.text, ex.context)
            if not is_placeholder(ex.text[a:b])]


def test_every_rule_is_well_formed() -> None:
    assert len(RULES) == len(RULE_LIST)
    for rule in RULE_LIST:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.id), rule.id
        assert rule.category in CATEGORIES and rule.category != "none", rule.id
        assert rule.severity in SEVERITIES, rule.id
        assert rule.help and "\n" not in rule.help, rule.id
        assert rule.pattern is not None or rule.context is not None, rule.id
        assert rule.true_examples and rule.false_examples, f"{rule.id} needs true and false examples"


@pytest.mark.parametrize(("rule", "example"), TRUE, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(TRUE)])
def test_true_example_is_reported(rule: Rule, example: Example) -> None:
    assert _reported(rule, example), f"{rule.id} missed {example.context!r}"


@pytest.mark.parametrize(("rule", "example"), FALSE, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(FALSE)])
def test_false_example_is_not_reported(rule: Rule, example: Example) -> None:
    assert not _reported(rule, example), f"{rule.id} flagged a false example ({example.context!r})"


def test_a_rule_prefilter_finds_whatever_its_pattern_reports() -> None:
    for rule in RULE_LIST:
        if rule.prefilter is None:
            continue
        for ex in (*rule.true_examples, *rule.false_examples):
            for text in (ex.text, f"x {ex.text} y", ex.text.upper()):
                if rule.match(text, ex.context):
                    assert rule.prefilter.search(text), (rule.id, text)


@pytest.mark.parametrize("value", [
    "changeme", "your_api_key_here", "<token>", "${DB_PASSWORD}", "{{ vault_pass }}", "%(pw)s",
    "os.environ['TOKEN']", "AKIAIOSFODNN7EXAMPLE", "xxxxxxxxxxxx", "********", "dummy-secret",
    "user@example.com", "sk_live_000000000000000000000000", "123456789", "98.76.54.32:xxx",
    "password123", "token-1a2b", "contoso.azure-devices.net", "https://fabrikam.vault.azure.net/",
])
def test_placeholders(value: str) -> None:
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["hunter2!x", "Tr0ub4dor&3", "q9Xz2k1LmN", "jane.roe@globex.io",
                                   # a vendor's word as prefix, a hex body: its letters are no words
                                   "key-3f8a1c7e5b2d4f9a0c6e8b1d7f3a5c2e", "token_9fa3c1e8d7b2a6f4"])
def test_not_placeholders(value: str) -> None:
    assert not is_placeholder(value)


@pytest.mark.parametrize(("value", "shaped"), [
    ("Pl4t!num#2024", True), ("Tn5%qW8vLz2!", True), ("hK8xQ2mZ9p", True),
    ("svc_reporter01", False), ("db01.corp.acme.com", False), ("admin", False), ("Ab1!", False),
    ("127.0.0.1:8080", False), ("Abc 123!x", False),
])
def test_password_shaped(value: str, shaped: bool) -> None:
    assert password_shaped(value) is shaped


@pytest.mark.parametrize("value", ["smtp.acme-mail.com", "db-01.prod.internal:5432",
                                   "app:Gq2#vLx9Mz4k@tcp(db:3306)/app"])
def test_hosts_and_dsns_are_no_credential_values(value: str) -> None:
    # they have rules of their own, which find the password in a DSN and the host
    assert not credential_value(value)


def test_names_are_normalised_across_styles() -> None:
    for name in ("clientSecret", "CLIENT_SECRET", "client-secret", '"client.secret"', "ClientSecret"):
        assert normalise_name(name) == "client_secret"


def test_strip_quotes() -> None:
    assert strip_quotes('"abc"') == (1, 4)
    assert strip_quotes("  b'xy'") == (4, 6)
    assert strip_quotes("plain") == (0, 5)


def test_entropy_thresholds() -> None:
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert not high_entropy("deadbeefdeadbeefdead")  # repetitive hex, 2.2 bits/char
    assert not high_entropy("thisisnotrandomatall")
    assert high_entropy("7fa3c09be14d82a5c6f0")


def test_codenames_on_ordinary_identifiers() -> None:
    ordinary = ["read_config", "HttpRequestHandler", "parse_args", "kwargs", "tmpdir", "getattr",
                "max_retries", "json_dumps", "subprocess_output", "userNameField"]
    assert not [name for name in ordinary if codename_word(name)]
    assert codename_word("ProjectZorblax") and codename_word("quintessorix_client")


def test_env_var_names_of_common_words_and_abbreviations_are_not_codenames() -> None:
    # MYSQL is "my" + "sql"; KUBE and PG are tool abbreviations, as SQL and ENV are
    names = ["MYSQL_PWD", "MYSQL_ROOT_PASSWORD", "mysqldump", "KUBECONFIG", "KUBECTL_VERSION",
             "PGPASSFILE", "pgbouncer_port", "mypy_cache_dir"]
    assert not [name for name in names if codename_word(name)]
    assert codename_word("ZORBLAX_API_URL") and codename_word("MYZORBLAX_HOST")
    assert codename_word("PGQUINTESSORIX")


@pytest.mark.parametrize("value", [
    "meth:", "class:", ":param", "1.2.1", "^4.17.21", "1.3.6.1.5.5.7.3.2", "#bygroup", "#pop",
    "dataStoreTestQuery", "Proxy-Authorization", "Kerberos\\r\\n\\r\\n",
])
def test_labels_versions_and_directives_are_no_credential_values(value: str) -> None:
    assert not credential_value(value)


@pytest.mark.parametrize("value", ["swordfish", "Tr0ub4dor&3", "!Dd5G4s9", "hunter2!x", "s00pers3cret"])
def test_passwords_that_look_like_words_are_credential_values(value: str) -> None:
    assert credential_value(value)


def test_an_identifier_of_words_is_not_high_entropy_secret() -> None:
    rule = RULES["high-entropy-secret"]
    assert not rule.match("numberingSystemsUTF16", "key")
    assert rule.match("hK8xQ2mZ9pLq7Wn3Rt5vYb", "key")


@pytest.mark.parametrize("name", [
    "tempdir", "bgcolor", "meridiems", "ECONNREFUSED", "ETIMEDOUT", "EADDRINUSE", "onreadystatechange",
    "ndigits", "lbracket", "__kwdefaults__", "memcached", "stripInsensitivities", "unoptimized_scopes",
    "STAT_SNMPINBADVALUES", "test_badandgoodsurrogatepassexceptions",
])
def test_glued_and_prefixed_programming_words_are_not_codenames(name: str) -> None:
    assert not codename_word(name)


@pytest.mark.parametrize("name", ["zorblaxPipeline", "EZORBLAX", "zorblaxpipelinerunner",
                                  "quintessorixclientfactory", "nZorblax"])
def test_a_codename_glued_to_known_words_stays_a_codename(name: str) -> None:
    assert codename_word(name)


def test_a_long_glued_word_is_judged_in_linear_time() -> None:
    for word in ("ab" * 100_000, "s" * 200_000):
        start = time.perf_counter()
        codename_word(word)
        assert time.perf_counter() - start < 10


def test_a_namespace_given_to_kubectl_is_infrastructure_not_a_secret() -> None:
    from codeleak.classify import classify
    from codeleak.records import Entity

    text = "kubectl -n lotus-order-prod set image deploy/app app=img"
    [found] = [e for e in classify([Entity("d.sh", "text", "text", text, 1, 1, 0, len(text), 0, len(text))])
               if e.sensitive]
    assert (found.value, found.category, found.rule) == ("lotus-order-prod", "infra", "k8s-namespace-arg")


@pytest.mark.parametrize(("value", "found"), [
    ("purple-monkey-dishwasher", True), ("correct-horse-battery-staple", True),
    ("reset-password-form", False), ("user-password", False), ("new_user_token", False),
])
def test_a_passphrase_of_words_is_a_password_and_a_field_label_is_not(value: str, found: bool) -> None:
    from codeleak.rules import RULES

    assert bool(RULES["password-assignment"].match(value, "db_password")) is found
