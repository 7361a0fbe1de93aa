"""Code names: found where a file introduces one, then reported wherever the scan meets it.

A project's code name is introduced once or twice (`Project OSETR`, `codename MERLIN`, `KOBZA
(unreleased)`) and then used bare everywhere: `KOBZA_CARD_ENABLED`, `kz-tulpar-basic`, a
roadmap's `**OSETR** — perpetual futures`. Each file is classified on its own, so the bare uses
were missed. Before the files are classified, `discover` reads every file for the introductions
(the `project-codename` and `unreleased-product` rules) and adds the names to the settings'
`codenames`, next to those the user lists in the config; `mentions` then reports each use of a
listed name in a file as a `codename-mention` (proprietary), as one of its own.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from codeleak.records import Entity, SourceFile

RULE_ID = "codename-mention"  # no pattern of its own: not in rules.RULE_LIST
SEED_RULES = ("project-codename", "unreleased-product")
MAX_NAMES = 200  # names taken from a scan's files (a user's own list is kept whole)
MAX_MENTIONS = 500  # per file
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def discover(sources: Sequence[SourceFile]) -> tuple[str, ...]:
    """The code names the files introduce, in the order met (see `distinctive`)."""
    from codeleak.rules import RULES

    rules = [RULES[rule_id] for rule_id in SEED_RULES]
    found: dict[str, None] = {}
    for source in sources:
        text = source.text
        low = text.lower()  # same length as text for the scripts the cues are written in
        if len(low) != len(text):
            low = text
        done = -1  # the end of the last line read: each line once
        for hit in _CUES.finditer(low):
            if hit.start() < done:
                continue
            start = text.rfind("\n", 0, hit.start()) + 1
            done = text.find("\n", hit.end())
            done = len(text) if done < 0 else done
            line = text[start:done]
            if len(line) > 2000:
                continue
            for rule in rules:
                for a, b in rule.match(line):
                    name = distinctive(line[a:b])
                    if name:
                        found.setdefault(name, None)
                        if len(found) >= MAX_NAMES:
                            return tuple(found)
    return tuple(found)


# words every introduction the seed rules find holds, lower case: one case-sensitive scan of a
# file's lower-cased text finds the lines worth the rules (a case-insensitive alternation of the
# rules' own prefilters read 17 MB in 5 s)
_CUES = re.compile("|".join(re.escape(word) for word in """proj|proy|code name|codename|code-name|
algori|model|modèle|detector|engine|operation|initiative|launch|rollout|roll-out|revamp|programme|
cutover|unreleas|unannounc|announced|yet public|stealth|embargo|not mention|not name|keep it|
keep internal|keep quiet|keep schtum|veröffentlicht|veroffentlicht|angek|annunciat|anunciad|annonc|
phát|duyurul|未発表|未公開|未发布|未發布|미공개|미발표""".replace("\n", "").split("|")))


def distinctive(name: str) -> str:
    """A found name as it is worth looking for elsewhere, else "": one word in capitals of four
    letters or more, or outside the dictionary (`OSETR`, `Hoverlight`); several words whole
    (`Pulse Home Kit`), when one of them is such a word."""
    from codeleak.rules import _unknown_word

    words = _WORD.findall(name)
    if not words or not any((w.isupper() and len(w) >= 4 and w.isalpha()) or _unknown_word(w)
                            for w in words):
        return ""
    return " ".join(words)


@lru_cache(maxsize=32)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for all names: a name in capitals or outside the dictionary in any case, as a
    word or a part of an identifier (`KOBZA_CARD`, `kz-tulpar-basic`); a dictionary word
    (`Truss`) only as it was written or in capitals."""
    from codeleak.rules import _unknown_word

    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        words = name.split()
        if not words:
            continue  # an empty name in a config would match everywhere
        body = r"[ \t]+".join(re.escape(w) for w in words)
        if len(words) == 1 and (_unknown_word(name) or name.isupper()) and not _common(name):
            parts.append(f"(?i:{body})")
        elif len(words) > 1:
            parts.append(body)
        else:
            parts.append(f"(?:{body}|{re.escape(name.upper())})")
    if not parts:
        return None
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])")


def _common(name: str) -> bool:
    """A word in capitals that is an ordinary word too (`TRUSS`): matched as written only."""
    from codeleak.rules import vocabulary

    return name.lower() in vocabulary()


def mentions(source: SourceFile, names: Iterable[str], found: Sequence[Entity]) -> list[Entity]:
    """Each use of a listed code name in a file that no found sensitive entity covers, as a
    `codename-mention` entity."""
    pattern = _pattern(tuple(names))
    if pattern is None or pattern.search(source.text) is None:
        return []
    taken = sorted((e.start_byte, e.end_byte) for e in found if e.sensitive)
    text, out = source.text, []
    line, line_start_byte, pos, byte = 1, 0, 0, 0
    for m in pattern.finditer(text):
        segment = text[pos:m.start()]
        newlines = segment.count("\n")
        start = byte + len(segment.encode("utf-8", "surrogatepass"))
        if newlines:
            line += newlines
            line_start_byte = byte + len(segment[:segment.rfind("\n") + 1].encode("utf-8", "surrogatepass"))
        end = start + len(m.group().encode("utf-8", "surrogatepass"))
        pos, byte = m.end(), end
        if any(a < end and start < b for a, b in taken):
            continue
        out.append(Entity(source.path, source.language, "text", m.group(), line, line,
                          start - line_start_byte, end - line_start_byte, start, end,
                          category="proprietary", rule=RULE_ID, severity="low",
                          note="code name found elsewhere in the scan"))
        if len(out) >= MAX_MENTIONS:
            break
    return out
