"""The scan JSON of DESIGN.md, version 1, with a few extra keys for triage."""
from __future__ import annotations

import json
from typing import Any

from codeleak.formatters.view import (
    Redactor, control_rate, plain_details, sort_findings, suppression_kind,
)
from codeleak.masking import fingerprint
from codeleak.records import Finding, ScanReport

JSON_VERSION = 1


class JsonFormatter:
    name = "json"
    suffix = ".json"

    def format(self, report: ScanReport, *, color: bool = False) -> str:
        return json.dumps(scan_document(report), indent=2, ensure_ascii=False) + "\n"


def scan_document(report: ScanReport) -> dict[str, Any]:
    """The JSON document as a dict (the contract keys first, extras after)."""
    redact = Redactor.of_report(report)
    return {
        "version": JSON_VERSION,
        "embedder": report.embedder,
        "inverter": report.inverter,
        "chunk_tokens": report.chunk_tokens,
        "summary": {
            "files": report.files,
            "chunks": report.chunks,
            "entities": report.entities,
            "sensitive": report.sensitive,
            "leaked": report.leaked,
            "control_leak_rate": control_rate(report.control_leak_rate, report.controls),
            "controls": report.controls,
            "seconds": round(report.seconds, 3),
        },
        "findings": [_finding(f, redact) for f in sort_findings(report.findings)],
        "attacks": [{"name": a.name, "description": a.description, "strength": a.strength}
                    for a in report.attacks],
        "sweep": [{"chunk_tokens": p.chunk_tokens, "chunks": p.chunks, "sensitive": p.sensitive,
                   "leaked": p.leaked, "leak_rate": round(p.leak_rate, 4),
                   "control_leak_rate": control_rate(p.control_leak_rate, p.controls),
                   "controls": p.controls}
                  for p in report.sweep],
        "recommendation": report.recommendation,
        "repositories": [{"root": r.root, "files": r.files, "chunks": r.chunks,
                          "entities": r.entities, "sensitive": r.sensitive, "leaked": r.leaked}
                         for r in report.repositories],
        "values_shown": report.show_values,
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
    }


def _finding(finding: Finding, redact: Redactor) -> dict[str, Any]:
    entity, chunk = finding.entity, finding.chunk
    return {
        "path": entity.path,
        "line": entity.line,
        "end_line": entity.end_line,
        "kind": entity.kind,
        "category": entity.category,
        "rule": entity.rule,
        "severity": finding.severity,
        "leaked": finding.leaked,
        "leak_score": round(finding.leak_score, 4),
        "chunk": {"start_line": chunk.start_line, "end_line": chunk.end_line,
                  "tokens": chunk.tokens},
        "value": redact.value(entity.value),
        "fingerprint": fingerprint(entity.value),
        "recovered": redact.excerpt(finding),
        "language": entity.language,
        "start_col": entity.start_col,
        "end_col": entity.end_col,
        "attack": finding.attack,
        "at_risk": finding.at_risk,
        "suppressed": finding.suppressed,
        "suppressed_by": suppression_kind(finding) if finding.suppressed else None,
        "note": entity.note,
        "details": plain_details(finding),
    }
