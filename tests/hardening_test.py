"""Bad inputs: each gives one line on stderr and the right exit code, the other files are still
scanned, nothing is written into the scanned tree and no found value is printed in clear."""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import string
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from codeleak import files
from codeleak.main import main
from codeleak.masking import fingerprint

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "codeleak" / "model"
GITHUB_TOKEN = "ghp_" + "Zq8rT2mX9vL4nB7wK1pD5sF3hJ6gC0yA2eU8"
PASSWORD = "Qw7!" + "xLp2vN9zR4"
PLANTED = {
    "app.py": f'token = "{GITHUB_TOKEN}"\n\n\ndef login(user):\n    return user\n',
    "conf/settings.py": f'DB_PASSWORD = "{PASSWORD}"\nDEBUG = False\n',
}


def write(root: Path, tree: Mapping[str, str | bytes]) -> None:
    for name, content in tree.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def entity_rules(out: str) -> dict[str, set[str]]:
    rules: dict[str, set[str]] = {}
    for e in json.loads(out)["entities"]:
        rules.setdefault(e["path"], set()).add(e["rule"])
    return rules


def one_line_each(err: str) -> list[str]:
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    assert all(line.startswith("codeleak: ") for line in lines), err
    return lines


def one_error_line(err: str) -> str:
    """The one line of a FatalError: not a line from the handler of unexpected errors."""
    errors = [line for line in one_line_each(err) if "error" in line]
    assert len(errors) == 1, err
    assert errors[0].startswith("codeleak: error: "), err
    return errors[0]


@pytest.fixture()
def bad_tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    write(root, {
        "good.py": f'api_token = "{GITHUB_TOKEN}"\n',
        "binary.bin": bytes(range(256)) * 8,
        "nul.py": b'x = 1\0\0\0secret = "abc"\n',
        "latin1.py": "# caf\xe9 cr\xe8me\npassword = \"".encode("latin-1") + PASSWORD.encode()
                     + b'"\n',
        "garbage.py": bytes((i * 37 + 128) % 256 for i in range(2000)).replace(b"\0", b"\x80"),
        "empty.py": b"",
        "broken.py": "def f(:\n    ))) ]\nclass {\n  \"unterminated\n",
        "sp ace/ünïcode dir/naïve file.py": f'PASSWORD = "{PASSWORD}"\n',
    })
    (root / "loop").mkdir()
    (root / "loop" / "parent").symlink_to("..", target_is_directory=True)
    (root / "self-link.py").symlink_to("self-link.py")
    return root


def test_bad_files_are_skipped_or_read_with_one_line_each(
        bad_tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "entities", str(bad_tree), "--format", "json")
    assert code == 0
    lines = one_line_each(err)
    rules = entity_rules(out)
    shown = {Path(p).relative_to(bad_tree).as_posix(): r for p, r in rules.items()}
    assert "github-token" in shown["good.py"]
    assert shown["sp ace/ünïcode dir/naïve file.py"] & {"password-assignment", "password"}
    assert shown["latin1.py"], "a Latin-1 comment must not hide the password after it"
    for skipped in ("binary.bin", "nul.py", "garbage.py"):
        assert skipped not in shown
        assert any(skipped in line and "binary or not UTF-8" in line for line in lines), err
    assert any("latin1.py" in line and "not UTF-8 replaced" in line for line in lines), err
    assert not any("loop" in p for p in shown), "a symlink loop must not be followed"


def test_file_that_fails_to_parse_still_gives_entities(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"broken.py": f'def f(:\n    token = "{GITHUB_TOKEN}"\n  ))) ]\n'})
    code, out, err = run_cli(capsys, "entities", str(tmp_path), "--format", "json")
    assert code == 0 and "Traceback" not in err
    assert any("github-token" in r for r in entity_rules(out).values())


def test_fifty_megabyte_minified_file_is_skipped_fast(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"app.py": f'api_token = "{GITHUB_TOKEN}"\n'})
    with (tmp_path / "bundle.min.js").open("wb") as bundle:
        block = b"var a=1+2;function b(c){return c*3};" * 1000
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            bundle.write(block)
    started = time.perf_counter()
    code, out, err = run_cli(capsys, "entities", str(tmp_path), "--format", "json")
    assert time.perf_counter() - started < 20
    assert code == 0
    lines = one_line_each(err)
    assert any("bundle.min.js" in line and "1000000-byte limit" in line for line in lines)
    assert list(entity_rules(out)) == [str(tmp_path / "app.py")]


def test_long_minified_line_under_the_limit_is_chunked(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"min.js": 'var a="' + "q1w2e3r4t5" * 20_000 + '";\n'})
    code, out, err = run_cli(capsys, "chunks", str(tmp_path), "--format", "json")
    assert code == 0 and "Traceback" not in err
    chunks = json.loads(out)["chunks"]
    assert len(chunks) == 1 and chunks[0]["start_line"] == 1


def test_the_scan_report_lists_the_files_it_did_not_read(
        bad_tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "scan", str(bad_tree), "--format", "json", "--no-cache")
    assert code in (0, 1) and "Traceback" not in err
    skipped = {Path(s["path"]).relative_to(bad_tree).as_posix(): s["reason"]
               for s in json.loads(out)["skipped"]}
    for name in ("binary.bin", "nul.py", "garbage.py"):
        assert skipped[name] == "binary or not UTF-8"
    assert "good.py" not in skipped and "latin1.py" not in skipped
    assert all(f"skipped {bad_tree / name}: {reason}" in err for name, reason in skipped.items())


def test_a_secret_deep_in_a_minified_line_gets_a_chunk_within_the_budget(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = ",".join(f'k{i}:"value number {i} of many"' for i in range(2000))
    write(tmp_path, {"bundle.min.js": f'var c={{{pairs},token:"{GITHUB_TOKEN}"}};\n'})
    code, out, err = run_cli(capsys, "scan", str(tmp_path), "--format", "json", "--no-cache")
    assert code in (0, 1) and "Traceback" not in err
    [finding] = [f for f in json.loads(out)["findings"] if f["rule"] == "github-token"]
    # the line is ~30,000 tokens; the token's chunk is the piece of it that holds it
    assert finding["line"] == 1 and 0 < finding["chunk"]["tokens"] <= 256


def test_the_chunk_listing_gives_the_bytes_of_each_piece_of_a_cut_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = ",".join(f'k{i}:"value number {i} of many"' for i in range(400))
    write(tmp_path, {"a.py": "first = 1\n", "b.min.js": f"var c={{{pairs}}};\n"})
    code, out, _ = run_cli(capsys, "chunks", str(tmp_path))
    heads = [line for line in out.splitlines() if line.startswith("── ")]
    assert code == 0 and any(line.endswith("a.py:1-1 (3 tokens)") for line in heads)
    spans = [line.split(" bytes ")[1].split(" ")[0] for line in heads if "b.min.js" in line]
    assert len(spans) > 2 and spans[0].startswith("0-")
    ends = [int(span.split("-")[1]) for span in spans]
    assert [int(span.split("-")[0]) for span in spans[1:]] == ends[:-1]


def test_chunks_longer_than_the_embedder_reads_get_a_note(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak import notes

    monkeypatch.setattr(notes, "_quiet", False)
    write(tmp_path, {"app.py": f'api_token = "{GITHUB_TOKEN}"\n'})
    for budget, noted in (("1000", True), ("256", False)):
        code, out, err = run_cli(capsys, "scan", str(tmp_path), "--chunk-tokens", budget,
                                 "--no-cache")
        assert code in (0, 1)
        lines = [line for line in one_line_each(err) if "longer than" in line]
        assert len(lines) == (1 if noted else 0)
        assert not noted or "reads (256 tokens)" in lines[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_file_with_a_utf16_byte_order_mark_is_read_with_its_lines_and_columns(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str) -> None:
    lines = ["// réglages", "class Settings {", f'    /* é */ string password = "{PASSWORD}";', "}"]
    (tmp_path / "Settings.cs").write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode(codec))
    code, out, err = run_cli(capsys, "entities", str(tmp_path), "--format", "json",
                             "--show-values")
    assert code == 0 and err == ""
    [secret] = [e for e in json.loads(out)["entities"] if e["category"] == "secret"]
    assert secret["line"] == 3 and secret["value"] == PASSWORD
    # columns are bytes of the line as UTF-8, what tree-sitter and the chunker read
    assert lines[2].encode()[secret["start_col"]:secret["end_col"]] == PASSWORD.encode()
    code, out, err = run_cli(capsys, "chunks", str(tmp_path), "--format", "json", "--show-values")
    [chunk] = json.loads(out)["chunks"]
    assert (chunk["start_line"], chunk["end_line"]) == (1, 4)
    assert chunk["text"].rstrip("\n") == "\n".join(lines)


def test_a_byte_order_mark_does_not_make_binary_text() -> None:
    import codecs

    numbers = b"".join(n.to_bytes(4, "little") for n in range(2048))  # binary: 0x0000 units
    assert files.decode(codecs.BOM_UTF16_LE + numbers) is None
    controls = "".join(map(chr, range(1, 9))) + "text"
    assert files.decode(codecs.BOM_UTF16_BE + controls.encode("utf-16-be")) is None
    assert files.decode(codecs.BOM_UTF16_BE + "x = 1\n".encode("utf-16-be")) == "x = 1\n"


def nodes_within(root: Any, depth: float) -> int:
    """How many nodes lie at most `depth` levels below root."""
    count, todo = 0, [(root, 0)]
    while todo:
        node, level = todo.pop()
        count += 1
        if level < depth:
            todo.extend((child, level + 1) for child in node.children)
    return count


def test_a_deeply_nested_file_is_queried_in_layers_of_bounded_depth(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """tree-sitter keeps an in-progress match for each open node a pattern may start at, so one
    query run over a tree d deep costs nodes x d (50,000 nested JSON arrays: 53 s). Every run
    must start its matches at most LAYER_DEPTH deep, and the runs together reach each node at
    most about once (nodes x LAYER_DEPTH in all); the value at the bottom is still found."""
    import tree_sitter

    from codeleak import extract
    from codeleak.parse import parse
    from codeleak.records import SourceFile

    depth = 20_000
    text = "[" * depth + f'"{GITHUB_TOKEN}"' + "]" * depth + "\n"
    parsed = parse(SourceFile("deep.json", "json", text, text.encode()))
    runs: list[tuple[Any, float]] = []
    real = tree_sitter.QueryCursor

    class Spy:
        def __init__(self, query: Any) -> None:
            self.cursor, self.depth = real(query), float("inf")

        def set_max_start_depth(self, most: int) -> None:
            self.depth = most
            self.cursor.set_max_start_depth(most)

        def matches(self, node: Any) -> Any:
            runs.append((node, self.depth))
            return self.cursor.matches(node)

    monkeypatch.setattr(tree_sitter, "QueryCursor", Spy)
    [entity] = [e for e in extract.extract(parsed) if e.kind == "string"]
    assert entity.value == GITHUB_TOKEN and entity.start_byte == depth + 1
    assert max(most for _, most in runs) <= extract.LAYER_DEPTH
    everything = nodes_within(parsed.tree.root_node, float("inf"))
    assert sum(nodes_within(node, most) for node, most in runs) <= 2 * everything


@pytest.mark.parametrize("layer", [1, 2, 3])
def test_queries_in_layers_find_what_one_query_finds(monkeypatch: pytest.MonkeyPatch,
                                                     layer: int) -> None:
    from codeleak import extract
    from codeleak.parse import parse

    parsed = [parse(source) for source in files.read_sources([ROOT / "fixtures" / "grammars"])]
    assert len({p.source.language for p in parsed}) > 20
    monkeypatch.setattr(extract, "LAYER_DEPTH", 10**9)
    whole = [extract.captures(p) for p in parsed]
    monkeypatch.setattr(extract, "LAYER_DEPTH", layer)
    assert [extract.captures(p) for p in parsed] == whole


def test_file_name_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"bad\xffname.py")
    with open(name, "w", encoding="utf-8") as out:
        out.write(f'api_token = "{GITHUB_TOKEN}"\n')
    report = tmp_path.parent / f"{tmp_path.name}-report.json"
    code, _, err = run_cli(capsys, "entities", str(tmp_path), "--format", "json",
                           "--output", str(report))
    assert code == 0 and err == ""
    paths = [e["path"] for e in json.loads(report.read_text(encoding="utf-8"))["entities"]]
    assert paths and all(p.endswith("bad\\xffname.py") for p in paths)


def test_control_characters_in_file_names_are_escaped_in_every_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"evil\x1b[31mname.py": f'api_token = "{GITHUB_TOKEN}"\n',
                     "new\nline.py": f'api_token = "{GITHUB_TOKEN}"\n',
                     "bin\x07ary.py": b"\0\1\2"})  # a skip note names this one
    code, out, err = run_cli(capsys, "entities", str(tmp_path))
    assert code == 0
    for text in (out, err):
        assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "evil\\x1b[31mname.py" in out and "new\\x0aline.py" in out
    assert any(line.endswith("bin\\x07ary.py: binary or not UTF-8") for line in one_line_each(err))


HOSTILE = ('# title \x1b]0;pwned\x07 clear \x1b[2J\n'
           'DB_PASSWORD = "Qw7!\x1b[2JxLp2vN9zR4"\n'
           'name = "abc\u202ecba"\tdone\n')


def _obeyed(text: str) -> list[str]:
    """The characters of text a terminal would obey or reorder."""
    return [c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f
            or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]


def test_control_sequences_in_scanned_code_are_escaped_in_text_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file holding a clear-screen, a window-title sequence or a bidi override shows them as
    escapes in chunks, invert and (with --show-values) entities and scan text; lines stay
    lines and tabs stay tabs."""
    from codeleak import listing
    from codeleak.records import Chunk

    write(tmp_path, {"app.py": HOSTILE})
    code, out, _ = run_cli(capsys, "chunks", str(tmp_path / "app.py"))
    assert code == 0 and not _obeyed(out)
    assert "# title \\x1b]0;pwned\\x07 clear \\x1b[2J\n" in out
    assert 'name = "abc\\u202ecba"\tdone' in out
    code, out, _ = run_cli(capsys, "entities", str(tmp_path), "--show-values")
    assert code == 0 and not _obeyed(out) and "Qw7!\\x1b[2JxLp2vN9zR4" in out
    # invert's text: the chunk and what the attack read back
    chunk = Chunk("app.py", 1, 3, 0, len(HOSTILE.encode()), 9, HOSTILE)
    shown = listing.chunks_text([chunk], ["read \x1b[2J back \u2066"])
    assert not _obeyed(shown) and "recovered: read \\x1b[2J back \\u2066" in shown
    # JSON keeps the text as it is (json escapes it)
    code, out, _ = run_cli(capsys, "chunks", str(tmp_path), "--format", "json")
    assert json.loads(out)["chunks"][0]["text"].startswith("# title \x1b]0;pwned\x07")


def test_output_dash_is_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"app.py": f'api_token = "{GITHUB_TOKEN}"\n'})
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(capsys, "entities", "app.py", "--format", "json", "-o", "-")
    assert code == 0 and json.loads(out)["entities"]
    assert not (tmp_path / "-").exists()


def test_invert_masks_found_values_in_what_the_attack_read_back(tmp_path: Path) -> None:
    from codeleak.commands.invert import masked_recovered
    from codeleak.config import Settings
    from codeleak.pipeline import chunk_sources, load_sources
    from codeleak.tokenizer import default_counter

    write(tmp_path, PLANTED)
    settings = Settings(chunk_tokens=64)
    sources = load_sources([tmp_path], settings)
    chunked = chunk_sources(sources, settings, default_counter())
    chunks = chunked.chunks
    # an attack that read every chunk back exactly, and one that spaced a value out
    perfect = [c.text for c in chunks]
    spaced = [c.text.replace(GITHUB_TOKEN, " ".join(GITHUB_TOKEN[i:i + 8]
                                                    for i in range(0, len(GITHUB_TOKEN), 8)))
              for c in chunks]
    for recovered in (perfect, spaced):
        shown = "\n".join(masked_recovered(chunked, recovered))
        assert GITHUB_TOKEN not in shown and PASSWORD not in shown
        assert GITHUB_TOKEN[4:12] not in shown  # not a run of the key either
        assert "def login(user)" in shown and "DEBUG = False" in shown  # the rest as read


def test_file_vanishing_between_discovery_and_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"a.py": f'api_token = "{GITHUB_TOKEN}"\n', "gone.py": "x = 1\n"})
    discover = files.discover

    def discover_then_delete(paths: object) -> list[files.Found]:
        found = discover(paths)  # type: ignore[arg-type]
        (tmp_path / "gone.py").unlink()
        return found

    monkeypatch.setattr(files, "discover", discover_then_delete)
    code, out, err = run_cli(capsys, "entities", str(tmp_path), "--format", "json")
    assert code == 0
    lines = one_line_each(err)
    assert any("gone.py" in line and "No such file" in line for line in lines), err
    assert list(entity_rules(out)) == [str(tmp_path / "a.py")]


def test_file_losing_read_permission_mid_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    # tests run as root, where chmod 000 does not stop a read: make the read itself fail
    write(tmp_path, {"a.py": f'api_token = "{GITHUB_TOKEN}"\n', "locked.py": "x = 1\n"})
    read_bytes = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "locked.py":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    code, out, err = run_cli(capsys, "entities", str(tmp_path), "--format", "json")
    assert code == 0
    lines = one_line_each(err)
    assert lines == [f"codeleak: skipped {tmp_path / 'locked.py'}: Permission denied"]
    assert list(entity_rules(out)) == [str(tmp_path / "a.py")]


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "entities", str(tmp_path / "nope"))
    assert code == 2 and out == ""
    assert one_line_each(err) == [f"codeleak: error: no such file or folder: {tmp_path / 'nope'}"]


def test_train_output_folder_that_cannot_be_made_fails_before_training(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"src/a.py": "def login(user):\n    return user\n", "blocker": "a file"})
    out_dir = tmp_path / "blocker" / "model"  # under a file: no folder can be made there
    code, out, err = run_cli(capsys, "train", str(tmp_path / "src"), "--out", str(out_dir),
                             "--size", "tiny", "--max-steps", "1")
    assert code == 2 and out == ""
    assert one_error_line(err).startswith(f"codeleak: error: --out {out_dir}: cannot create")
    assert "training a" not in err  # it failed before training, not after


@pytest.mark.parametrize("name", ["app.min.js", "vendor.js"])
def test_a_minified_bundle_gives_no_code_names_or_figures_but_its_secrets(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """A minifier's names (`BMSJOH`) and numbers are not a company's; its keys still are."""
    rng = random.Random(3)
    names = ["".join(rng.choice(string.ascii_letters) for _ in range(6)) for _ in range(3000)]
    token = "gh" + "p_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(36))
    body = "".join(f"var {n}={rng.randint(1000, 99999)};" for n in names)
    body += 'var PRICE_EUR=1840.5;var ZORBLAX="QUASIMODO";var t="' + token + '";'
    write(tmp_path, {name: body})
    code, out, _ = run_cli(capsys, "entities", str(tmp_path), "--format", "json")
    assert code == 0
    assert entity_rules(out)[str(tmp_path / name)] - {""} == {"github-token"}


def test_a_train_that_fails_leaves_no_output_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    out_dir = tmp_path / "model"
    code, out, err = run_cli(capsys, "train", str(tmp_path / "empty"), "--out", str(out_dir),
                             "--size", "tiny", "--max-steps", "1")
    assert code == 2 and "no training text" in one_error_line(err)
    assert not out_dir.exists()


def test_a_trained_inverter_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    from codeleak.commands.train import _owner_only

    (tmp_path / "m" / "sub").mkdir(parents=True)
    for name in ("word-counts.json.gz", "pieces.json", "sub/x.json"):
        (tmp_path / "m" / name).write_text("words of the code")
        (tmp_path / "m" / name).chmod(0o644)
    _owner_only(tmp_path / "m")
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in (tmp_path / "m").rglob("*")} == {
        "word-counts.json.gz": "0o600", "pieces.json": "0o600", "sub": "0o700", "x.json": "0o600"}


def test_diff_with_a_file_as_its_repository_is_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"src/settings.py": "x = 1\n"})
    git_init(tmp_path)
    code, out, err = run_cli(capsys, "diff", "HEAD", "--repo", str(tmp_path / "src" / "settings.py"))
    assert code == 2 and out == ""
    assert one_error_line(err) == (f"codeleak: error: --repo {tmp_path / 'src' / 'settings.py'} "
                                   "is a file; give the work tree's folder")


def test_diff_outside_git_is_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, {"a.py": "x = 1\n"})
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    code, out, err = run_cli(capsys, "diff", "HEAD", "--repo", str(tmp_path))
    assert code == 2 and out == ""
    lines = one_line_each(err)
    assert len(lines) == 1 and "not a git repository" in lines[0]


def git_init(folder: Path) -> None:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)


def test_links_are_reported_where_found_and_never_lead_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    write(tmp_path / "outside", {"out.py": f'api_token = "{GITHUB_TOKEN}"\n'})
    write(repo, {"sl/real.py": f'DB_PASSWORD = "{PASSWORD}"\n', ".gitignore": "private/\n",
                 "private/key.py": f'DB_PASSWORD = "{PASSWORD}"\n'})
    git_init(repo)
    (repo / "link_out.py").symlink_to(tmp_path / "outside" / "out.py")
    (repo / "sl" / "alias.py").symlink_to("real.py")
    (repo / "key_link.py").symlink_to("private/key.py")  # to a file git does not list
    monkeypatch.chdir(tmp_path)  # the outside file lies under the current folder
    code, out, err = run_cli(capsys, "entities", "repo", "--format", "json")
    assert code == 0
    assert sorted(e["path"] for e in json.loads(out)["entities"] if e["category"] != "none") \
        == ["repo/key_link.py", "repo/sl/real.py"]  # once each, under the path found
    assert fingerprint(GITHUB_TOKEN) not in out and "out.py" not in out  # never read
    notes = one_line_each(err)
    assert "codeleak: skipped repo/link_out.py: a link to a file outside the repository" in notes
    assert ("codeleak: skipped repo/sl/alias.py: a link to repo/sl/real.py, which is read "
            "already") in notes
    monkeypatch.chdir(repo)
    code, out, _ = run_cli(capsys, "entities", ".", "--format", "json")
    assert sorted(e["path"] for e in json.loads(out)["entities"] if e["category"] != "none") \
        == ["key_link.py", "sl/real.py"]


def test_outside_git_a_link_may_not_leave_the_folder_scanned(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    write(tmp_path, {"conf/settings.py": f'DB_PASSWORD = "{PASSWORD}"\n', "src/app.py": "x = 1\n"})
    (tmp_path / "src" / "settings.py").symlink_to("../conf/settings.py")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "entities", "src", "--format", "json")
    assert code == 0 and not any(e["category"] != "none" for e in json.loads(out)["entities"])
    assert one_line_each(err) == [
        "codeleak: skipped src/settings.py: a link to a file outside the folder scanned"]
    code, out, _ = run_cli(capsys, "entities", ".", "--format", "json")
    assert [e["path"] for e in json.loads(out)["entities"] if e["category"] != "none"] \
        == ["conf/settings.py"]


def test_whole_cli_in_a_subprocess_never_shows_a_traceback(bad_tree: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "ascii"}
    env.pop("CODELEAK_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "codeleak", "entities", str(bad_tree)],
                            capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "sp ace/\\xfcn\\xefcode dir/na\\xefve file.py" in result.stdout  # escaped, not fatal
    assert GITHUB_TOKEN not in result.stdout + result.stderr


# ---------------------------------------------------------------- with models

@pytest.fixture(autouse=True)
def quiet_model_loading() -> None:
    """codeleak.main turns off the Hugging Face progress bars through the environment, which
    works only before transformers is imported; in this shared test process it may be already."""
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()


@pytest.fixture(scope="module")
def inverter_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped model when it is there, else a tiny one trained for a few steps: these tests
    are about robustness, not inversion quality."""
    if (SHIPPED / "codeleak-inverter.json").is_file():
        return SHIPPED
    from codeleak.embedders import get_embedder
    from codeleak.training.builtin import train_builtin

    out = tmp_path_factory.mktemp("tiny-inverter")
    texts = [f"def handler_{i}(request):\n    return lookup(request.user_{i}, 'v{i}')"
             for i in range(40)]
    return train_builtin(texts, get_embedder("minilm"), out, size="tiny", max_steps=3,
                         progress=False, log=lambda _: None)


def tree_state(root: Path) -> dict[str, str]:
    state = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        state[rel] = (hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file()
                      else "dir" if path.is_dir() else "other")
    return state


def test_scan_writes_nothing_into_the_tree_and_prints_no_value(
        tmp_path: Path, inverter_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    tree, cache, reports = tmp_path / "tree", tmp_path / "cache", tmp_path / "reports"
    write(tree, PLANTED)
    reports.mkdir()
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(cache))
    monkeypatch.chdir(tree)  # the worst case: reports default to the current folder
    before = tree_state(tree)
    seen = ""
    for fmt in ("text", "json", "sarif", "html"):
        code, out, err = run_cli(capsys, "scan", ".", "--inverter", str(inverter_dir),
                                 "--format", fmt, "--output", str(reports / f"r.{fmt}"), "-q")
        assert code in (0, 1), err
        seen += out + err + (reports / f"r.{fmt}").read_text(encoding="utf-8")
    for command in ("entities", "chunks"):
        for fmt in ("text", "json"):
            code, out, err = run_cli(capsys, command, ".", "--format", fmt)
            assert code == 0, err
            seen += out + err
    assert tree_state(tree) == before
    cached = b"".join(p.read_bytes() for p in cache.rglob("*") if p.is_file())
    assert cached, "the cache was on: it should hold rows"
    for value in (GITHUB_TOKEN, PASSWORD):
        assert value not in seen
        assert value.encode() not in cached
    assert "Traceback" not in seen
    code, out, _ = run_cli(capsys, "entities", ".", "--show-values")
    assert GITHUB_TOKEN in out  # the check above can fail: values do show when asked


def fake_pem(label: str, seed: int) -> str:
    """A PEM block with a random base64 body (nothing real, made at run time)."""
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + "+/"
    body = "\n".join("".join(rng.choice(alphabet) for _ in range(64)) for _ in range(8))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def fake_ppk(seed: int, encrypted: bool = False) -> str:
    """A PuTTY key file (puttygen's layout, version 3) with random base64 lines (nothing real,
    made at run time)."""
    rng = random.Random(seed)

    def b64(n: int) -> str:
        return "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))
    argon = ["Key-Derivation: Argon2id", "Argon2-Memory: 8192", "Argon2-Passes: 34",
             "Argon2-Parallelism: 1", f"Argon2-Salt: {rng.randbytes(16).hex()}"]
    return "\n".join(["PuTTY-User-Key-File-3: ssh-rsa",
                      f"Encryption: {'aes256-cbc' if encrypted else 'none'}",
                      "Comment: rsa-key-20240517", "Public-Lines: 2",
                      "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64(34), b64(20) + "==",
                      *(argon if encrypted else []), "Private-Lines: 4", *(b64(64) for _ in range(4)),
                      f"Private-MAC: {rng.randbytes(32).hex()}"])


def body_pieces(*keys: str) -> list[str]:
    """Every 16 characters of every body line (of a PuTTY key file: its private lines and MAC):
    none of them may show in clear."""
    lines = []
    for key in keys:
        rows = key.split("\n")
        if rows[0].startswith("PuTTY-User-Key-File-"):
            rows = [row.rsplit(" ", 1)[-1] for row in rows[rows.index("Private-Lines: 4") + 1:]]
        lines += [row for row in rows if "-----" not in row]
    return [line[k:k + 16] for line in lines for k in range(len(line) - 15)]


def test_a_key_in_its_own_file_is_one_value_and_no_output_shows_its_body(
        tmp_path: Path, inverter_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    rsa, other, ec = (fake_pem("RSA PRIVATE KEY", 1), fake_pem("RSA PRIVATE KEY", 2),
                      fake_pem("EC PRIVATE KEY", 3))
    commented = fake_pem("OPENSSH PRIVATE KEY", 4)
    ppk, ppk_other, ppk_commented = fake_ppk(5), fake_ppk(6), fake_ppk(7, encrypted=True)
    tree, reports = tmp_path / "tree", tmp_path / "reports"
    write(tree, {"infra/id_rsa": rsa + "\n", "key.pem": other + "\n", "ec.pem": ec + "\n",
                 "deploy.yaml": "".join(f"# {line}\n" for line in commented.split("\n"))
                 + "port: 8080\n",
                 "keys/deploy.ppk": ppk + "\n", "keys/backup.ppk": ppk_other + "\n",
                 "tunnel.yaml": "".join(f"# {line}\n" for line in ppk_commented.split("\n"))
                 + "port: 22\n"})
    reports.mkdir()
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tree)
    code, out, err = run_cli(capsys, "entities", ".", "--format", "json")
    found = [e for e in json.loads(out)["entities"] if e["category"] != "none"]
    keys = {e["path"]: e for e in found if e["rule"] in ("private-key", "putty-private-key")}
    assert code == 0 and sorted(e["path"] for e in found) == sorted(keys) == [
        "deploy.yaml", "ec.pem", "infra/id_rsa", "key.pem", "keys/backup.ppk", "keys/deploy.ppk",
        "tunnel.yaml"]
    assert (keys["infra/id_rsa"]["line"], keys["infra/id_rsa"]["end_line"]) == (1, 10)
    assert (keys["keys/deploy.ppk"]["line"], keys["keys/deploy.ppk"]["end_line"]) == (1, 12)
    assert (keys["tunnel.yaml"]["severity"], keys["tunnel.yaml"]["note"]) == ("low", "encrypted")
    # the fingerprint is the whole block's: two keys under one header differ
    paths = ("infra/id_rsa", "key.pem", "ec.pem", "deploy.yaml", "keys/deploy.ppk",
             "keys/backup.ppk", "tunnel.yaml")
    assert [keys[p]["fingerprint"] for p in paths] == [
        fingerprint(key) for key in (rsa, other, ec, commented, ppk, ppk_other, ppk_commented)]
    seen = out + err
    for fmt in ("text", "json", "sarif", "html"):
        code, out, err = run_cli(capsys, "scan", ".", "--inverter", str(inverter_dir),
                                 "--format", fmt, "--output", str(reports / f"r.{fmt}"), "-q",
                                 "--chunk-tokens", "64")
        assert code in (0, 1), err
        seen += out + err + (reports / f"r.{fmt}").read_text(encoding="utf-8")
    for command in (("entities",), ("chunks", "--chunk-tokens", "64")):
        for fmt in ("text", "json"):
            code, out, err = run_cli(capsys, *command, ".", "--format", fmt)
            assert code == 0, err
            seen += out + err
    # invert shows chunks as `chunks` does; what the inverter read back is shown as it came
    code, out, err = run_cli(capsys, "invert", ".", "--format", "json", "--chunk-tokens", "64",
                             "--inverter", str(inverter_dir))
    assert code == 0, err
    seen += "\n".join(c["text"] for c in json.loads(out)["chunks"]) + err
    assert not [piece for piece in body_pieces(rsa, other, ec, commented, ppk, ppk_other,
                                               ppk_commented) if piece in seen]
    code, out, _ = run_cli(capsys, "chunks", ".", "--chunk-tokens", "64", "--show-values")
    assert all(line in out for key in (rsa, ppk) for line in key.split("\n"))  # the check above can fail


@pytest.mark.parametrize(("path", "rule"), [("infra/id_rsa", "private-key"),
                                            ("infra/deploy.ppk", "putty-private-key")])
def test_a_baseline_of_one_key_does_not_accept_another_under_the_same_header(
        tmp_path: Path, inverter_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], path: str, rule: str) -> None:
    def key(seed: int) -> str:
        return fake_ppk(seed) if path.endswith(".ppk") else fake_pem("RSA PRIVATE KEY", seed)
    write(tmp_path, {path: key(1) + "\n"})
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    baseline = str(tmp_path / "baseline.json")
    scan = ("scan", ".", "--inverter", str(inverter_dir), "--format", "json", "--baseline",
            baseline, "-q")
    assert run_cli(capsys, "baseline", ".", "--inverter", str(inverter_dir), "-o", baseline,
                   "-q")[0] == 0
    [accepted] = json.loads(run_cli(capsys, *scan)[1])["findings"]
    write(tmp_path, {path: key(2) + "\n"})  # a new body
    [swapped] = json.loads(run_cli(capsys, *scan)[1])["findings"]
    assert (accepted["rule"], accepted["suppressed"]) == (rule, True)
    assert (swapped["rule"], swapped["suppressed"]) == (rule, False)


@pytest.mark.parametrize("in_git", [True, False])
def test_a_baseline_matches_from_any_folder(
        tmp_path: Path, inverter_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], in_git: bool) -> None:
    repo = tmp_path / "r1"
    write(repo, {".env": f"API_TOKEN={GITHUB_TOKEN}\n",
                 "svc/app.py": f'DB_PASSWORD = "{PASSWORD}"\n',
                 "pyproject.toml": '[tool.codeleak]\nbaseline = ".codeleak-baseline.json"\n'})
    if in_git:
        git_init(repo)
    else:
        monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    inverter = ("--inverter", str(inverter_dir), "-q")
    monkeypatch.chdir(repo)  # the baseline the config names does not exist yet
    assert run_cli(capsys, "baseline", ".", *inverter)[0] == 0
    stored = json.loads((repo / ".codeleak-baseline.json").read_text())
    assert stored["version"] == 2
    assert {r["path"] for r in stored["findings"]} == {".env", "svc/app.py"}
    for cwd, target in ((tmp_path, "r1"), (repo / "svc", ".."), (repo, ".")):
        monkeypatch.chdir(cwd)
        code, out, err = run_cli(capsys, "scan", target, "--format", "json", *inverter)
        findings = json.loads(out)["findings"]
        assert code == 0, err
        assert len(findings) >= 2 and all(f["suppressed"] for f in findings), (cwd, findings)
    monkeypatch.chdir(repo / "svc")
    code, out, _ = run_cli(capsys, "scan", "..", "--format", "sarif", *inverter)
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"]
                 for r in json.loads(out)["runs"][0]["results"]]
    assert {(a["uri"], a["uriBaseId"]) for a in locations} \
        == {(".env", "%SRCROOT%"), ("svc/app.py", "%SRCROOT%")}


def test_two_repositories_with_one_path_stay_apart_in_baselines_and_sarif(
        tmp_path: Path, inverter_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    same = {"config/settings.py": f'DB_PASSWORD = "{PASSWORD}"\n'}  # one path, one value
    for name in ("repoA", "repoB"):
        write(tmp_path / name, same)
        git_init(tmp_path / name)
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    inverter = ("--inverter", str(inverter_dir), "-q")

    def suppressed(baseline: str, *paths: str) -> dict[str, bool]:
        code, out, err = run_cli(capsys, "scan", *paths, "--format", "json", "--baseline",
                                 baseline, *inverter)
        assert code in (0, 1), err
        found = json.loads(out)["findings"]
        assert found and len({f["path"] for f in found}) == len(paths)
        return {f["path"].split("/")[0]: f["suppressed"] for f in found}

    # a baseline of repoA alone, kept in repoA, as every baseline was made before: it accepts
    # repoA's finding, and not the same value at the same path in repoB
    kept = "repoA/.codeleak-baseline.json"
    assert run_cli(capsys, "baseline", "repoA", "-o", kept, *inverter)[0] == 0
    assert all("repo" not in r for r in json.loads((tmp_path / kept).read_text())["findings"])
    assert suppressed(kept, "repoA", "repoB") == {"repoA": True, "repoB": False}
    # a baseline of both names each entry's repository; without repoB's entries it accepts
    # nothing in repoB, wherever the baseline lies
    assert run_cli(capsys, "baseline", "repoA", "repoB", "-o", "both.json", *inverter)[0] == 0
    both = json.loads((tmp_path / "both.json").read_text())
    assert {(r["repo"], r["path"]) for r in both["findings"]} \
        == {("repoA", "config/settings.py"), ("repoB", "config/settings.py")}
    both["findings"] = [r for r in both["findings"] if r["repo"] == "repoA"]
    (tmp_path / "a-only.json").write_text(json.dumps(both))
    assert suppressed("a-only.json", "repoA", "repoB") == {"repoA": True, "repoB": False}
    assert suppressed("a-only.json", "repoA") == {"repoA": True}
    # SARIF: one artifact per repository, each URI from its own root
    code, out, _ = run_cli(capsys, "scan", "repoA", "repoB", "--format", "sarif", *inverter)
    run = json.loads(out)["runs"][0]
    locations = {(a["uriBaseId"], a["uri"]) for r in run["results"]
                 for a in [r["locations"][0]["physicalLocation"]["artifactLocation"]]}
    assert locations == {("REPO:repoA", "config/settings.py"),
                         ("REPO:repoB", "config/settings.py")}
    assert {k: v["uri"] for k, v in run["originalUriBaseIds"].items()} == {
        f"REPO:{name}": (tmp_path / name).resolve().as_uri() + "/" for name in ("repoA", "repoB")}


def test_corrupt_cache_is_moved_aside_with_one_warning(
        tmp_path: Path, inverter_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    tree, cache = tmp_path / "tree", tmp_path / "cache"
    write(tree, PLANTED)
    cache.mkdir()
    (cache / "cache.sqlite3").write_bytes(b"this is not a database" * 500)
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(cache))
    code, out, err = run_cli(capsys, "scan", str(tree), "--inverter", str(inverter_dir),
                             "--format", "json", "-q", "--fail-on", "never")
    assert code == 0, err
    assert json.loads(out)["summary"]["sensitive"] == 2
    warnings = [line for line in one_line_each(err) if "warning" in line]
    assert len(warnings) == 1 and "cache" in warnings[0]
    assert any(p.name.startswith("cache.sqlite3.corrupt") for p in cache.iterdir())


def test_truncated_inverter_weights_are_one_line_error(tmp_path: Path,
                                                       inverter_dir: Path) -> None:
    # in a fresh process, as users run it: nothing on stderr but the one line
    write(tmp_path / "tree", PLANTED)
    broken = tmp_path / "broken-inverter"
    shutil.copytree(inverter_dir, broken)
    weights = broken / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CODELEAK_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CODELEAK_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "codeleak", "scan", str(tmp_path / "tree"),
                             "--inverter", str(broken)], capture_output=True, text=True, env=env,
                            check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert len(one_line_each(result.stderr)) == 1, result.stderr
    assert one_error_line(result.stderr).startswith(
        f"codeleak: error: cannot load the inverter in {broken}: model.safetensors is missing or "
        "damaged ("), result.stderr


def test_inverter_folder_without_weights_is_one_line_error(
        tmp_path: Path, inverter_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "tree", PLANTED)
    broken = tmp_path / "no-weights"
    shutil.copytree(inverter_dir, broken)
    (broken / "model.safetensors").unlink()
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    code, out, err = run_cli(capsys, "scan", str(tmp_path / "tree"), "--inverter", str(broken),
                             "-q")
    assert code == 2 and out == ""
    assert f"cannot load the inverter in {broken}: model.safetensors" in one_error_line(err)


@pytest.mark.parametrize("truncated", [False, True])
def test_embedder_folder_missing_files_is_one_line_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], truncated: bool) -> None:
    from codeleak.embedders import minilm_folder

    write(tmp_path / "tree", PLANTED)
    partial = tmp_path / "partial-embedder"
    shutil.copytree(minilm_folder(), partial)
    for weights in [*partial.glob("*.safetensors"), *partial.glob("*.bin")]:
        head = weights.read_bytes()[:1000] if truncated else None
        weights.unlink()
        if head is not None:
            weights.write_bytes(head)
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    for folder in (partial, tmp_path / "tree"):  # no weights; not a model folder at all
        code, out, err = run_cli(capsys, "scan", str(tmp_path / "tree"), "--embedder",
                                 str(folder), "-q")
        assert code == 2 and out == ""
        line = one_error_line(err)
        if folder == partial:
            assert f"cannot load the embedder in {partial}: the weights file" in line, line
