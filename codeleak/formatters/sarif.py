"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""
from __future__ import annotations

import json
import os
import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import quote

from codeleak import __version__, repos
from codeleak.files import name_bytes
from codeleak.formatters.view import (
    NOT_SAFE, Redactor, attack_phrase, control_rate, leak_rate, rule_id, rule_name, severity_rank,
    sort_findings, suppression_kind,
)
from codeleak.masking import fingerprint
from codeleak.records import Chunk, Finding, ScanReport, SweepPoint

SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                "sarif-schema-2.1.0.json")
INFORMATION_URI = "https://pypi.org/project/codeleak/"
FINGERPRINT_KEY = "codeleak/v1"
SRCROOT = "%SRCROOT%"
_ROOT_TEXT = "its git work tree, or the folder scanned outside git."

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
    bases = _BaseIds(report)
    base = {f.entity.path: bases.of(report.repo_root(f.entity.path)) for f in findings}
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
            "originalUriBaseIds": bases.described(set(base.values())),
            "invocations": [_invocation(report)],
            "results": [_result(f, index, redact, report.repo_path(f.entity.path),
                                base[f.entity.path]) for f in findings],
            "properties": _run_properties(report),
        }],
    }


class _BaseIds:
    """Where result URIs start: %SRCROOT% for a scan of one repository (GitHub code scanning
    reads it as the checkout); one id per repository, mapped to its root's file URI in
    run.originalUriBaseIds (SARIF 2.1.0 3.14.14), when a scan reads several, so that one path
    in two repositories is two artifacts."""

    def __init__(self, report: ScanReport) -> None:
        self.names = repos.names(report.repo_roots.values())
        self.several = len(self.names) > 1

    def of(self, root: str) -> str:
        return f"REPO:{self.names[root]}" if self.several and root in self.names else SRCROOT

    def described(self, used: set[str]) -> dict[str, Any]:
        """run.originalUriBaseIds: %SRCROOT% where a scan reads one repository or a result
        uses it, then each repository's id."""
        out: dict[str, Any] = {}
        if not self.several or SRCROOT in used:
            out[SRCROOT] = {"description": {"text": f"The root of the repository scanned: "
                                                    f"{_ROOT_TEXT}"}}
        if self.several:
            for root, name in sorted(self.names.items(), key=lambda item: item[1]):
                uri = Path(root).as_uri()
                out[f"REPO:{name}"] = {
                    "uri": uri if uri.endswith("/") else uri + "/",
                    "description": {"text": f"The root of repository {name}: {_ROOT_TEXT}"}}
        return out


def _invocation(report: ScanReport) -> dict[str, Any]:
    """run.invocations[0]: each file the scan skipped is a tool execution notification
    (SARIF 2.1.0 3.20.21), so a file that was never read is not taken for a clean one."""
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if report.skipped:
        invocation["toolExecutionNotifications"] = [{
            "level": "warning",
            "descriptor": {"id": "skipped-file"},
            "message": {"text": f"Not scanned: {s.reason}."},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(
                os.path.abspath(s.path))}}],
        } for s in report.skipped]
    return invocation


def _run_properties(report: ScanReport) -> dict[str, Any]:
    """What the text and JSON reports say of the whole run: counts, the control, the attacks,
    the sweep and the per-repository counts."""
    properties: dict[str, Any] = {
        "embedder": report.embedder,
        "inverter": report.inverter,
        "chunkTokens": report.chunk_tokens,
        "files": report.files,
        "chunks": report.chunks,
        "entities": report.entities,
        "sensitive": report.sensitive,
        "leaked": report.leaked,
        "leakRate": round(leak_rate(report), 4),
        "controlLeakRate": control_rate(report.control_leak_rate, report.controls),
        "controls": report.controls,
        "seconds": round(report.seconds, 3),
        "attacks": [{"name": a.name, "description": a.description,
                     "strength": a.strength} for a in report.attacks],
        "notLeakedMeans": NOT_SAFE,
        "valuesShown": report.show_values,
    }
    if report.sweep:
        properties["sweep"] = [_sweep_point(p) for p in report.sweep]
    if report.recommendation:
        properties["recommendation"] = report.recommendation
    if report.repositories:
        properties["repositories"] = [
            {"root": r.root, "files": r.files, "chunks": r.chunks, "entities": r.entities,
             "sensitive": r.sensitive, "leaked": r.leaked} for r in report.repositories]
    return properties


def _sweep_point(point: SweepPoint) -> dict[str, Any]:
    return {"chunkTokens": point.chunk_tokens, "chunks": point.chunks,
            "sensitive": point.sensitive, "leaked": point.leaked,
            "leakRate": round(point.leak_rate, 4),
            "controlLeakRate": control_rate(point.control_leak_rate, point.controls),
            "controls": point.controls}


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


def _result(finding: Finding, index: dict[str, int], redact: Redactor, repo_path: str,
            base: str) -> dict[str, Any]:
    entity, chunk = finding.entity, finding.chunk
    rid = rule_id(finding)
    result: dict[str, Any] = {
        "ruleId": rid,
        "ruleIndex": index[rid],
        "level": _LEVELS.get(finding.severity, "warning"),
        "message": {"text": _message(finding, redact)},
        "locations": [{"physicalLocation": {
            "artifactLocation": _artifact(repo_path, base),
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
            "recovered": redact.excerpt(finding),
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


def _artifact(path: str, base: str = SRCROOT) -> dict[str, str]:
    """A URI relative to base (its repository's root) for a path from the repository root; a
    file URI for an absolute path, or a relative one that leads out of the root (`../`). The
    URI percent-encodes the path's own bytes: a name shown with an escape (`\\xe9` for a byte
    that is not UTF-8) is that byte again (%E9), and a backslash is part of a name (%5C), not a
    separator."""
    raw = name_bytes(path)
    if raw.startswith(b"/"):
        return {"uri": "file://" + quote(raw)}
    raw = posixpath.normpath(raw)
    if raw == b".." or raw.startswith(b"../"):
        return {"uri": "file://" + quote(os.path.abspath(raw))}
    return {"uri": quote(raw), "uriBaseId": base}


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
