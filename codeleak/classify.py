"""Classify extracted entities with the rules in codeleak.rules.

A comment, long string or text line that holds a secret, email or host among other words is split:
each match becomes its own entity (same kind, value = the match, span narrowed to it) and the
rest is dropped. A value that is a match as a whole keeps its entity and gets the verdict.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from codeleak.errors import FatalError
from codeleak.records import Entity
from codeleak.rules import (
    PASSWORD_NAME,
    RULE_LIST,
    RULES,
    SEVERITY_RANK,
    STRONG_NAME,
    Rule,
    high_entropy,
    is_placeholder,
    normalise_name,
    strip_quotes,
)

__all__ = ["RULES", "Hit", "active_rules", "classify", "find_hits", "narrow"]

# `key = value`, `key: value`, `"key": "value"`, `key => value`, `--key=value`, `KEY "value"`
_ASSIGNMENT = re.compile(
    r"""(?<![\w.$-])(?P<key>[A-Za-z_][\w.\-]{0,80}?)["']?\s*"""
    r"""(?::\s*[A-Za-z_][\w.\[\]<>|]*\s*(?==[^=]))?"""  # a type annotation: `password: str = "x"`
    r"""(?:(?P<op>:=|=>|->|==|!=|=|:)\s*|\s+(?=["']))"""
    r"""(?:"(?P<v1>[^"\n]*)"|'(?P<v2>[^'\n]*)'|`(?P<v3>[^`\n]*)`|(?P<v4>[^\s"'`,;)}\]>]+))"""
)
_HEX_OR_B64 = re.compile(r"[A-Za-z0-9+/_\-=]{16,}")


@dataclass(frozen=True)
class Hit:
    """One rule match inside an entity's value (character offsets)."""

    rule: Rule
    start: int
    end: int
    context: str
    placeholder: bool


def active_rules(disabled: Iterable[str] = frozenset()) -> tuple[Rule, ...]:
    """All rules except the disabled ones; an unknown id is a configuration error."""
    off = frozenset(disabled)
    unknown = sorted(off - RULES.keys())
    if unknown:
        raise FatalError(f"unknown rule id(s) in rule toggles: {', '.join(unknown)}")
    return tuple(rule for rule in RULE_LIST if rule.id not in off)


def _hit(rule: Rule, text: str, start: int, end: int, context: str) -> Hit:
    return Hit(rule, start, end, context, is_placeholder(text[start:end]))


def _assignments(value: str) -> Iterable[tuple[str, int, int]]:
    """(key, start, end) of each literal assigned to a name inside free text."""
    for m in _ASSIGNMENT.finditer(value):
        group = next(g for g in ("v1", "v2", "v3", "v4") if m.group(g) is not None)
        yield m.group("key"), m.start(group), m.end(group)


def find_hits(value: str, context: str, kind: str, rules: tuple[Rule, ...],
              suspicious_nearby: bool = False) -> list[Hit]:
    """Every rule match in a value, overlapping matches resolved by severity, then length."""
    hits: list[Hit] = []
    for rule in rules:
        if kind not in rule.kinds:
            continue
        if rule.context is None:
            hits += [_hit(rule, value, a, b, context) for a, b in rule.match(value)]
            continue
        if context:
            hits += [_hit(rule, value, a, b, context) for a, b in rule.match(value, context)]
        if kind != "identifier":
            for key, a, b in _assignments(value):
                if (a, b) != strip_quotes(value) or not context:
                    hits += [_hit(rule, value, a + s, a + e, key)
                             for s, e in rule.match(value[a:b], key)]
    if suspicious_nearby and not context and kind == "string" and "high-entropy-secret" in \
            {r.id for r in rules}:
        a, b = strip_quotes(value)
        if _HEX_OR_B64.fullmatch(value[a:b]) and high_entropy(value[a:b]):
            hits.append(_hit(RULES["high-entropy-secret"], value, a, b, "comment"))
    return _resolve(hits)


def _resolve(hits: list[Hit]) -> list[Hit]:
    order = {rule.id: i for i, rule in enumerate(RULE_LIST)}
    ranked = sorted(hits, key=lambda h: (h.placeholder, -SEVERITY_RANK[h.rule.severity],
                                         -(h.end - h.start), order[h.rule.id]))
    chosen: list[Hit] = []
    for hit in ranked:
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def narrow(parent: Entity, start: int, end: int, data: bytes | None = None) -> Entity:
    """The parent entity cut down to value[start:end]: lines, UTF-8 byte columns and offsets.

    A comment's value has its markers (`//`, ` * `) stripped, so it is not the source text of its
    span; given the file's bytes (`data`), the match is found again in the source text itself.
    """
    raw = data[parent.start_byte:parent.end_byte].decode("utf-8", "replace") if data else None
    if raw is not None and raw != parent.value:
        piece = parent.value[start:end]
        pos = -1
        for _ in range(parent.value.count(piece, 0, start) + 1):
            pos = raw.find(piece, pos + 1)
            if pos < 0:
                break
        if pos >= 0:
            return narrow(replace(parent, value=raw), pos, pos + len(piece))
        return replace(parent, value=piece)  # markers inside the match: keep the parent's span
    value = parent.value
    before, inside = value[:start], value[start:end]
    byte_start = parent.start_byte + len(before.encode("utf-8", "surrogatepass"))
    byte_end = byte_start + len(inside.encode("utf-8", "surrogatepass"))
    line, col = _position(parent, before)
    end_line, end_col = _position(parent, value[:end])
    return replace(parent, value=inside, line=line, end_line=end_line, start_col=col,
                   end_col=end_col, start_byte=byte_start, end_byte=byte_end)


def _position(parent: Entity, prefix: str) -> tuple[int, int]:
    newlines = prefix.count("\n")
    tail = prefix[prefix.rfind("\n") + 1:]
    width = len(tail.encode("utf-8", "surrogatepass"))
    if newlines == 0:
        return parent.line, parent.start_col + width
    return parent.line + newlines, width


def _verdict(entity: Entity, hit: Hit, text: str) -> Entity:
    if hit.placeholder:
        return replace(entity, category="none", rule=hit.rule.id, severity="info", note="placeholder")
    severity, note = hit.rule.severity, ""
    if hit.rule.id == "private-key" and "ENCRYPTED" in text:
        severity, note = "low", "encrypted"
    return replace(entity, category=hit.rule.category, rule=hit.rule.id, severity=severity, note=note)


def _classify_one(entity: Entity, rules: tuple[Rule, ...], suspicious_nearby: bool,
                  data: bytes | None) -> list[Entity]:
    hits = find_hits(entity.value, entity.context, entity.kind, rules, suspicious_nearby)
    if not hits:
        return [entity]
    whole = strip_quotes(entity.value)
    if len(hits) == 1 and (hits[0].start, hits[0].end) == whole:
        return [_verdict(entity, hits[0], entity.value)]
    out = []
    for hit in hits:
        child = narrow(entity, hit.start, hit.end, data)
        if hit.context != entity.context:
            child = replace(child, context=hit.context)
        out.append(_verdict(child, hit, entity.value[hit.start:hit.end]))
    return out


def _suspicious_comment_lines(entities: list[Entity]) -> set[tuple[str, int]]:
    """Lines on or just after a comment that talks about keys, tokens or passwords."""
    lines: set[tuple[str, int]] = set()
    for e in entities:
        if e.kind == "comment":
            name = normalise_name(e.value)
            if STRONG_NAME.search(name) or PASSWORD_NAME.search(name):
                lines.update({(e.path, e.end_line), (e.path, e.end_line + 1)})
    return lines


def classify(entities: list[Entity], disabled: Iterable[str] = frozenset(),
             sources: Mapping[str, bytes] | None = None) -> list[Entity]:
    """Give each entity a category, rule, severity and note; split text around what it contains.

    `disabled`: rule ids to skip (the config's rule toggles). `sources`: path -> the file's bytes
    (SourceFile.data), so that matches inside comments get exact spans (see `narrow`).
    """
    rules = active_rules(disabled)
    nearby = _suspicious_comment_lines(entities)
    out: list[Entity] = []
    for entity in entities:
        data = sources.get(entity.path) if sources else None
        out += _classify_one(entity, rules, (entity.path, entity.line) in nearby, data)
    return out
