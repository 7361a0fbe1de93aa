from __future__ import annotations

import random
import re
import string
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from codeleak.classify import RULES, active_rules, classify, narrow
from codeleak.errors import FatalError
from codeleak.extract import extract
from codeleak.parse import parse
from codeleak.records import Entity, SourceFile


def _entity(value: str, kind: str = "string", context: str = "", line: int = 1, col: int = 0,
            byte: int = 0, path: str = "app.py") -> Entity:
    lines = value.split("\n")
    end_col = col + len(lines[0].encode()) if len(lines) == 1 else len(lines[-1].encode())
    return Entity(path, "python", kind, value, line, line + len(lines) - 1, col, end_col, byte,
                  byte + len(value.encode()), context)


def _source_slice(source: str, e: Entity) -> str:
    return source.encode()[e.start_byte:e.end_byte].decode()


@pytest.mark.parametrize(("context", "value", "rule"), [
    ("db_password", "hunter2!x", "password-assignment"),
    ("DB_PASSWD", "s9kd!lq2", "password-assignment"),
    ("clientSecret", "s3cr3t-v4lue-77", "secret-assignment"),
    ("api-key", "q9Xz2k1LmN7", "secret-assignment"),
    ("X-Auth-Token", "Zm9vYmFyYmF6cXV4MTIz", "secret-assignment"),
])
def test_value_under_password_like_name_is_secret(context: str, value: str, rule: str) -> None:
    [out] = classify([_entity(value, context=context)])
    assert (out.category, out.rule, out.value) == ("secret", rule, value)
    assert out.context == context


@pytest.mark.parametrize(("context", "value"), [
    ("username", "hunter2!x"), ("password_label", "Password"), ("token_type", "bearer"),
    ("password_prompt", "Enter your password"), ("description", "q9Xz2k1LmN7"),
])
def test_value_under_ordinary_name_is_not_secret(context: str, value: str) -> None:
    [out] = classify([_entity(value, context=context)])
    assert out.category == "none" and not out.rule


@pytest.mark.parametrize(("context", "value"), [
    ("password", "changeme"), ("api_key", "your_api_key_here"), ("password", "${DB_PASSWORD}"),
    ("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE"), ("secret", "xxxxxxxxxxxxxxxx"),
    ("token", "<YOUR TOKEN>"),
])
def test_placeholders_are_none_with_note(context: str, value: str) -> None:
    out = classify([_entity(value, context=context)])
    assert all(e.category == "none" for e in out)
    assert any(e.note == "placeholder" for e in out) or all(not e.rule for e in out)


def test_comment_is_split_with_exact_spans() -> None:
    source = "x = 1\n# ünïcode: mail jane.roe@globex.io or host build7.corp now\n"
    start = source.encode().index(b"#")
    value = source[source.index("#"):].rstrip("\n")
    parent = _entity(value, kind="comment", line=2, byte=start)
    out = classify([parent])
    assert [(e.rule, e.value) for e in out] == [("email", "jane.roe@globex.io"),
                                                 ("internal-hostname", "build7.corp")]
    line2 = source.split("\n")[1].encode()
    for e in out:
        assert e.line == e.end_line == 2 and e.kind == "comment"
        assert _source_slice(source, e) == e.value
        assert line2[e.start_col:e.end_col].decode() == e.value


def test_split_across_lines_of_a_multiline_value() -> None:
    source = 'doc = """\nSome notes.\n  ünï contact: oda.berg@globex.io\n"""\n'
    start = source.index('"""') + 3
    value = source[start:source.rindex('"""')]
    parent = _entity(value, line=1, col=start, byte=start)
    [e] = classify([parent])
    assert (e.rule, e.line, e.end_line) == ("email", 3, 3)
    assert _source_slice(source, e) == "oda.berg@globex.io"
    assert source.split("\n")[2].encode()[e.start_col:e.end_col] == b"oda.berg@globex.io"


def test_comment_with_stripped_markers_maps_back_with_sources() -> None:
    source = "/**\n * Author: Maria Lindqvist\n * mail maria@globex.io\n */\n"
    parent = Entity("a.js", "javascript", "comment", "Author: Maria Lindqvist\nmail maria@globex.io",
                    1, 4, 0, 3, 0, len(source.encode()) - 1)
    out = classify([parent], sources={"a.js": source.encode()})
    assert [(e.rule, e.line) for e in out] == [("person-name", 2), ("email", 3)]
    for e in out:
        assert _source_slice(source, e) == e.value
        assert source.split("\n")[e.line - 1][e.start_col:e.end_col] == e.value


def test_text_line_assignment_is_found_without_extracted_context() -> None:
    out = classify([_entity("MYSQL_USER=app;MYSQL_PASSWORD=2IWJD88FH4Y;", kind="text")])
    assert [(e.category, e.rule, e.value, e.context) for e in out] == [
        ("secret", "password-assignment", "2IWJD88FH4Y", "MYSQL_PASSWORD")]


def test_nothing_sensitive_keeps_the_entity() -> None:
    e = _entity("just a friendly comment", kind="comment")
    assert classify([e]) == [e]


def test_identifiers_get_proprietary_check() -> None:
    out = classify([_entity("ProjectZorblaxClient", kind="identifier"),
                    _entity("read_config", kind="identifier")])
    assert [(e.category, e.rule) for e in out] == [("proprietary", "codename-identifier"), ("none", "")]


def test_env_var_names_are_not_code_names() -> None:
    out = classify([_entity(name, kind="identifier") for name in ("MYSQL_PWD", "KUBECONFIG")])
    assert [(e.category, e.rule) for e in out] == [("none", ""), ("none", "")]


def test_known_token_inside_a_longer_string() -> None:
    token = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"
    [e] = classify([_entity(f"https://x:{token}@github.com/acme/repo.git")])
    assert e.category == "secret" and e.severity in ("high", "critical")


def test_suspicious_comment_marks_next_line_string() -> None:
    comment = _entity("api key for the billing service", kind="comment", line=3)
    value = _entity("9f8e7d6c5b4a39281706f5e4d3c2b1a0", line=4)
    out = classify([comment, value])
    assert [e.rule for e in out if e.sensitive] == ["high-entropy-secret"]
    assert classify([value])[0].category == "none"


def test_disabled_rules_are_skipped() -> None:
    e = _entity("mail jane.roe@globex.io", kind="comment")
    assert classify([e])[0].rule == "email"
    assert classify([e], disabled=frozenset({"email"})) == [e]
    assert "email" not in {r.id for r in active_rules({"email"})}
    assert RULES["email"].category == "pii"


def test_unknown_disabled_rule_is_a_fatal_error() -> None:
    with pytest.raises(FatalError, match="no-such-rule"):
        classify([], disabled={"no-such-rule"})


def test_narrow_without_sources_uses_value_offsets() -> None:
    e = _entity("abc\ndéf ghi", line=5, col=7, byte=100)
    n = narrow(e, 8, 11)
    assert (n.value, n.line, n.start_col, n.end_col, n.start_byte) == ("ghi", 6, 5, 8, 100 + 9)  # "abc\\nd\\u00e9f " is 9 bytes


def test_encrypted_private_key_is_low_severity(tmp_path: Path) -> None:
    rng = random.Random(1)
    alphabet = string.ascii_letters + string.digits + "+/"
    body = "\n".join("".join(rng.choice(alphabet) for _ in range(64)) for _ in range(3))
    pem = f"-----BEGIN ENCRYPTED PRIVATE KEY-----\n{body}\n-----END ENCRYPTED PRIVATE KEY-----"
    [e] = classify([_entity(pem)])
    assert (e.category, e.rule, e.severity, e.note) == ("secret", "private-key", "low", "encrypted")


def test_typed_declaration_in_text() -> None:
    out = classify([_entity('val password: String = "exord13Paw64", // scala', kind="text")])
    assert [(e.rule, e.value) for e in out if e.sensitive] == [("password-assignment", "exord13Paw64")]


@pytest.mark.parametrize(("line", "expected"), [
    ("ID:master/PW:dipPr15Gg!", "dipPr15Gg!"),          # nested pair, abbreviated name
    ("--user master --password dipPr127Gg!", "dipPr127Gg!"),  # command-line option
    ("password for master:IhqSb1Gg", "IhqSb1Gg"),       # name of several words
    ("PSSWRD:=FlUgeGeHeImEn07", "FlUgeGeHeImEn07"),     # misspelled name
    ("Access Token AIhq5Xyb1Gga9Q15", "AIhq5Xyb1Gga9Q15"),  # prose without an operator
    ("SET password \"n83.bat47Fy4\"", "n83.bat47Fy4"),
    ("CREATE USER app IDENTIFIED BY 'Xk9#pL2q';", "Xk9#pL2q"),
    ("RUN mysql -h db -uroot -pXk9mQ2pL7vR4 app < schema.sql", "Xk9mQ2pL7vR4"),  # glued to -p
])
def test_passwords_in_prose_and_commands(line: str, expected: str) -> None:
    out = classify([_entity(line, kind="text")])
    assert any(expected in e.value for e in out if e.category == "secret" and e.severity == "high")


@pytest.mark.parametrize("line", [
    "# password: keep empty", "#define PASSWORD 0x0dead1beef7cafe2", "pwdump=n0NeKreD",
    "'detect-secrets = detect_secrets.main:detect_secrets'", '"hashed_secret": "513e0a36963ae1e8431c041b744679ee578b7c44"',
    '<label for="password">Password:</label>', "passengers: quickBrown",
    "mysql -u root -p app", 'mysql -uroot -p"$MYSQL_PWD" app', "mysql_config --libs; gcc -pthread x.c",
])
def test_not_passwords(line: str) -> None:
    assert not [e for e in classify([_entity(line, kind="text")]) if e.sensitive]


# public code that flagged as secrets: prose around rst roles, and values that are code
@pytest.mark.parametrize(("line", "kind"), [
    (":param extra: the keyword arguments to pass to :meth:`main`.", "comment"),
    ('"""Pass the :class:`~jinja2.runtime.Context` as the first argument', "comment"),
    ("every token in a :class:`Token` and converts the value.", "comment"),
    ("pass base_1=False, to correspond to the loc value", "comment"),
    ("password (bool, optional): Hide typed text. Defaults to False.", "comment"),
    ("password: (bool, optional): Hide typed text.", "comment"),
    ("pass_ns = click.make_pass_decorator(dict, ensure=True)", "text"),
    ("    const password = utils.getSafeProp(auth, 'password') || '';", "text"),
    ("const tokens = Object.create(null);", "text"),
    ("  cancelToken: defaultToConfig2,\n  withCredentials: defaultToConfig2,", "text"),
    ("request.withCredentials = !!_config.withCredentials;", "text"),
    ("realTokens = tokens.reduce(", "text"),
    ("#     tokens = tokens[:-1]", "comment"),
    ("const maybeWithAuthCredentials = (url) => {", "text"),
    ("  password: urlPassword,", "text"),
    ("for (const key in numberingSystemsUTF16) {", "text"),
])
def test_prose_and_code_values_are_no_secrets(line: str, kind: str) -> None:
    assert not [e.value for e in classify([_entity(line, kind=kind)]) if e.sensitive]


@pytest.mark.parametrize(("line", "secret"), [
    ('password = "swordfish"', "swordfish"), ("db_password: Tr0ub4dor", "Tr0ub4dor"),
    ("password: 's00pers3cret'", "s00pers3cret"), ("password:!Dd5G4s9", "!Dd5G4s9"),
    ("root pass: Xk9#pL2q", "Xk9#pL2q"), ("token = aB3dE5gH7jK9", "aB3dE5gH7jK9"),
])
def test_literal_passwords_that_look_like_words_stay_found(line: str, secret: str) -> None:
    assert [e.value for e in classify([_entity(line, kind="text")]) if e.category == "secret"] == [secret]


def test_lexer_states_versions_and_format_strings_are_no_secrets() -> None:
    text = ('rules = [OptionalLStrip(TOKEN_DATA, "#bygroup"), (TOKEN_LINESTATEMENT_END, "#pop")]\n'
            'if token == "#bygroup":\n'
            'deps = {"pbkdf2-password": "1.2.1"}\n'
            'auth = f"{parts.username}:{parts.password}"\n'
            'CLIENT_AUTH = "1.3.6.1.5.5.7.3.2"\n')
    assert not [(e.rule, e.value) for e in _python(text) if e.sensitive]


@pytest.mark.parametrize("line", [
    "Create a {@link DateTime.local} in the zone", "DateTime.local(2017, 5, 15)",
    "from settings.local import *", "DJANGO_SETTINGS_MODULE=mysite.settings.local",
    "see config.local for overrides", "threading.local", "Config.local",
])
def test_attributes_and_modules_are_no_internal_hosts(line: str) -> None:
    assert not [e.value for e in classify([_entity(line, kind="comment")]) if e.sensitive]


@pytest.mark.parametrize(("line", "host"), [
    ("ping nas.local", "nas.local"), ("deploy to jenkins.internal", "jenkins.internal"),
    ("db01.corp.local is the primary", "db01.corp.local"), ("vault.int.acme.com:8200", "vault.int.acme.com"),
    ("join DC01.CORP.LOCAL", "DC01.CORP.LOCAL"),
    ("map \\\\Fileserver.corp.local\\share", "Fileserver.corp.local"),
])
def test_internal_hosts_in_prose_stay_found(line: str, host: str) -> None:
    assert [e.value for e in classify([_entity(line, kind="comment")]) if e.sensitive] == [host]


@pytest.mark.parametrize("line", [
    "# Spyder project settings", "# SublimeText project files", "# Rope project settings",
    "* Migrate project dependencies and environment management from `pixi` to `uv`.",
])
def test_tool_project_files_are_no_code_names(line: str) -> None:
    assert not [e.value for e in classify([_entity(line, kind="text")]) if e.sensitive]


def test_ordinary_programming_identifiers_are_no_code_names() -> None:
    names = ["tempdir", "bgcolor", "_bgcolor", "meridiems", "ECONNREFUSED", "ETIMEDOUT", "ECONNABORTED",
             "onreadystatechange", "ndigits", "__kwdefaults__", "__rfloordiv__", "memcached",
             "stripInsensitivities", "tformatted", "lbracket", "SNMPERR_BAD_LOCPORT",
             "test_badandgoodstrictexceptions", "certfile", "debuglevel"]
    out = classify([_entity(name, kind="identifier") for name in names])
    assert not [e.value for e in out if e.sensitive]
    assert [e.value for e in classify([_entity(name, kind="identifier") for name in
                                       ("zorblaxPipeline", "ETHALDRAXIS", "zorblaxpipelinerunner")])
            if e.rule == "codename-identifier"] == ["zorblaxPipeline", "ETHALDRAXIS", "zorblaxpipelinerunner"]


def test_option_constant_before_a_string_names_it() -> None:
    source = 'easy_setopt(curl, CURLOPT_PASSWORD, "KiASRCRiGFLPDiIdZZLBXaNzXCMEdYIs");\n'
    start = source.index('"')
    e = Entity("a.c", "c", "string", source[start:source.index(")")], 1, 1, start, start + 34, start,
               start + 34, "easy_setopt")
    [out] = classify([e], sources={"a.c": source.encode()})
    assert (out.category, out.rule, out.context) == ("secret", "password-assignment", "CURLOPT_PASSWORD")


def _scan(language: str, text: str) -> list[Entity]:
    """parse, extract and classify one file's text, as a scan does."""
    path = f"f.{language}"
    parsed = parse(SourceFile(path, language, text, text.encode()))
    return classify(extract(parsed), sources={path: text.encode()})


def _found(entities: list[Entity]) -> list[tuple[str, str]]:
    return [(e.category, e.value) for e in entities if e.sensitive]


@pytest.mark.parametrize(("language", "text", "secret"), [
    ("go", 'func f(r *http.Request) { r.SetBasicAuth("svc-reporter", "Tn5%qW8vLz2!") }\n', "Tn5%qW8vLz2!"),
    ("java", 'class A { Connection c() { return DriverManager.getConnection(url, "sa", "Pl4t!num#2024"); } }\n',
     "Pl4t!num#2024"),
    ("java", 'class A { Connection c() { return DriverManager.getConnection(\n    "jdbc:mysql://db/x",\n'
             '    "ledger_rw01", "Kq2#mVt8Rz!w"); } }\n', "Kq2#mVt8Rz!w"),
    ("csharp", 'class A { object F() => new NetworkCredential("svc-mailer", "Hq9#vLt2Mx7!"); }\n', "Hq9#vLt2Mx7!"),
    ("php", "<?php\n$pdo = new PDO('mysql:host=db;dbname=x', 'portal_ro', 'Rv5!nXq2Lp8z');\n", "Rv5!nXq2Lp8z"),
    ("php", '<?php\n$db = mysqli_connect("db.portal", "root", "Mz3#kVq7Tw1p", "portal");\n', "Mz3#kVq7Tw1p"),
    ("rust", 'fn f() { c.get(u).basic_auth("metrics", Some("Pm2!wQz8Lr5v")); }\n', "Pm2!wQz8Lr5v"),
    ("javascript", 'const t = jwt.sign({ sub: 1 }, "Jw9#kQv2Lm7xTp3!");\n', "Jw9#kQv2Lm7xTp3!"),
    ("java", 'class A { void f() { ds.setPassword("Hk3!vQz8Lm2x"); } }\n', "Hk3!vQz8Lm2x"),
    ("kotlin", 'fun f() = builder.username("svc").password("Bd6#kLq9Vz2m").build()\n', "Bd6#kLq9Vz2m"),
    ("python", 'DB_PASSWORD = os.getenv("DB_PASSWORD", "Fb7!kQz2Lv9m")\n', "Fb7!kQz2Lv9m"),
    ("sql", "CREATE USER app IDENTIFIED BY 'My7#vLx2Qz9m';\n", "My7#vLx2Qz9m"),
    ("sql", "CREATE USER 'app'@'%' IDENTIFIED BY 'My7#vLx2Qz9m';\n", "My7#vLx2Qz9m"),
])
def test_a_password_passed_to_a_credential_call_is_found(language: str, text: str, secret: str) -> None:
    # the call (or option constant, or SQL keyword) names the literal; the user name beside it is
    # no secret
    assert _found(_scan(language, text)) == [("secret", secret)]


def test_an_env_var_name_in_quotes_names_the_value_after_it() -> None:
    rng = random.Random(5)
    key = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))
    out = _scan("go", f'func f() {{ os.Setenv("AWS_SECRET_ACCESS_KEY", "{key}") }}\n')
    assert [(e.rule, e.context) for e in out if e.sensitive] == [("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY")]


@pytest.mark.parametrize(("language", "text"), [
    ("java", 'class A { void f() { logger.info("Connecting as {}", "Zq8!deploy"); } }\n'),
    ("go", 'func f() { c, _ := net.Dial("tcp", "127.0.0.1:8080") }\n'),
    ("go", 'func f() { dsn := fmt.Sprintf("%s:%s@tcp(%s:%d)/%s", u, p, h, port, db) }\n'),
    ("go", 'func f() { db, _ := sql.Open("mysql", "root:@tcp(127.0.0.1:3306)/test") }\n'),
    ("go", 'func f() { db, _ := sql.Open("mysql", "user:password@tcp(localhost:3306)/db") }\n'),
    ("java", 'class A { void f() { ds.setPassword(System.getenv("DB_PASSWORD")); } }\n'),
    ("javascript", 'login(user, "Test@123");\n'),
])
def test_call_arguments_that_are_no_credential_are_not_found(language: str, text: str) -> None:
    assert _found(_scan(language, text)) == []


def test_a_host_passed_beside_a_password_is_no_secret() -> None:
    out = _scan("go", 'func f() { a := smtp.PlainAuth("", "alerts", "Pa8!kQz3Lv7m", "smtp.acme-mail.com") }\n')
    assert _found(out) == [("secret", "Pa8!kQz3Lv7m")]


def test_a_url_with_a_password_gives_the_password_and_its_internal_host() -> None:
    out = _shell("curl https://admin:Xk9mQ2pL7vR4@jenkins.build.corp/job\n")
    assert [(e.rule, e.value) for e in out if e.sensitive] == [
        ("url-credentials", "Xk9mQ2pL7vR4"), ("credential-url-host", "jenkins.build.corp")]


def test_a_go_mysql_dsn_gives_its_password_and_its_internal_host() -> None:
    out = _scan("go", 'const dsn = "app:Gq2#vLx9Mz4k@tcp(db.prod.acme.internal:3306)/app?parseTime=true"\n')
    assert [(e.category, e.rule, e.value) for e in out if e.sensitive] == [
        ("secret", "dsn-password", "Gq2#vLx9Mz4k"), ("infra", "internal-hostname", "db.prod.acme.internal")]


@pytest.mark.parametrize(("line", "secret"), [
    ("sudo curl -u root:Sd7!vQm3Lz9x https://x.io/up", "Sd7!vQm3Lz9x"),
    ("env HOME=/tmp curl --user ops:En4#kQz8Lv2m https://x.io", "En4#kQz8Lv2m"),
    ("time curl -u bench:Tm6!pLx2Qv8k https://x.io", "Tm6!pLx2Qv8k"),
    ("sshpass -p 'Ss6#vLx2Qz9m' ssh deploy@host", "Ss6#vLx2Qz9m"),
    ("docker login -u ci -p Dl3!kQz7Lv2m registry.io", "Dl3!kQz7Lv2m"),
])
def test_a_shell_password_behind_another_command_is_found(line: str, secret: str) -> None:
    [(category, value)] = _found(_scan("bash", line + "\n"))
    assert category == "secret" and value.endswith(secret)


@pytest.mark.parametrize(("language", "text", "name"), [
    ("dockerfile", 'FROM x\nLABEL maintainer="Elif Demirci <elif.demirci@acme-corp.com>"\n', "Elif Demirci"),
    ("toml", '[package]\nauthors = ["Chidi Okafor <chidi@acme-corp.com>"]\n', "Chidi Okafor"),
    ("php", "<?php\n/**\n * @author Lucía Fernández-Ortega\n */\n", "Lucía Fernández-Ortega"),
])
def test_a_person_named_as_author_is_pii(language: str, text: str, name: str) -> None:
    assert ("pii", name) in _found(_scan(language, text))


def test_naming_literals_by_their_call_stays_fast_on_one_long_line() -> None:
    # a minified file: one line of many calls with string arguments, each string read back to
    # its call within NAME_WINDOW bytes
    text = "var a=[" + ",".join(f'f{i}("k{i}", g("v{i}"), "w{i}")' for i in range(20000)) + "];\n"
    # about 7 s on an idle 2-core machine; reading each string back to the line's start (1.3 MB)
    # took minutes. The bound leaves room for a slower or busy machine (10 s failed at 10.9 s
    # while other benchmarks ran beside the suite)
    assert _seconds(lambda: _scan("javascript", text)) < 20


def test_the_name_before_a_string_is_read_from_the_bytes_just_before_it() -> None:
    from codeleak.classify import NAME_WINDOW

    secret = '"KiASRCRiGFLPDiIdZZLBXaNzXCMEdYIs"'
    # a minified file: one long line; the name right before the string is still found
    minified = "var a=" + ",".join(f"f{i}(x{i})" for i in range(20000)) + \
        f";setopt(c, CURLOPT_PASSWORD, {secret});\n"
    # a name further back than the window is not read (the line is not re-read from its start)
    padded = f"setopt(c, CURLOPT_PASSWORD,{' ' * NAME_WINDOW}{secret});\n"
    for source, named in ((minified, True), (padded, False)):
        start = len(source[:source.index(secret)].encode())
        e = Entity("a.js", "javascript", "string", secret, 1, 1, start, start + len(secret), start,
                   start + len(secret), "setopt")
        [out] = classify([e], sources={"a.js": source.encode()})
        assert (out.context == "CURLOPT_PASSWORD") is named
        assert (out.category == "secret") is named


def test_pem_header_in_text_needs_a_body_on_the_following_lines() -> None:
    rng = random.Random(3)
    body = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(64))
    for text, sensitive in ((f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n{body[::-1]}\n-----END RSA PRIVATE KEY-----\n", True),
                            ("-----BEGIN RSA PRIVATE KEY-----\n1234567890123456789012345678901234567890123\n"
                             "-----END RSA PRIVATE KEY-----\n", False),
                            ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\n" + body + "\n"
                             "-----END RSA PRIVATE KEY-----\n", False)):
        first = text.split("\n")[0]
        e = Entity("k.txt", "text", "text", first, 1, 1, 0, len(first), 0, len(first), "")
        [out] = classify([e], sources={"k.txt": text.encode()})
        assert (out.category == "secret" and out.severity in ("high", "critical")) is sensitive, text[:60]


def test_pem_block_with_escaped_line_breaks_in_one_string() -> None:
    rng = random.Random(4)
    body = "\\n".join("".join(rng.choice(string.ascii_letters + string.digits) for _ in range(64))
                      for _ in range(4))
    value = f"-----BEGIN RSA PRIVATE KEY-----\\n{body}\\n-----END RSA PRIVATE KEY-----\\n"
    text = f'{{"deploy_key": "{value}"}}\n'
    start = text.index(value)
    e = Entity("k.json", "json", "string", value, 1, 1, start, start + len(value), start,
               start + len(value), "deploy_key")
    [out] = classify([e], sources={"k.json": text.encode()})
    assert (out.category, out.rule, out.value) == ("secret", "private-key", value[:-2])


def test_pem_block_written_on_one_line_is_a_key() -> None:
    """Some configs squash a key onto one line; its body is between the markers."""
    rng = random.Random(5)
    body = "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(200))
    for inner, sensitive in ((body, True), ("...", False)):
        value = f"-----BEGIN RSA PRIVATE KEY-----{inner}-----END RSA PRIVATE KEY-----"
        text = f'KEY = "{value}"\n'
        start = text.index(value)
        e = Entity("k.py", "python", "string", value, 1, 1, start, start + len(value), start,
                   start + len(value), "KEY")
        [out] = classify([e], sources={"k.py": text.encode()})
        assert (out.category == "secret" and out.rule == "private-key") is sensitive


def _ppk(encryption: str = "none", comment: str = "rsa-key-20240517", private: str = "") -> str:
    """A PuTTY key file with random base64 lines (made at run time)."""
    rng = random.Random(6)

    def b64(n: int) -> str:
        return "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))
    private = private or f"{b64(64)}\n{b64(64)}"
    return (f"PuTTY-User-Key-File-3: ssh-rsa\nEncryption: {encryption}\nComment: {comment}\n"
            f"Public-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ{b64(34)}\n"
            f"Private-Lines: {private.count(chr(10)) + 1}\n{private}\nPrivate-MAC: {'7f' * 32}")


@pytest.mark.parametrize(("encryption", "comment", "severity", "note"), [
    ("none", "rsa-key-20240517", "critical", ""),
    ("none", "example deploy key", "critical", ""),  # the owner's comment is not a placeholder
    ("aes256-cbc", "rsa-key-20240517", "low", "encrypted")])
def test_a_putty_key_file_is_one_finding(encryption: str, comment: str, severity: str,
                                         note: str) -> None:
    ppk = _ppk(encryption, comment)
    [e] = classify([_entity(ppk, kind="text", path="k.ppk")], sources={"k.ppk": ppk.encode()})
    assert (e.category, e.rule, e.severity, e.note, e.value) == (
        "secret", "putty-private-key", severity, note, ppk)


def test_putty_header_needs_private_lines() -> None:
    for text, sensitive in ((_ppk(), True), (_ppk(private="AAAA...=="), False),
                            ("PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\n", False)):
        first = text.split("\n")[0]
        e = Entity("k.txt", "text", "text", first, 1, 1, 0, len(first), 0, len(first), "")
        [out] = classify([e], sources={"k.txt": text.encode()})
        assert (out.category == "secret") is sensitive, text[-60:]


def test_putty_key_file_with_escaped_line_breaks_in_one_string() -> None:
    value = _ppk().replace("\n", "\\n")
    text = f'{{"deploy_key": "{value}"}}\n'
    start = text.index(value)
    e = Entity("k.json", "json", "string", value, 1, 1, start, start + len(value), start,
               start + len(value), "deploy_key")
    [out] = classify([e], sources={"k.json": text.encode()})
    assert (out.category, out.rule, out.value) == ("secret", "putty-private-key", value)


def test_sealed_secret_values_are_low_severity() -> None:
    text = "kind: SealedSecret\nspec:\n  encryptedData:\n    PASSWORD: AQABhq9jhk0OUxVhswdFEm9IL8utYAozL\n"
    line = text.split("\n")[3]
    start = text.index(line)
    e = Entity("s.yaml", "yaml", "text", line, 4, 4, 0, len(line), start, start + len(line), "")
    out = [x for x in classify([e], sources={"s.yaml": text.encode()}) if x.category == "secret"]
    assert out and all(x.severity == "low" and x.note == "encrypted" for x in out)


def _shell(text: str) -> list[Entity]:
    source = SourceFile("deploy.sh", "bash", text, text.encode())
    return classify(extract(parse(source)), sources={source.path: source.data})


_AWS_SECRET = "Gue3STjphH1ckS386fwII61e4SjsNOo2AdEiHj72"  # random, made for this test


@pytest.mark.parametrize(("line", "rule", "value"), [
    ("curl https://admin:Xk9mQ2pL7vR4@jenkins.acme.io/job", "url-credentials", "Xk9mQ2pL7vR4"),
    ("curl https://jenkins.build.corp/job/x", "internal-url", "https://jenkins.build.corp/job/x"),
    ("curl -s -u admin:Xk9mQ2pL7vR4 https://api.acme.io", "cli-user-password-arg", "Xk9mQ2pL7vR4"),
    ("curl --user=admin:Xk9mQ2pL7vR4 https://api.acme.io", "cli-user-password-arg", "Xk9mQ2pL7vR4"),
    ("mysql -h db -uroot -pXk9mQ2pL7vR4 app", "mysql-cli-password-arg", "Xk9mQ2pL7vR4"),
    ("mysqldump -u backup -p'Xk9mQ2pL7vR4' app", "mysql-cli-password-arg", "Xk9mQ2pL7vR4"),
    ("mysql --password Xk9mQ2pL7vR4 app", "password-assignment", "Xk9mQ2pL7vR4"),
    ("docker login --password=Xk9mQ2pL7vR4 registry", "password-assignment", "Xk9mQ2pL7vR4"),
    ("export API_TOKEN=Xk9mQ2pL7vR4", "secret-assignment", "Xk9mQ2pL7vR4"),
    ("psql postgres://app:Xk9mQ2pL7vR4@db.acme.io/app", "url-credentials", "Xk9mQ2pL7vR4"),
    ("ssh deploy@10.0.3.4", "private-ip", "10.0.3.4"),
    ("aws configure set aws_secret_access_key " + _AWS_SECRET, "aws-secret-access-key", _AWS_SECRET),
])
def test_unquoted_shell_arguments_are_classified(line: str, rule: str, value: str) -> None:
    assert [(e.rule, e.value) for e in _shell(line + "\n") if e.sensitive] == [(rule, value)]


def _yaml(text: str) -> list[Entity]:
    source = SourceFile("deploy.yaml", "yaml", text, text.encode())
    return classify(extract(parse(source)), sources={source.path: source.data})


def test_env_entries_of_kubernetes_compose_and_ci_are_named_by_their_variable() -> None:
    text = ("spec:\n  containers:\n    - env:\n"
            "        - name: DB_PASSWORD\n          value: Zq8#mW2!pLx9\n"
            "        - value: \"5b97b0caf1dedb268700709553d4c828\"\n          name: DD_API_KEY\n"
            "        - name: LOG_LEVEL\n          value: info\n"
            "services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=Vb7!kQ2zRw5m\n"
            "jobs:\n  build:\n    env:\n      NPM_AUTH_TOKEN: Hx4mT9qL2wZ8\n")
    assert [(e.rule, e.value) for e in _yaml(text) if e.sensitive] == [
        ("password-assignment", "Zq8#mW2!pLx9"),
        ("secret-assignment", "5b97b0caf1dedb268700709553d4c828"),
        ("password-assignment", "Vb7!kQ2zRw5m"),
        ("secret-assignment", "Hx4mT9qL2wZ8")]


def _python(text: str) -> list[Entity]:
    source = SourceFile("app.py", "python", text, text.encode())
    return classify(extract(parse(source)), sources={source.path: source.data})


def test_checksummed_personal_numbers_hosts_and_dsns_in_a_source_file() -> None:
    text = ('SSN = "521-44-9087"\n'
            'ORDER = "521-44-9087"\n'
            'CARD = "4539 1488 0343 6467"\n'
            'TEST_CARD = "4111 1111 1111 1111"\n'
            'BAD_CARD = "4539 1488 0343 6468"\n'
            'IBAN = "DE52 5001 0517 3136 6902 96"\n'
            '# ssn: 521-44-9087, call 521-44-9087\n'
            'WIKI = "https://wiki.corp.acme.com/display/KESTREL"\n'
            'MQ = "rabbit.prod.acme-internal.net"\n'
            'HOME = "https://pypi.org/project/internal/"\n'
            'DSN = "https://3b4e24cfadf4b2b20e1330d7a237b4c2@o4504123.ingest.sentry.io/4504567"\n'
            'SENDER = "noreply@acme-corp.com"\n'
            '# Project NIGHTJAR pricing; see the README of the project\n')
    found = [(e.line, e.rule, e.value) for e in _python(text) if e.sensitive]
    assert found == [
        (1, "us-ssn", "521-44-9087"),
        (3, "payment-card", "4539 1488 0343 6467"),
        (6, "iban", "DE52 5001 0517 3136 6902 96"),
        (7, "us-ssn", "521-44-9087"),
        (8, "internal-url", "https://wiki.corp.acme.com/display/KESTREL"),
        (9, "internal-hostname", "rabbit.prod.acme-internal.net"),
        (11, "sentry-dsn", "https://3b4e24cfadf4b2b20e1330d7a237b4c2@o4504123.ingest.sentry.io/4504567"),
        (13, "project-codename", "NIGHTJAR")]
    test_card = [e for e in _python(text) if e.line == 4 and e.kind == "string"]
    assert [(e.category, e.rule, e.note) for e in test_card] == [("none", "payment-card", "placeholder")]


def test_a_terraform_aws_provider_key_is_an_aws_secret() -> None:
    text = 'provider "aws" {\n  secret_key = "7Hq2vKx9LmN4pR8sT1wY3zB6cD0fG5hJ2kL8mN1p"\n}\n'
    source = SourceFile("main.tf", "hcl", text, text.encode())
    [found] = [e for e in classify(extract(parse(source))) if e.sensitive]
    assert (found.rule, found.severity) == ("aws-secret-access-key", "critical")


def test_a_found_value_is_not_also_listed_in_clear() -> None:
    # the quoted part of `-p'…'` is a string of its own, inside the argument the password is found in
    out = _shell("mysql -uroot -p'Xk9mQ2pL7vR4' app\n")
    assert [(e.category, e.rule) for e in out if "Xk9mQ2pL7vR4" in e.value] == [
        ("secret", "mysql-cli-password-arg")]


def test_shell_flags_operands_and_env_var_names_are_not_sensitive() -> None:
    text = ("apt-get install -y curl mysql-client\n"
            "docker run -u 1000:1000 -p 8080:80 --rm app:latest\n"
            "git push -u origin main\n"
            'mysql -uroot -p"$MYSQL_PWD" -h "$DB_HOST" app\n'
            "gcc -pthread -o out main.c\n"
            'MYSQL_PWD="$(cat /run/secrets/db)"\n')
    assert [(e.rule, e.value) for e in _shell(text) if e.sensitive] == []


def test_code_name_from_a_comment_makes_identifiers_proprietary() -> None:
    comment = Entity("svc.py", "python", "comment", "Billing sync for Project Hydrangea", 1, 1,
                     2, 36, 2, 36)
    ident = Entity("svc.py", "python", "identifier", "hydrangea_reconcile", 3, 3, 4, 23, 40, 59)
    other = Entity("other.py", "python", "identifier", "hydrangea_reconcile", 3, 3, 4, 23, 40, 59)
    plain = Entity("svc.py", "python", "identifier", "reconcile_invoices", 5, 5, 4, 22, 70, 88)
    got = {(e.path, e.value): e for e in classify([comment, ident, other, plain])}
    assert got[("svc.py", "Hydrangea")].rule == "project-codename"
    assert got[("svc.py", "hydrangea_reconcile")].category == "proprietary"
    assert got[("other.py", "hydrangea_reconcile")].category == "none"
    assert got[("svc.py", "reconcile_invoices")].category == "none"


# --- the combined pre-filter: a value it misses must be one no pattern rule matches -----------

def _pattern_rules(kind: str) -> list:
    return [r for r in active_rules() if r.context is None and r.pattern is not None
            and kind in r.kinds]


def _prefilter_agrees(value: str, kind: str) -> None:
    from codeleak.classify import prefilter

    combined = prefilter(active_rules(), kind)
    if combined is not None and combined.search(value) is None:
        assert not [r.id for r in _pattern_rules(kind) if r.match(value)], value


@pytest.mark.parametrize("kind", ["comment", "string", "text", "number", "identifier"])
def test_prefilter_finds_every_rule_example(kind: str) -> None:
    from codeleak.classify import prefilter

    combined = prefilter(active_rules(), kind)
    examples = [ex.text for r in _pattern_rules(kind) for ex in r.true_examples]
    assert examples and combined is not None
    for text in examples:
        assert combined.search(text) is not None, text
    for rule in active_rules():
        for ex in (*rule.true_examples, *rule.false_examples):
            _prefilter_agrees(ex.text, kind)


_ALPHABET = string.ascii_letters + string.digits + "_-+/=.:@ \"'\n~%!$"


def test_prefilter_never_hides_a_match_in_random_or_mutated_text() -> None:
    rng = random.Random(7)
    seeds = [ex.text for r in _pattern_rules("string") for ex in r.true_examples]
    for _ in range(3000):
        if rng.random() < 0.5:
            value = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 80)))
        else:  # a true example with a few characters changed, cut or wrapped
            value = list(rng.choice(seeds))
            for _ in range(rng.randint(1, 3)):
                value[rng.randrange(len(value))] = rng.choice(_ALPHABET)
            value = rng.choice(["x", " ", "(", ""]) + "".join(value)[rng.randint(0, 3):]
        for kind in ("comment", "string", "text"):
            _prefilter_agrees(value, kind)


def test_prefilter_cache_follows_the_rule_set() -> None:
    from codeleak.classify import prefilter

    everything = prefilter(active_rules(), "string")
    without = prefilter(active_rules(["email"]), "string")
    assert everything is not None and without is not None
    assert everything.search("reach me at jane.doe@corp-mail.io") is not None
    assert without.search("reach me at jane.doe@corp-mail.io") is None


# Inputs on which a rule's regex, or its part of the prefilter (which drops leading look-behinds,
# so it tries every start), backtracked exponentially or read to the end of the value from every
# start; and the rules concerned. Before the fix, `a.int.` took 14 s at 2 KB, `mysql ` 7 s at
# 100 KB, the BEGIN lines 2 s at 50 KB (key blocks read to the end for each).
_ADVERSARIAL = [
    ("a.int.", "internal-hostname internal-url"), ("x.corp.a.", "internal-hostname internal-url"),
    ("a.", "internal-hostname internal-url"), ("mysql ", "mysql-cli-password"),
    ("-----BEGIN RSA PRIVATE KEY-----\n", "private-key"),
    ("PuTTY-User-Key-File-3: ssh-rsa\n", "putty-private-key"), ("curl ", "cli-user-password"),
    ("sv=2022-01-01&", "azure-sas-token"), ("ghs_42_eyJx", "github-app-installation-token"),
    ("eyJx", "jwt"), ("sk-x", "openai-api-key"), ("+44207183875", "phone-number"),
    ("a_internal_", "internal-host-identifier"), ("=a:b", "dsn-password"), (" a:b@", "dsn-password"),
    ("a:", "dsn-password"),
    # one glued word of 200 KB: codename_word read it from every split point (quadratic)
    ("ab", "codename-identifier"),
    # a product's name read from every capital of a long word to its end (quadratic)
    ("eyJx", "unreleased-product"), ("Ab unreleased ", "unreleased-product"),
]


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


@pytest.mark.parametrize(("unit", "rule_ids"), _ADVERSARIAL)
def test_rules_stay_linear_on_adversarial_input(unit: str, rule_ids: str) -> None:
    from codeleak.classify import _scoped

    value = unit * (2**20 // len(unit))  # 1 MiB
    for rule_id in rule_ids.split():
        rule = RULES[rule_id]
        assert rule.pattern is not None
        for regex in (rule.pattern, re.compile(_scoped(rule.prefilter or rule.pattern))):
            assert _seconds(lambda: list(regex.finditer(value))) < 10, (rule_id, regex.pattern)
    # everything classify does: the prefilter, every rule, key blocks (all rules over 1 MiB take
    # about 1.5 s as such, so 200 KB here)
    small = value[:200_000]
    for kind in ("string", "text", "identifier"):
        assert _seconds(lambda: classify([_entity(small, kind=kind)], sources={"app.py": small.encode()})) < 10


def test_a_text_of_many_assignments_is_classified_in_linear_time() -> None:
    """Thousands of `token: value` pairs in one text line: each file-wide check (a SealedSecret
    manifest?) is made once per file, not once per value (400 KB took over a minute)."""
    text = "token: aBcD1," * 30_000  # ~400 KB, 30,000 values
    entity = _entity(text, kind="text")
    seconds = _seconds(lambda: classify([entity], sources={"app.py": text.encode()}))
    assert seconds < 15


def _overlap_free(hits: list) -> list:  # type: ignore[type-arg]
    """What _resolve chooses, by its definition: best first, each kept unless it overlaps one
    kept before it."""
    from codeleak.classify import _RULE_ORDER, SEVERITY_RANK

    ranked = sorted(hits, key=lambda h: (h.placeholder, -SEVERITY_RANK[h.rule.severity],
                                         -(h.end - h.start), _RULE_ORDER[h.rule.id]))
    chosen: list = []  # type: ignore[type-arg]
    for hit in ranked:
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def test_overlapping_hits_resolve_as_one_by_one_comparison_would() -> None:
    from codeleak.classify import Hit, _resolve

    rng = random.Random(11)
    rules = list(RULES.values())
    for _ in range(300):
        hits = []
        for _ in range(rng.randint(0, 40)):
            start = rng.randint(0, 200)
            end = start + rng.choice([0, 1, 2, 5, 10, 30, 80])
            hits.append(Hit(rng.choice(rules), start, end, "", rng.random() < 0.1))
        assert _resolve(hits) == _overlap_free(hits)


def test_narrowing_many_spans_at_once_places_each_as_narrowing_one_does() -> None:
    from codeleak.classify import narrow_spans

    rng = random.Random(12)
    alphabet = "ab \n\u00e9\u4e2d\U0001f600x="
    for _ in range(200):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        parent = _entity(value, kind="text", line=rng.randint(1, 9), col=rng.randint(0, 7),
                         byte=rng.randint(0, 99))
        cuts = sorted(rng.sample(range(len(value) + 1), min(len(value) + 1, 2 * rng.randint(1, 5))))
        spans = list(zip(cuts[::2], cuts[1::2]))
        expected = []
        for start, end in spans:  # each span measured from the parent's start
            before, inside = value[:start], value[start:end]
            line = parent.line + before.count("\n")
            col = (parent.start_col if "\n" not in before else 0) + \
                len(before[before.rfind("\n") + 1:].encode())
            upto = value[:end]
            end_line = parent.line + upto.count("\n")
            end_col = (parent.start_col if "\n" not in upto else 0) + \
                len(upto[upto.rfind("\n") + 1:].encode())
            byte = parent.start_byte + len(before.encode())
            expected.append((inside, line, end_line, col, end_col, byte, byte + len(inside.encode())))
        got = [(e.value, e.line, e.end_line, e.start_col, e.end_col, e.start_byte, e.end_byte)
               for e in narrow_spans(parent, spans)]
        assert got == expected
        assert [narrow(parent, s, e) for s, e in spans] == narrow_spans(parent, spans)


# secrets, personal data and hosts written the ways a held-out set of application code wrote them
@pytest.mark.parametrize(("language", "text", "found"), [
    ("scala", 'conf.set("fs.s3a.secret.key", "jGbB7DxvFnYb4J9w4x4jg10bf3E5D/qM6v3VbUk9")\n',
     ("secret", "jGbB7DxvFnYb4J9w4x4jg10bf3E5D/qM6v3VbUk9")),
    ("yaml", 'command: ["redis-server", "--requirepass", "q2R1yw8buW4V9O"]\n', ("secret", "q2R1yw8buW4V9O")),
    ("bash", 'echo "machine repo.acme.io login ci password Ngs9kqrWy82MI^" >> ~/.netrc\n',
     ("secret", "Ngs9kqrWy82MI^")),
    ("python", 'c.connect(host, username="svc", password="gjvXX0Grm*Fei3")\n', ("secret", "gjvXX0Grm*Fei3")),
    ("python", 'HOST = "billing.corp.example.com"\n', ("infra", "billing.corp.example.com")),
    ("python", 'INSERT = ("Olivia Bennett", "412-67-9935")\n', ("pii", "412-67-9935")),
    ("python", 'customer = {"full_name": "Hannah Whitaker", "date_of_birth": "1987-06-14"}\n',
     ("pii", "Hannah Whitaker")),
    ("python", 'customer = {"date_of_birth": "1987-06-14"}\n', ("pii", "1987-06-14")),
    ("python", '# TODO(maria.gonzalez): drop after the migration\n', ("pii", "maria.gonzalez")),
    ("python", '# CONFIDENTIAL - Acme Corp\n', ("proprietary", "CONFIDENTIAL - Acme Corp")),
    ("python", 'FEATURE_CODENAME = "nightjar"\n', ("proprietary", "nightjar")),
    ("python", 'DB_NAME = "billing_prod"\n', ("infra", "billing_prod")),
    ("python", 'AWS_STORAGE_BUCKET_NAME = "acme-prod-media"\n', ("infra", "acme-prod-media")),
    ("python", 'CACHE = "redis://:Xk9mQ2pL7vR4@redis-billing.cache.svc.cluster.local:6379/0"\n',
     ("infra", "redis-billing.cache.svc.cluster.local")),
    ("python", 'GEMS = "https://3f8a1c7e5b2d4f9a0c6e8b1d7f3a5c2e@gem.fury.io/acme/"\n',
     ("secret", "3f8a1c7e5b2d4f9a0c6e8b1d7f3a5c2e")),
    ("python", 'WIFI_PSK = "Tr4!nWq9zLm2"\n', ("secret", "Tr4!nWq9zLm2")),
    ("python", 'event = {"last_ip": "81.2.69.142"}\n', ("pii", "81.2.69.142")),
    ("dotenv", 'ADMIN_PHONE=+43 664 5820931\n', ("pii", "+43 664 5820931")),
    ("python", '# gated until the Osprey rollout is done\n', ("proprietary", "Osprey")),
    ("python", 'REDIS = "redis-sessions.nordlicht.intern:6379"\n', ("infra", "redis-sessions.nordlicht.intern")),
    ("python", 'DB = os.environ.get("PGDATABASE", "nlh_clinical_prod")\n', ("infra", "nlh_clinical_prod")),
    ("python", 'CASES = [("SE", "410125-5356", True)]\n', ("pii", "410125-5356")),
    ("python", 'patient = {"name": "Sanne Visser", "bsn": "567066782"}\n', ("pii", "567066782")),
    ("python", '# VERTROUWELIJK: niet verspreiden\n', ("proprietary", "VERTROUWELIJK: niet verspreiden")),
    ("ini", 'upstream api {\n    server 10.40.5.11:8000 max_fails=3;\n}\n', ("infra", "10.40.5.11")),
])
def test_held_out_shapes_are_found(language: str, text: str, found: tuple[str, str]) -> None:
    assert found in _found(_scan(language, text))


@pytest.mark.parametrize(("language", "text"), [
    ("python", '# OPENAI_API_KEY = "sk-..."\n'),
    ("python", 'SAMPLE = """\n1.2.3.9 - - [02/Mar/2024] "POST /login HTTP/1.1" 302\n"""\n'),
    ("python", 'for key in ["ca", "capath", "cert", "key", "password", "cipher"]:\n    pass\n'),
    ("python", 'ORDER_REF = "412-67-9935"\n'),
    ("python", '# while skip_ws and tokens and tokens[-1].is_whitespace:\n'),
    ("python", 'store = Store(database="apscheduler_unittest")\n'),
    ("python", '# TODO(perf): cache this\n'),
])
def test_held_out_look_alikes_are_not_found(language: str, text: str) -> None:
    assert _found(_scan(language, text)) == []


def test_a_value_of_punctuation_alone_is_a_placeholder() -> None:
    assert _found(_scan("python", 'URL = "http://user:`{}@host/x"\n')) == []


def test_a_dockerfile_base_image_on_a_private_registry_is_internal() -> None:
    out = _scan("dockerfile", "FROM registry.corp.acme.net/base/python:3.12 AS build\n")
    assert ("infra", "registry.corp.acme.net") in _found(out)


@pytest.mark.parametrize(("language", "text", "rule", "value"), [
    ("python", 'WEIGHTS = {"velocity_1h": 0.214, "new_device": 0.187}\n', "model-weight-named", "0.214"),
    ("python", 'COMMISSION = {"electronics": Decimal("0.035")}\n', "business-figure-named", "0.035"),
    ("java", 'class D { static final BigDecimal MARGIN_FLOOR = new BigDecimal("0.585"); }\n',
     "business-figure-named", "0.585"),
    ("java", "class D { static final double FRAUD_SCORE_THRESHOLD = 0.8375; }\n", "risk-threshold-named",
     "0.8375"),
    ("scala", 'object S { val x = Map("fraud_threshold" -> 0.73) }\n', "risk-threshold-named", "0.73"),
    ("yaml", "pricing:\n  unit_price: 0.84\n", "business-figure-named", "0.84"),
    ("text", "OUTREACH_CUTOFF <- 0.27\n", "risk-threshold-named", "0.27"),
    ("text", "let TicketWeight = 0.041\n", "model-weight-named", "0.041"),
])
def test_business_figures_named_by_their_key_or_container(language: str, text: str, rule: str,
                                                        value: str) -> None:
    found = [(e.category, e.rule, e.value) for e in _scan(language, text) if e.sensitive]
    assert ("proprietary", rule, value) in found


@pytest.mark.parametrize(("language", "text"), [
    ("python", "def layout(margin=12, font_weight=700, weight_decay=0.01, threshold=0.5):\n    pass\n"),
    ("python", 'atomic_weights = {"O": 15.9994, "H": 1.00794}\n'),
    ("c", "#define ENGINE_R_FAILED_LOADING_PRIVATE_KEY 128\n"),
    ("python", "max_block_size = 4096\nscore_threshold = 0.3\nretry_backoff_multiplier = 1.5\n"),
])
def test_layout_training_and_error_numbers_are_no_business_figures(language: str, text: str) -> None:
    assert not [e for e in _scan(language, text) if e.sensitive]


@pytest.mark.parametrize(("text", "rule", "value"), [
    ('  password: System.get_env("RABBIT_PASSWORD", "Quarry!2023")\n', "password-assignment", "Quarry!2023"),
    ('-define(SIP_TRUNK_PASS, "Copper@2021").\n', "password-assignment", "Copper@2021"),
    ('    {password, "SparrowPylon37*"}]},\n', "password-assignment", "SparrowPylon37*"),
    ("docker login $(REGISTRY) -u ci-push -p JuniperRivet50*\n", "cli-password-in-text", "JuniperRivet50*"),
])
def test_quoted_values_in_files_read_as_text_are_named_as_code_names_them(text: str, rule: str,
                                                                          value: str) -> None:
    found = [(e.category, e.rule, e.value) for e in _scan("text", text) if e.sensitive]
    assert found == [("secret", rule, value)]


def test_a_config_file_that_is_no_xml_is_read_as_text() -> None:
    text = '[{cdr, [{database, "cdr_prod"}, {password, "SparrowPylon37*"}]}].\n'
    parsed = parse(SourceFile("sys.config", "xml", text, text.encode()))
    assert parsed.tree is None
    found = classify(extract(parsed), sources={"sys.config": text.encode()})
    assert ("secret", "SparrowPylon37*") in _found(found)


@pytest.mark.parametrize(("text", "name"), [
    ('customer = "Олена Коваленко"\n# Author: Оксана Гнатюк\n', "Олена Коваленко"),
    ("# Author: Taras Shevchenko-Bondar\n", "Taras Shevchenko-Bondar"),
])
def test_names_in_cyrillic_are_read_through_their_transliteration(text: str, name: str) -> None:
    assert ("pii", name) in _found(_scan("python", text))


@pytest.mark.parametrize(("language", "text", "rule", "value"), [
    ("text", "CONSTANTS: gc_bonus_tier1 TYPE p DECIMALS 3 VALUE '0.015',\n", "business-figure-named", "0.015"),
    ("text", "DATA lv_pass TYPE string VALUE 'Xk9#mQ2vLp7z'.\n", "password-assignment", "Xk9#mQ2vLp7z"),
    ("text", 'static NSString * const kGMOShopPass = @"Bwk3923j";\n', "password-assignment", "Bwk3923j"),
    ("ini", "[brokers]\nmqtt-01.iot.fjordvik.internal ansible_host=10.31.40.11\n", "internal-hostname",
     "mqtt-01.iot.fjordvik.internal"),
    ("properties", "pay.vnpay.hash-secret=3G34GTF1879TAP6YB02ALEI3RAQNSCOI\n", "secret-assignment",
     "3G34GTF1879TAP6YB02ALEI3RAQNSCOI"),
    ("text", "- 11:15 Decision: pause Project Ìrètí (NG micro-health relaunch)\n", "project-codename", "Ìrètí"),
])
def test_values_of_more_languages_and_formats(language: str, text: str, rule: str, value: str) -> None:
    found = [(e.rule, e.value) for e in _scan(language, text) if e.sensitive]
    assert (rule, value) in found


def test_a_dotted_code_path_is_no_host_and_a_hash_of_a_password_no_secret() -> None:
    text = 'from .settings.local import base\npassword_hash = "x1b2c3d4e5f6a7b8"\n'
    assert not [e for e in _scan("python", text) if e.sensitive]
