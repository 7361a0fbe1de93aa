"""Output of the stage commands (`entities`, `chunks`, `invert`): JSON per DESIGN.md, or tables."""
from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby

from codeleak.files import printable_text
from codeleak.masking import fingerprint, mask
from codeleak.records import Chunk, Entity

VERSION = 1


def entity_value(entity: Entity, show_values: bool) -> str:
    return entity.value if show_values or not entity.sensitive else mask(entity.value)


def entities_json(entities: Sequence[Entity], show_values: bool) -> str:
    rows = [{
        "path": e.path, "language": e.language, "kind": e.kind, "category": e.category,
        "rule": e.rule, "severity": e.severity, "line": e.line, "end_line": e.end_line,
        "start_col": e.start_col, "end_col": e.end_col,
        "value": entity_value(e, show_values), "fingerprint": fingerprint(e.value),
        **({"context": e.context} if e.context else {}), **({"note": e.note} if e.note else {}),
    } for e in entities]
    return json.dumps({"version": VERSION, "entities": rows}, indent=2, ensure_ascii=False)


def _clip(text: str, width: int) -> str:
    """One line of at most width characters, control characters escaped."""
    text = " ".join(printable_text(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def entities_text(entities: Sequence[Entity], show_values: bool, *, all_kinds: bool) -> str:
    lines = []
    shown = [e for e in entities if all_kinds or e.sensitive]
    for path, group in groupby(shown, key=lambda e: e.path):
        lines.append(f"\n{path}")
        lines.append(f"  {'line':>6}  {'kind':<10} {'category':<11} {'rule':<28} value")
        for e in group:
            lines.append(f"  {e.line:>6}  {e.kind:<10} {e.category:<11} {e.rule or '-':<28} "
                         f"{_clip(entity_value(e, show_values), 60)}"
                         + (f"  ({e.note})" if e.note else ""))
    sensitive = sum(1 for e in entities if e.sensitive)
    lines.append(f"\n{len(entities)} entities, {sensitive} sensitive"
                 + ("" if all_kinds else " (use --format json for all)"))
    return "\n".join(lines).lstrip("\n")


def chunks_json(chunks: Sequence[Chunk], embedder: str, inverter: str | None,
                recovered: Sequence[str] | None = None) -> str:
    rows = []
    for i, c in enumerate(chunks):
        row: dict[str, object] = {"path": c.path, "start_line": c.start_line,
                                  "end_line": c.end_line, "tokens": c.tokens, "text": c.text}
        if recovered is not None:
            row["recovered"] = recovered[i]
        rows.append(row)
    doc: dict[str, object] = {"version": VERSION, "embedder": embedder}
    if inverter is not None:
        doc["inverter"] = inverter
    doc["chunks"] = rows
    return json.dumps(doc, indent=2, ensure_ascii=False)


def chunks_text(chunks: Sequence[Chunk], recovered: Sequence[str] | None = None) -> str:
    lines = []
    for i, c in enumerate(chunks):
        # a piece of a line cut over the budget: its neighbours share the line, the bytes tell it
        where = f" bytes {c.start_byte}-{c.end_byte}" if c.cut else ""
        lines.append(f"── {c.path}:{c.start_line}-{c.end_line}{where} ({c.tokens} tokens)")
        lines.append(printable_text(c.text))  # a scanned file's escape sequences stay text
        if recovered is not None:
            lines.append(f"   recovered: {printable_text(recovered[i])}")
    lines.append(f"{len(chunks)} chunks")
    return "\n".join(lines)
