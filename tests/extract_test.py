"""Unit tests of codeleak.extract: kinds, spans, delimiters, context, dedup, text fallback."""
from __future__ import annotations

import random
import string
import time
from pathlib import Path

import pytest

from codeleak import extract
from codeleak.errors import FatalError
from codeleak.languages import LANGUAGES
from codeleak.parse import parse
from codeleak.records import Entity, SourceFile

ROOT = Path(__file__).resolve().parent.parent


def run(language: str, text: str) -> list[Entity]:
    data = text.encode("utf-8")
    return extract.extract(parse(SourceFile(f"f.{language}", language, text, data)))


def only(entities: list[Entity], kind: str, value: str) -> Entity:
    found = [e for e in entities if e.kind == kind and e.value == value]
    assert len(found) == 1, (kind, value, [(e.kind, e.value) for e in entities])
    return found[0]


def test_kinds_of_each_capture() -> None:
    entities = run("python", '# note\nretries = 3\nname = "svc"\n')
    assert [(e.kind, e.value) for e in entities] == [
        ("comment", "note"), ("identifier", "retries"), ("number", "3"),
        ("identifier", "name"), ("string", "svc")]
    assert {e.category for e in entities} == {"none"}
    assert {e.language for e in entities} == {"python"}


def test_kind_of_capture_names() -> None:
    assert extract.kind_of("comment.documentation") == "comment"
    assert extract.kind_of("definition.key") == "identifier"
    assert extract.kind_of("string") == "string"
    assert extract.kind_of("number") == "number"
    assert {extract.kind_of(name) for name in extract.CAPTURES} <= {
        "comment", "string", "number", "identifier"}


def test_string_span_is_the_content_without_quotes() -> None:
    text = 'token = "abc-123"\n'
    entity = only(run("python", text), "string", "abc-123")
    assert (entity.line, entity.end_line, entity.start_col, entity.end_col) == (1, 1, 9, 16)
    assert text.encode()[entity.start_byte:entity.end_byte] == b"abc-123"


@pytest.mark.parametrize(("language", "text", "value"), [
    ("python", "x = rb'raw\\d'\n", "raw\\d"),
    ("python", 'x = f"Bearer {tok}"\n', "Bearer {tok}"),
    ("javascript", "let u = `https://${h}/v1`;\n", "https://${h}/v1"),
    ("cpp", 'auto r = R"xy(a "b" c)xy";\n', 'a "b" c'),
    ("rust", 'let r = r#"a "b" c"#;\n', 'a "b" c'),
    ("csharp", 'class A { string p = @"C:\\dir"; }\n', "C:\\dir"),
    ("csharp", 'class A { string p = $"Hi {n}!"; }\n', "Hi {n}!"),
    ("ruby", "q = %q{percent}\n", "percent"),
    ("kotlin", 'val s = "a ${b} c"\n', "a ${b} c"),
    ("go", "var s = `raw`\n", "raw"),
    ("toml", "k = '''lit'''\n", "lit"),
    ("yaml", "k: 'single'\n", "single"),
    ("xml", '<a b="attr"/>\n', "attr"),
    ("swift", 'let r = #"raw "q""#\n', 'raw "q"'),
    ("scala", 'val s = s"hi $x there"\n', "hi $x there"),
])
def test_delimiters_and_prefixes_are_stripped(language: str, text: str, value: str) -> None:
    entity = only(run(language, text), "string", value)
    assert text.encode()[entity.start_byte:entity.end_byte].decode() == value


def test_multi_line_string_span() -> None:
    text = 'q = """first\nsecond"""\n'
    entity = only(run("python", text), "string", "first\nsecond")
    assert (entity.line, entity.start_col, entity.end_line, entity.end_col) == (1, 7, 2, 6)


def test_heredoc_body_starts_on_its_own_line() -> None:
    text = "cat <<EOF\nhost=db.internal\nport=5432\nEOF\n"
    entity = only(run("bash", text), "string", "host=db.internal\nport=5432")
    assert (entity.line, entity.start_col, entity.end_line) == (2, 0, 3)


def test_yaml_block_scalar_leaves_out_indicator() -> None:
    entity = only(run("yaml", "script: |\n  echo hi\n"), "string", "echo hi")
    assert (entity.line, entity.start_col, entity.context) == (2, 2, "script")


@pytest.mark.parametrize(("language", "text", "value", "context"), [
    ("python", 'password = "hunter2"\n', "hunter2", "password"),
    ("python", 'client(password="hunter2")\n', "hunter2", "password"),
    ("python", 'c = {"api_key": "k-1"}\n', "k-1", "api_key"),
    ("python", 'self.secret = "s"\n', "s", "secret"),
    ("javascript", 'const c = { token: "t-1" };\n', "t-1", "token"),
    ("go", 'func f() { c := Conf{Password: "p"} }\n', "p", "Password"),
    ("java", 'class A { void f() { String pw = "p"; } }\n', "p", "pw"),
    ("rust", 'fn f() { let c = Conf { password: "p" }; }\n', "p", "password"),
    ("yaml", "db:\n  password: yaml-pw\n", "yaml-pw", "password"),
    ("toml", '[db]\npassword = "t-pw"\n', "t-pw", "password"),
    ("ini", "[db]\npassword = ini-pw\n", "ini-pw", "password"),
    ("properties", "db.password=p-pw\n", "p-pw", "db.password"),
    ("dotenv", "DB_PASSWORD=env-pw\n", "env-pw", "DB_PASSWORD"),
    ("dockerfile", "FROM x\nENV DB_PASSWORD=d-pw\n", "d-pw", "DB_PASSWORD"),
    ("hcl", 'x = { password = "h-pw" }\n', "h-pw", "password"),
    ("xml", '<db password="x-pw"/>\n', "x-pw", "password"),
    ("xml", "<apiKey>x-key</apiKey>\n", "x-key", "apiKey"),
    ("json", '{"password": "j-pw"}\n', "j-pw", "password"),
    ("bash", "export API_TOKEN=b-tok\n", "b-tok", "API_TOKEN"),
    ("bash", "mysql --password b-pw app\n", "b-pw", "--password"),
    ("bash", 'docker login --password="b-pw" registry.corp\n', "b-pw", "--password="),
    ("bash", "curl -u admin:b-pw https://x.corp\n", "admin:b-pw", "curl -u"),
    ("bash", "curl --user=admin:b-pw https://x.corp\n", "--user=admin:b-pw", "curl"),
    ("bash", "mysqldump -uroot -pb-pw app\n", "-pb-pw", "mysqldump"),
    ("bash", "aws configure set aws_secret_access_key b-key\n", "b-key", "aws_secret_access_key"),
    # a Kubernetes env entry: the value is named by its `name:` sibling, in either order
    ("yaml", "env:\n  - name: DB_PASSWORD\n    value: k-pw\n", "k-pw", "DB_PASSWORD"),
    ("yaml", "env:\n  - value: k-pw\n    name: DB_PASSWORD\n", "k-pw", "DB_PASSWORD"),
    ("yaml", "env: [{Value: k-pw, Name: DB_PASSWORD}]\n", "k-pw", "DB_PASSWORD"),
    # curl behind the command that runs it
    ("bash", "sudo curl -u admin:b-pw https://x.corp\n", "admin:b-pw", "curl -u"),
    ("bash", "sudo -E /usr/bin/curl -s --user 'admin:b-pw' x\n", "admin:b-pw", "/usr/bin/curl --user"),
    ("bash", "env HOME=/tmp curl -u admin:b-pw x\n", "admin:b-pw", "curl -u"),
    ("bash", "time curl -u admin:b-pw x\n", "admin:b-pw", "curl -u"),
    ("bash", "exec curl -u admin:b-pw x\n", "admin:b-pw", "curl -u"),
    ("bash", "xargs -I{} curl -uadmin:b-pw x\n", "-uadmin:b-pw", "curl"),
    ("bash", "sudo mysql -uroot -pb-pw app\n", "-pb-pw", "mysql"),
    # -p is a password for sshpass and docker login only (over the plain `-p` context)
    ("bash", "sshpass -p 'b-pw' ssh deploy@host\n", "b-pw", "sshpass -p"),
    ("bash", "docker login -u ci -p b-pw registry.corp\n", "b-pw", "docker login -p"),
    ("bash", "ssh -p 2222x deploy@host\n", "2222x", "-p"),
    ("hcl", 'variable "db_password" {\n  default = "h-pw"\n}\n', "h-pw", "db_password"),
    ("xml", '<resources><string name="maps_api_key">x-key</string></resources>\n', "x-key", "maps_api_key"),
    ("xml", '<map><entry key="password">x-pw</entry></map>\n', "x-pw", "password"),
    ("sql", "CREATE USER app WITH PASSWORD 's-pw';\n", "s-pw", "PASSWORD"),
    ("sql", "ALTER ROLE etl WITH LOGIN PASSWORD 's-pw';\n", "s-pw", "PASSWORD"),
    ("c", 'static struct creds ci_creds = { "ci", "c-pw" };\n', "c-pw", "ci_creds"),
    ("c", 'const char *passwords[] = { "c-pw", "c-pw2" };\n', "c-pw", "passwords"),
    ("cpp", 'static std::string admin_password{"c-pw"};\n', "c-pw", "admin_password"),
    ("cpp", 'std::string admin_password("c-pw");\n', "c-pw", "admin_password"),
    ("toml", 'authors = ["Jane Roe <jane@x.io>"]\n', "Jane Roe <jane@x.io>", "authors"),
    # list items are named by the key of their list
    ("hcl", 'allowed_account_ids = ["h-acct"]\n', "h-acct", "allowed_account_ids"),
    ("json", '{"allowedAccountIds": ["j-acct"]}\n', "j-acct", "allowedAccountIds"),
    ("yaml", "allowed_ips: [y-ip]\n", "y-ip", "allowed_ips"),
    ("yaml", "hosts:\n  - y-host\n  - other\n", "y-host", "hosts"),
    # the default of a parameter expansion is named by its parameter
    ("bash", "HOST=${DB_HOST:-b-host}\n", "b-host", "DB_HOST"),
    # a literal inside a part the SQL grammar cannot parse, named by the word before it
    ("sql", "EXEC sp_addlinkedserver @server = N'REP', @datasrc = N's-host';\n", "s-host", "@datasrc"),
    ("sql", "CREATE SERVER h FOREIGN DATA WRAPPER w OPTIONS (servername 's-host', port '1433');\n",
     "s-host", "servername"),
])
def test_value_gets_the_name_it_is_assigned_to(language: str, text: str, value: str,
                                               context: str) -> None:
    assert only(run(language, text), "string", value).context == context


def test_literals_in_a_part_the_grammar_cannot_parse_are_read_once() -> None:
    entities = run("sql", "-- don't 'parse' me\nEXEC p @a = 'x-1', @b = \"x-2\", 'x-3';\nSELECT 'x-4';\n")
    values = [e.value for e in entities if e.kind == "string"]
    assert values == ["x-1", "x-2", "x-3", "x-4"]  # quotes inside the comment stay in the comment
    assert only(entities, "string", "x-3").context == ""


def test_names_and_plain_literals_have_no_context() -> None:
    entities = run("python", 'print("hello")\nname = "x"\n')
    assert only(entities, "string", "hello").context == ""
    assert only(entities, "identifier", "name").context == ""


def test_shell_arguments_are_literals_but_command_names_and_flags_are_not() -> None:
    text = ("curl -sS https://ci:Qm7xK2pW9z@jenkins.build.corp/job\n"
            "apt-get install -y curl git\n"
            "git push -u origin main\n"
            "ssh -i ~/.ssh/id_deploy deploy@10.0.3.4\n")
    got = [(e.kind, e.value, e.context) for e in run("bash", text)]
    assert got == [("string", "https://ci:Qm7xK2pW9z@jenkins.build.corp/job", ""),
                   ("string", "~/.ssh/id_deploy", "-i"), ("string", "deploy@10.0.3.4", "")]


def test_a_shell_argument_is_never_named_by_a_value_glued_to_an_option() -> None:
    entities = run("bash", "mysql -uroot -pQm7xK2pW9z app_db\ntar -czfQm7xK2pW9z out.tgz\n")
    assert [(e.value, e.context) for e in entities] == [
        ("-pQm7xK2pW9z", "mysql"), ("out.tgz", "")]


def test_curl_options_are_only_named_after_curl() -> None:
    # `sudo -u postgres` is sudo's option, before curl: curl's `-s` names nothing
    entities = run("bash", "sudo -u postgres curl -s x:y-pw\ndocker run -u 1000:1000 img\n")
    assert not [e for e in entities if "curl" in e.context]
    assert only(entities, "string", "1000:1000").context == ""


def test_more_context_helpers_win_over_fewer_on_one_value(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # `_context.<what>` helpers join the context like `_context`, in source order; of two
    # contexts from helpers, the one from more of them wins
    folder = tmp_path / "bash"
    folder.mkdir()
    (folder / extract.QUERY_FILE).write_text(
        '((command (word) @_context . (word) @string) (#eq? @_context "-k"))\n'
        '((command name: (command_name) @_context.command (word) @_context . (word) @string)\n'
        '  (#eq? @_context.command "vault") (#eq? @_context "-k"))\n', encoding="utf-8")
    query = extract.compile_query("bash", tmp_path)
    monkeypatch.setattr(extract, "query_for", lambda language: query)
    got = [(e.value, e.context) for e in run("bash", "vault -k k-1\nother -k k-2\n")]
    assert got == [("k-1", "vault -k"), ("k-2", "-k")]


@pytest.mark.parametrize("text", ["foo set S3cr3t x\n", "foo set hunter2 x\n",
                                  "tool config Tr0ub4dor x\n", "git config --global pass-w0rd x\n",
                                  'foo set Qm7xK2pW9z "y"\n'])
def test_a_secret_looking_word_after_set_or_config_is_never_a_context(text: str) -> None:
    # contexts are listed in clear: only a word shaped like a setting's name names the next value
    secret = text.split()[-2]
    assert not [e for e in run("bash", text) if secret in e.context]


def test_a_setting_name_after_set_or_config_names_the_value() -> None:
    text = ("aws configure set default.s3.signature_version s3v4\n"
            "git config --global user.signingKey ABC123\n")
    entities = run("bash", text)
    assert only(entities, "string", "s3v4").context == "default.s3.signature_version"
    assert only(entities, "string", "ABC123").context == "user.signingKey"


def test_identical_spans_are_reported_once() -> None:
    text = 'def f():\n    """Doc."""\n    return {"k": "v"}\n'
    entities = run("python", text)
    spans = [(e.start_byte, e.end_byte) for e in entities]
    assert len(spans) == len(set(spans))
    assert only(entities, "comment", "Doc.").kind == "comment"  # docstring, not also a string
    assert only(entities, "identifier", "k").context == ""  # a key, not also a string


def test_empty_strings_are_dropped() -> None:
    entities = run("javascript", 'const a = "";\nconst b = "  ";\n')
    assert [e.kind for e in entities] == ["identifier", "identifier"]


def test_comment_markers_are_stripped_and_span_covers_comment() -> None:
    text = "/**\n * Rotates keys.\n * Daily.\n */\nint x;\n// line note\n"
    found = extract.comments(parse(SourceFile("a.c", "c", text, text.encode())))
    assert [e.value for e in found] == ["Rotates keys.\nDaily.", "line note"]
    assert (found[0].line, found[0].end_line, found[0].start_col, found[0].end_col) == (1, 4, 0, 3)
    assert all(e.kind == "comment" for e in found)


@pytest.mark.parametrize(("text", "value"), [
    ("# hash", "hash"), ("// slashes", "slashes"), ("/* block */", "block"),
    ("<!-- xml -->", "xml"), ("-- sql", "sql"), ("; ini", "ini"), ("/// doc", "doc"),
    ("=begin\nruby\n=end", "ruby"),
])
def test_comment_text(text: str, value: str) -> None:
    assert extract.comment_text(text) == value


def test_columns_are_bytes_of_the_line() -> None:
    text = 'a = "é"; b = "tok"\n'
    entity = only(run("python", text), "string", "tok")
    assert entity.start_col == len('a = "é"; b = "'.encode())
    assert entity.start_byte == entity.start_col


def test_plain_text_gives_one_entity_per_non_blank_line() -> None:
    text = "first line\n\n   indented one  \n"
    data = text.encode()
    entities = extract.extract(parse(SourceFile("notes.txt", "text", text, data)))
    assert [(e.kind, e.value, e.line, e.start_col, e.end_col) for e in entities] == [
        ("text", "first line", 1, 0, 10), ("text", "indented one", 3, 3, 15)]
    assert data[entities[1].start_byte:entities[1].end_byte] == b"indented one"


def fake_pem(label: str, seed: int = 1) -> str:
    """A PEM block with a random base64 body (nothing real, made at run time)."""
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + "+/"
    body = "\n".join("".join(rng.choice(alphabet) for _ in range(64)) for _ in range(6))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


@pytest.mark.parametrize("label", ["RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                                   "PRIVATE KEY", "PGP PRIVATE KEY BLOCK", "CERTIFICATE"])
def test_a_pem_block_in_plain_text_is_one_entity(label: str) -> None:
    pem = fake_pem(label)
    text = f"deploy key:\n{pem}\n\nrotate yearly\n"
    data = text.encode()
    entities = extract.extract(parse(SourceFile("infra/id_rsa", "text", text, data)))
    assert [(e.kind, e.value, e.line, e.end_line) for e in entities] == [
        ("text", "deploy key:", 1, 1), ("text", pem, 2, 9), ("text", "rotate yearly", 11, 11)]
    block = entities[1]
    assert data[block.start_byte:block.end_byte] == pem.encode()
    assert (block.start_col, block.end_col) == (0, len(pem.rsplit("\n", 1)[1]))


def test_a_pem_block_in_line_comments_is_one_comment() -> None:
    pem = fake_pem("RSA PRIVATE KEY", seed=2)
    text = "".join(f"# {line}\n" for line in pem.split("\n")) + "port: 8080\n"
    entities = run("yaml", text)
    assert [(e.kind, e.value, e.line, e.end_line) for e in entities] == [
        ("comment", pem, 1, 8), ("identifier", "port", 9, 9), ("number", "8080", 9, 9)]


def test_pem_lines_stay_apart_without_an_end_line_or_with_code_between() -> None:
    header, *body, footer = fake_pem("RSA PRIVATE KEY", seed=3).split("\n")
    text = "\n".join([header, *body]) + "\n"
    entities = extract.extract(parse(SourceFile("key.pem", "text", text, text.encode())))
    assert [e.value for e in entities] == [header, *body]
    code = f"# {header}\nx = 1\n# {footer}\n"
    assert [e.kind for e in run("python", code)] == ["comment", "identifier", "number", "comment"]


@pytest.mark.parametrize("unit", ["-----BEGIN A-----\n", "PuTTY-User-Key-File-3: ssh-rsa\n"])
def test_many_block_first_lines_are_read_once(unit: str) -> None:
    # each BEGIN line used to be read 64 KiB on for its END line: 1 MiB of them took 18 s
    text = unit * (2**20 // len(unit))
    start = time.perf_counter()
    entities = extract.extract(parse(SourceFile("keys.txt", "text", text, text.encode())))
    assert time.perf_counter() - start < 10  # 0.2 s here; a bound that a slow machine keeps
    assert len(entities) == text.count("\n")


def fake_ppk(version: int = 3, encrypted: bool = False, seed: int = 1) -> str:
    """A PuTTY key file (puttygen's layout) with random base64 lines (nothing real, made at run
    time): version 3 has Argon2 lines when encrypted and a 64-hex MAC, version 2 a 40-hex one."""
    rng = random.Random(seed)

    def b64(n: int) -> str:
        return "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))
    argon = ["Key-Derivation: Argon2id", "Argon2-Memory: 8192", "Argon2-Passes: 34",
             "Argon2-Parallelism: 1", f"Argon2-Salt: {rng.randbytes(16).hex()}"]
    return "\n".join([f"PuTTY-User-Key-File-{version}: ssh-rsa",
                      f"Encryption: {'aes256-cbc' if encrypted else 'none'}",
                      "Comment: rsa-key-20240517", "Public-Lines: 2",
                      "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64(34), b64(20) + "==",
                      *(argon if encrypted and version == 3 else []), "Private-Lines: 3",
                      b64(64), b64(64), b64(40) + "=",
                      f"Private-MAC: {rng.randbytes(32 if version == 3 else 20).hex()}"])


@pytest.mark.parametrize(("version", "encrypted"), [(3, False), (3, True), (2, False), (2, True)])
def test_a_putty_key_file_in_plain_text_is_one_entity(version: int, encrypted: bool) -> None:
    ppk = fake_ppk(version, encrypted)
    lines = ppk.count("\n") + 1
    text = f"{ppk}\n\nrotate yearly\n"
    data = text.encode()
    entities = extract.extract(parse(SourceFile("keys/deploy.ppk", "text", text, data)))
    assert [(e.kind, e.value, e.line, e.end_line) for e in entities] == [
        ("text", ppk, 1, lines), ("text", "rotate yearly", lines + 2, lines + 2)]
    key = entities[0]
    assert data[key.start_byte:key.end_byte] == ppk.encode()
    assert (key.start_col, key.end_col) == (0, len(ppk.rsplit("\n", 1)[1]))


def test_a_putty_key_file_in_line_comments_is_one_comment() -> None:
    ppk = fake_ppk(seed=2)
    text = "".join(f"# {line}\n" for line in ppk.split("\n")) + "port: 8080\n"
    entities = run("yaml", text)
    assert [(e.kind, e.value, e.line, e.end_line) for e in entities] == [
        ("comment", ppk, 1, 11), ("identifier", "port", 12, 12), ("number", "8080", 12, 12)]


def test_putty_lines_stay_apart_without_a_mac_line_or_with_code_between() -> None:
    *lines, mac = fake_ppk(seed=3).split("\n")
    text = "\n".join(lines) + "\n"
    entities = extract.extract(parse(SourceFile("key.ppk", "text", text, text.encode())))
    assert [e.value for e in entities] == lines
    code = f"# {lines[0]}\nx = 1\n# {mac}\n"
    assert [e.kind for e in run("python", code)] == ["comment", "identifier", "number", "comment"]
    # a second key file's header before any MAC line: the first file is not joined up to it
    text = "\n".join(lines) + "\n" + fake_ppk(seed=4) + "\n"
    entities = extract.extract(parse(SourceFile("keys.txt", "text", text, text.encode())))
    assert [e.value for e in entities] == [*lines, fake_ppk(seed=4)]


def test_query_is_compiled_once() -> None:
    assert extract.query_for("python") is extract.query_for("python")


def test_inherits_puts_parent_queries_first(tmp_path: Path) -> None:
    for name, text in {"base": "(comment) @comment\n",
                       "child": "; inherits: base\n(string) @string\n"}.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / extract.QUERY_FILE).write_text(text)
    assert [folder for folder, _ in extract.query_parts("child", tmp_path)] == ["base", "child"]
    assert extract.query_source("child", tmp_path).index("@comment") < extract.query_source(
        "child", tmp_path).index("@string")


def test_inheritance_cycle_is_a_fatal_error(tmp_path: Path) -> None:
    for name, parent in (("a", "b"), ("b", "a")):
        (tmp_path / name).mkdir()
        (tmp_path / name / extract.QUERY_FILE).write_text(f"; inherits: {parent}\n")
    with pytest.raises(FatalError, match="cycle"):
        extract.query_parts("a", tmp_path)


def test_query_error_names_the_file_and_row(tmp_path: Path) -> None:
    (tmp_path / "base").mkdir()
    (tmp_path / "base" / extract.QUERY_FILE).write_text("(comment) @comment\n")
    (tmp_path / "python").mkdir()
    (tmp_path / "python" / extract.QUERY_FILE).write_text(
        "; inherits: base\n(string) @string\n(no_such_node) @string\n")
    with pytest.raises(FatalError, match=r"grammars/python/entities\.scm:3:"):
        extract.compile_query("python", tmp_path)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_spans_agree_with_values_in_fixtures(language: str) -> None:
    for path in sorted((ROOT / "fixtures" / "grammars" / language).iterdir()):
        data = path.read_bytes()
        starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]
        parsed = parse(SourceFile(path.name, language, data.decode(), data))
        for e in extract.extract(parsed):
            assert e.value.strip()
            assert starts[e.line - 1] + e.start_col == e.start_byte
            assert starts[e.end_line - 1] + e.end_col == e.end_byte
            if e.kind != "comment":
                assert data[e.start_byte:e.end_byte].decode() == e.value
