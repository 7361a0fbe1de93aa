"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""
from __future__ import annotations

import json
import os
import posixpath
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from codeleak import __version__
from codeleak.formatters.view import (
    NOT_SAFE, Redactor, attack_phrase, rule_id, rule_name, severity_rank, sort_findings,
    suppression_kind,
)
from codeleak.masking import fingerprint
from codeleak.records import Chunk, Finding, ScanReport

SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                "sarif-schema-2.1.0.json")
INFORMATION_URI = "https://pypi.org/project/codeleak/"
FINGERPRINT_KEY = "codeleak/v1"

_LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note",
           "info": "note"}
# GitHub reads properties.security-severity as a CVSS-like score: >= 9 critical, >= 7 high,
# >= 4 medium, else low.
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0",
                      "info": "1.0"}
_CATEGORY_HELP = {
    "secret": "a credential (key, token, password, private key or connection string with a "
              "password). Rotate it if it leaked, and move it to a secret store or the "
              "environment.",
    "pii": "personal data (an email address, phone number or name). Remove it from code "
           "that gets embedded, or keep that code out of the RAG index.",
    "infra": "an internal infrastructure detail (hostname, private address, internal URL or "
             "bucket). Move it to configuration that is not indexed.",
    "proprietary": "a project-specific name or identifier. Decide whether its disclosure "
                   "matters; exclude the code from the RAG index if it does.",
    "none": "a value the classifier did not judge sensitive.",
}


class SarifFormatter:
    name = "sarif"
    suffix = ".sarif"

    def format(self, report: ScanReport, *, color: bool = False) -> str:
        return json.dumps(sarif_document(report), indent=2, ensure_ascii=False) + "\n"


def sarif_document(report: ScanReport) -> dict[str, Any]:
    redact = Redactor.of_report(report)
    findings = sort_findings(report.findings)
    rules = _rules(findings)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "codeleak",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {
                "description": {"text": "The root of the repository scanned: its git work "
                                        "tree, or the folder scanned outside git."}}},
            "invocations": [{"executionSuccessful": True}],
            "results": [_result(f, index, redact, report.repo_path(f.entity.path))
                        for f in findings],
            "properties": {
                "embedder": report.embedder,
                "inverter": report.inverter,
                "chunkTokens": report.chunk_tokens,
                "controlLeakRate": round(report.control_leak_rate, 4),
                "controls": report.controls,
                "attacks": [{"name": a.name, "description": a.description,
                             "strength": a.strength} for a in report.attacks],
                "notLeakedMeans": NOT_SAFE,
            },
        }],
    }


def _rules(findings: list[Finding]) -> list[dict[str, Any]]:
    """One rule per rule id, in order of first use; level from its most severe finding."""
    first: dict[str, Finding] = {}
    worst: dict[str, str] = {}
    for finding in findings:
        rid = rule_id(finding)
        first.setdefault(rid, finding)
        if severity_rank(finding.severity) > severity_rank(worst.get(rid, "")):
            worst[rid] = finding.severity
    return [_rule(rid, first[rid].entity.category, worst[rid]) for rid in first]


def _rule(rid: str, category: str, severity: str) -> dict[str, Any]:
    what = _CATEGORY_HELP.get(category, f"a {category} value.")
    full = (f"A {category} value that matches rule {rid} sits in source code that may be "
            "chunked and embedded for retrieval; codeleak judges whether an attacker holding "
            "the chunk's embedding would recover it.")
    attacks = ("A leaked verdict means the value was recovered from the chunk's embedding "
               "(inversion) or picked out among look-alike decoys (confirmation).")
    help_text = f"The value is {what} {attacks} {NOT_SAFE}"
    markdown = (f"**{rid}**: the value is {what}\n\n{attacks}\n\n{NOT_SAFE}\n\n"
                "Silence a reviewed finding with a `codeleak: allow` comment on its line, or "
                "record it with `codeleak baseline`.")
    return {
        "id": rid,
        "name": rule_name(rid) or "Sensitive",
        "shortDescription": {"text": f"{category.capitalize()} value ({rid}) in embeddable code"},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": _LEVELS.get(severity, "warning")},
        "properties": {
            "tags": ["security", "embedding-inversion", category],
            "precision": "medium",
            "security-severity": _SECURITY_SEVERITY.get(severity, "5.5"),
        },
    }


def _result(finding: Finding, index: dict[str, int], redact: Redactor, repo_path: str
            ) -> dict[str, Any]:
    entity, chunk = finding.entity, finding.chunk
    rid = rule_id(finding)
    result: dict[str, Any] = {
        "ruleId": rid,
        "ruleIndex": index[rid],
        "level": _LEVELS.get(finding.severity, "warning"),
        "message": {"text": _message(finding, redact)},
        "locations": [{"physicalLocation": {
            "artifactLocation": _artifact(repo_path),
            "region": {
                "startLine": entity.line,
                "endLine": entity.end_line,
                "startColumn": _column(chunk, entity.start_byte, entity.start_col) + 1,
                "endColumn": _column(chunk, entity.end_byte, entity.end_col) + 1,
            },
            "contextRegion": {"startLine": chunk.start_line, "endLine": chunk.end_line},
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(entity.value)},
        "properties": {
            "category": entity.category,
            "severity": finding.severity,
            "leaked": finding.leaked,
            "atRisk": finding.at_risk,
            "leakScore": round(finding.leak_score, 4),
            "attack": finding.attack,
            "chunkTokens": chunk.tokens,
        },
    }
    if finding.suppressed:
        kind = "inSource" if suppression_kind(finding) == "inline" else "external"
        result["suppressions"] = [{"kind": kind, "status": "accepted"}]
    return result


def _message(finding: Finding, redact: Redactor) -> str:
    entity, chunk = finding.entity, finding.chunk
    attack = attack_phrase(finding)
    score = f"score {finding.leak_score:.2f}"
    how = (f"leaked: recovered by {attack} ({score})" if finding.leaked
           else f"at risk: not recovered by {attack} ({score}), but a rare string in a short "
                "chunk" if finding.at_risk
           else f"not recovered by {attack} ({score}), which does not make it safe")
    return (f"{entity.category.capitalize()} value ({rule_id(finding)}) "
            f"{redact.value(entity.value)} in a {entity.kind}, {how}. Embedded in the chunk "
            f"of lines {chunk.start_line}-{chunk.end_line} ({chunk.tokens} tokens).")


def _artifact(path: str) -> dict[str, str]:
    """A percent-encoded URI relative to %SRCROOT% for a path from the repository root; a file
    URI for an absolute path, or a relative one that leads out of the root (`../`)."""
    posix = path.replace("\\", "/")
    if PureWindowsPath(path).is_absolute() or PurePosixPath(posix).is_absolute():
        drive = PureWindowsPath(path).drive
        return {"uri": "file://" + ("/" if drive else "") + quote(posix)}
    posix = posixpath.normpath(posix)
    if posix == ".." or posix.startswith("../"):
        return {"uri": Path(os.path.abspath(posix)).as_uri()}
    return {"uri": quote(posix), "uriBaseId": "%SRCROOT%"}


def _column(chunk: Chunk, byte: int, byte_col: int) -> int:
    """The 0-based column in code points of a position given in bytes, read from the chunk's
    text when it holds the start of that line; the byte column otherwise."""
    data = chunk.text.encode("utf-8", "surrogatepass")
    offset = byte - chunk.start_byte
    if not 0 <= offset <= len(data):
        return byte_col
    line_start = data.rfind(b"\n", 0, offset) + 1
    if offset - line_start != byte_col:
        return byte_col
    return len(data[line_start:offset].decode("utf-8", "replace"))
