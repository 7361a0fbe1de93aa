"""What every report format shows of a scan: finding order, verdict words, masked values and
masked excerpts of recovered text. Formats differ in layout only; nothing here is layout."""
from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from codeleak.masking import mask
from codeleak.records import SEVERITIES, Chunk, Finding, ScanReport, SweepPoint

NOT_SAFE = (
    '"Not leaked" means "not recovered by the attacks run in this scan", not "safe": '
    "stronger attackers (vec2text with a trained corrector, a GPU, a list of guesses) "
    "recover more, and rare project-specific strings in short chunks are the most at risk."
)

CONTROL_WARN = 0.05  # above this control leak rate, verdicts are mostly chance
EXCERPT_CHARS = 160
# A token of recovered text worth comparing with the found values: no whitespace, quotes,
# brackets or separators, and long enough that a near-match is not chance.
_TOKEN = re.compile(r"[^\s'\"`()\[\]{}<>,;]{6,}")
_TOKEN_RATIO = 80.0  # fuzz.ratio of a token and a value (or a part of one) to mask the token
_PARTIAL_RATIO = 90.0  # fuzz.partial_ratio for a token that is part of a value, or holds one
_SPACED_RATIO = 85.0  # partial match of a value in the recovered text with whitespace removed
_SPACED_MIN = 8  # values shorter than this are only masked where they occur exactly


def control_rate(rate: float, controls: int) -> float | None:
    """The control leak rate for a machine-readable report: none where no control ran."""
    return round(rate, 4) if controls else None


def severity_rank(severity: str) -> int:
    """0 for info up to 4 for critical; unknown severities rank lowest."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else -1


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Critical first, then by path and position."""
    return sorted(findings, key=lambda f: (
        -severity_rank(f.severity), f.entity.path, f.entity.line, f.entity.start_col,
        f.entity.rule,
    ))


def by_file(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by path; files in the order of their most severe finding."""
    groups: dict[str, list[Finding]] = {}
    for finding in sort_findings(findings):
        groups.setdefault(finding.entity.path, []).append(finding)
    return [(path, sorted(group, key=lambda f: (
        -severity_rank(f.severity), f.entity.line, f.entity.start_col)))
        for path, group in groups.items()]


def verdict(finding: Finding) -> str:
    """One of "leaked", "at risk", "not recovered", with "suppressed" appended when allowed."""
    word = "leaked" if finding.leaked else "at risk" if finding.at_risk else "not recovered"
    return f"{word}, suppressed" if finding.suppressed else word


def attack_phrase(finding: Finding) -> str:
    """"the inversion attack" for a verdict that came from one attack; "the attacks run" when
    the finding names none (a value no attack recovered)."""
    attack = finding.attack
    return "the attacks run" if attack in ("", "none") else f"the {attack} attack"


def suppression_kind(finding: Finding) -> str:
    """How a suppressed finding was allowed: "baseline" when `details` says so
    (`suppressed_by == "baseline"` or `baseline` true), else "inline" (a `codeleak: allow`
    comment)."""
    details = finding.details
    if details.get("suppressed_by") == "baseline" or details.get("baseline") is True:
        return "baseline"
    return "inline"


def rule_id(finding: Finding) -> str:
    return finding.entity.rule or finding.entity.category


def rule_name(rule: str) -> str:
    """`aws-access-key-id` -> `AwsAccessKeyId`, the form SARIF viewers show."""
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", rule) if part)


def percent(rate: float) -> str:
    return f"{rate * 100:.1f}%"


# What reports print instead of the control leak rate when no control ran: a rate over no
# controls is no measure of chance, and not 0%.
NO_CONTROL = "no control ran"


def sweep_control(point: SweepPoint) -> str:
    """A sweep point's control leak rate; "-" where no control ran at that size."""
    return percent(point.control_leak_rate) if point.controls else "-"


def leak_rate(report: ScanReport) -> float:
    return report.leaked / report.sensitive if report.sensitive else 0.0


def plain_details(finding: Finding) -> dict[str, float | int | bool]:
    """The numeric and boolean details of a finding (ranks, decoy counts, match scores): text
    details may quote the value, so they are never shown."""
    return {key: value for key, value in sorted(finding.details.items())
            if isinstance(value, (bool, int, float))}


class Redactor:
    """Masks found values, and anything that resembles them in recovered text, unless the
    report was made with show_values. Masking keeps lengths, so offsets survive it."""

    def __init__(self, show: bool, values: Iterable[str],
                 near: Iterable[tuple[ChunkKey, str]]) -> None:
        """values: masked wherever they occur; near: (chunk, value) pairs, whose value (and its
        parts) is also masked where it is resembled in that chunk's recovered text."""
        self.show = show
        # every found value, lower-cased, indexed by its first three characters
        self._exact: dict[str, list[str]] = {}
        for value in sorted({_lower(v) for v in values if len(v) >= 3}, key=len, reverse=True):
            self._exact.setdefault(value[:3], []).append(value)
        self._cache: dict[tuple[str, tuple[str, ...]], str] = {}
        self._near: dict[ChunkKey, tuple[str, ...]] = {}
        for key, value in near:
            self._near[key] = tuple(sorted(set(self._near.get(key, ())) | set(_parts(value))))

    @classmethod
    def of_report(cls, report: ScanReport) -> Redactor:
        """The redactor of a scan report: its findings' values, each near its chunk."""
        return cls(report.show_values, (f.entity.value for f in report.findings),
                   [(_chunk_key(f), f.entity.value) for f in report.findings])

    def recovered_text(self, key: ChunkKey, text: str) -> str:
        """Recovered text of the chunk `key`, masked (see `mask_text`)."""
        return self.mask_text(text, self._near.get(key, ()))

    def value(self, value: str) -> str:
        return value if self.show else mask(value)

    def recovered(self, finding: Finding) -> str:
        """The recovered text of the finding's chunk, masked (see `mask_text`)."""
        return self.recovered_text(_chunk_key(finding), finding.recovered)

    def excerpt(self, finding: Finding, width: int = EXCERPT_CHARS) -> str:
        """About `width` characters of the masked recovered text, around where the finding's
        value is best matched, whitespace collapsed."""
        text = finding.recovered
        masked = self.recovered(finding)
        if len(text) > width:
            centre = len(text) // 2
            if finding.entity.value:
                found = fuzz.partial_ratio_alignment(_lower(finding.entity.value), _lower(text))
                if found is not None:
                    centre = (found.dest_start + found.dest_end) // 2
            start = max(0, min(centre - width // 2, len(text) - width))
            masked = (("…" if start else "") + masked[start:start + width]
                      + ("…" if start + width < len(text) else ""))
        return " ".join(masked.split())

    def mask_text(self, text: str, near: tuple[str, ...]) -> str:
        """Mask, case-insensitively, every found value of the report where it occurs exactly;
        then anything that resembles one of `near` (the values and value parts of the chunk's
        findings): first where an inverter spaced it out ("akia 2e0a 8f3b"), then token by
        token."""
        if self.show or not text:
            return text
        key = (text, near)
        if key not in self._cache:
            text = self._mask_exact(text)
            for part in near:
                if len(part) >= _SPACED_MIN:
                    text = _mask_spaced(text, part)
            text = _TOKEN.sub(lambda m: mask(m.group(0)) if _resembles(m.group(0), near)
                              else m.group(0), text)
            self._cache[key] = text
        return self._cache[key]

    def _mask_exact(self, text: str) -> str:
        """Mask each occurrence of a found value, ignoring case (longest value first where
        several start at one place)."""
        low = _lower(text)
        out, i = [], 0
        while i < len(text):
            end = next((i + len(v) for v in self._exact.get(low[i:i + 3], ())
                        if low.startswith(v, i)), 0)
            if end:
                out.append(mask(text[i:end]))
                i = end
            else:
                out.append(text[i])
                i += 1
        return "".join(out)


def _lower(text: str) -> str:
    """Lower case that keeps the length (and so every offset) of the text."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


ChunkKey = tuple[str, int, int]  # a chunk's path, start byte and end byte


def chunk_key(chunk: Chunk) -> ChunkKey:
    return chunk.path, chunk.start_byte, chunk.end_byte


def _chunk_key(finding: Finding) -> ChunkKey:
    return chunk_key(finding.chunk)


def _parts(value: str) -> list[str]:
    """The value itself and each of its tokens long enough to compare."""
    return [p for p in {value, *_TOKEN.findall(value)} if len(p) >= 6]


def _resembles(token: str, parts: tuple[str, ...]) -> bool:
    low = token.lower()
    for part in parts:
        other = part.lower()
        if fuzz.ratio(low, other) >= _TOKEN_RATIO:
            return True
        if min(len(low), len(other)) >= 6 and fuzz.partial_ratio(low, other) >= _PARTIAL_RATIO:
            return True
    return False


def _mask_spaced(text: str, value: str) -> str:
    """Mask the best match of `value` in `text` read with its whitespace removed, repeatedly
    while a match stays above the threshold (masked characters no longer match)."""
    for _ in range(8):
        positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        compact = _lower("".join(text[i] for i in positions))
        if len(compact) < len(value) // 2:
            return text
        found = fuzz.partial_ratio_alignment(_lower(value), compact,
                                             score_cutoff=_SPACED_RATIO)
        if found is None or found.dest_end <= found.dest_start:
            return text
        start, end = positions[found.dest_start], positions[found.dest_end - 1] + 1
        region = text[start:end]
        if all(ch == "*" or ch.isspace() for ch in region):
            return text
        text = text[:start] + "".join(ch if ch.isspace() else "*" for ch in region) + text[end:]
    return text
