"""The terminal report: one table per file, then the summary, attacks and sweep."""
from __future__ import annotations

from collections.abc import Callable

from codeleak.files import printable_text
from codeleak.formatters.view import (
    CONTROL_WARN, NO_CONTROL, NOT_SAFE, Redactor, by_file, leak_rate, percent, rule_id, sweep_control,
    verdict,
)
from codeleak.records import Finding, ScanReport

VALUE_WIDTH = 36
_RESET = "\033[0m"
_STYLES = {
    "critical": "\033[1;31m", "high": "\033[31m", "medium": "\033[33m", "low": "\033[36m",
    "info": "\033[2m", "leaked": "\033[1;31m", "at risk": "\033[33m", "path": "\033[1m",
    "dim": "\033[2m",
}
Paint = Callable[[str, str], str]
_HEADER = ("LINE", "SEVERITY", "CATEGORY", "RULE", "VALUE", "LEAKED", "SCORE", "ATTACK",
           "CHUNK")


class TextFormatter:
    name = "text"
    suffix = ".txt"

    def format(self, report: ScanReport, *, color: bool = False) -> str:
        paint = _painter(color)
        redact = Redactor.of_report(report)
        lines = [f"codeleak: embedder {report.embedder}, inverter {report.inverter}, "
                 f"chunks of up to {report.chunk_tokens} tokens", ""]
        groups = by_file(report.findings)
        for path, findings in groups:
            lines += [paint("path", path), *_table(findings, redact, paint), ""]
        if not groups:
            lines += ["No sensitive entities found.", ""]
        lines += _summary(report)
        lines += _skipped(report)
        lines += _attacks(report)
        lines += _sweep(report)
        lines += _repositories(report)
        lines += ["", NOT_SAFE]
        return "\n".join(lines) + "\n"


def _painter(color: bool) -> Paint:
    def paint(style: str, text: str) -> str:
        return f"{_STYLES[style]}{text}{_RESET}" if color and style in _STYLES and text else text
    return paint


def _cells(finding: Finding, redact: Redactor) -> tuple[str, ...]:
    entity, chunk = finding.entity, finding.chunk
    word = verdict(finding)
    leaked = {"leaked": "yes", "at risk": "no, at risk", "not recovered": "no"}[
        word.split(",")[0]] + (" (suppressed)" if finding.suppressed else "")
    lines = (str(entity.line) if entity.end_line == entity.line
             else f"{entity.line}-{entity.end_line}")
    return (lines, finding.severity, entity.category, rule_id(finding),
            _clip(redact.value(entity.value), redact.show), leaked, f"{finding.leak_score:.2f}",
            finding.attack if finding.attack not in ("", "none") else "-",
            f"{chunk.start_line}-{chunk.end_line} ({chunk.tokens} tok)")


def _table(findings: list[Finding], redact: Redactor, paint: Paint) -> list[str]:
    rows = [_cells(f, redact) for f in findings]
    widths = [max(len(row[i]) for row in [_HEADER, *rows]) for i in range(len(_HEADER))]
    out = ["  " + "  ".join(h.ljust(w) for h, w in zip(_HEADER, widths)).rstrip()]
    for finding, row in zip(findings, rows):
        cells = [c.ljust(w) for c, w in zip(row, widths)]
        cells[1] = paint(finding.severity, cells[1])
        if finding.leaked or finding.at_risk:
            cells[5] = paint("leaked" if finding.leaked else "at risk", cells[5])
        out.append("  " + "  ".join(cells).rstrip())
        if finding.recovered and (finding.leaked or finding.at_risk):
            excerpt = printable_text(redact.excerpt(finding, 100))
            out.append("  " + paint("dim", f"    recovered: {excerpt}"))
    return out


def _clip(text: str, whole: bool) -> str:
    """One line, control characters escaped (a value may hold a terminal escape sequence);
    masked values longer than VALUE_WIDTH are cut (values shown in clear are not, since
    showing them is the point of --show-values)."""
    text = " ".join(printable_text(text).split())
    return text if whole or len(text) <= VALUE_WIDTH else text[:VALUE_WIDTH - 1] + "…"


def _summary(report: ScanReport) -> list[str]:
    return [
        f"Summary: {_count(report.files, 'file')}, {_count(report.chunks, 'chunk')}, "
        f"{_count(report.entities, 'entity', 'entities')}, "
        f"{report.sensitive} sensitive, {report.leaked} leaked ({percent(leak_rate(report))}); "
        f"{_control(report)}; {report.seconds:.1f} s",
    ]


SKIPPED_SHOWN = 20


def _skipped(report: ScanReport) -> list[str]:
    """The files not read (too big, binary, unreadable): a file left out is not a clean one."""
    if not report.skipped:
        return []
    out = [f"Not scanned: {_count(len(report.skipped), 'file')}"]
    out += [f"  - {printable_text(s.path)}: {printable_text(s.reason)}"
            for s in report.skipped[:SKIPPED_SHOWN]]
    if len(report.skipped) > SKIPPED_SHOWN:
        out.append(f"  ... and {len(report.skipped) - SKIPPED_SHOWN} more (all in --format json)")
    return out


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _control(report: ScanReport) -> str:
    if not report.controls:
        return NO_CONTROL
    rate = f"control leak rate {percent(report.control_leak_rate)}"
    if report.control_leak_rate > CONTROL_WARN:
        rate += (f" (above {percent(CONTROL_WARN)}: at this chunk size many verdicts are chance; "
                 "larger chunks or --sweep tell more)")
    return rate


def _attacks(report: ScanReport) -> list[str]:
    if not report.attacks:
        return ["Attacks run: none."]
    out = ["Attacks run:"]
    for attack in report.attacks:
        strength = f" Strength: {attack.strength}." if attack.strength else ""
        out.append(f"  - {attack.name}: {attack.description.rstrip('.')}.{strength}")
    return out


def _sweep(report: ScanReport) -> list[str]:
    if not report.sweep:
        return [f"Recommendation: {report.recommendation}"] if report.recommendation else []
    header = ("CHUNK TOKENS", "CHUNKS", "SENSITIVE", "LEAKED", "LEAK RATE", "CONTROL",
              "CONTROLS")
    rows = [(str(p.chunk_tokens), str(p.chunks), str(p.sensitive), str(p.leaked),
             percent(p.leak_rate), sweep_control(p), str(p.controls)) for p in report.sweep]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = ["", "Leak rate by chunk size:"]
    out += ["  " + "  ".join(c.rjust(w) for c, w in zip(r, widths)) for r in [header, *rows]]
    if report.recommendation:
        out.append(f"Recommendation: {report.recommendation}")
    return out


def _repositories(report: ScanReport) -> list[str]:
    if len(report.repositories) < 2:
        return []
    out = ["", "Repositories:"]
    for repo in report.repositories:
        out.append(f"  {repo.root}: {repo.files} files, {repo.chunks} chunks, {repo.entities} "
                   f"entities, {repo.sensitive} sensitive, {repo.leaked} leaked")
    return out
