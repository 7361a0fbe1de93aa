"""Private keys written over several lines: PEM blocks (`-----BEGIN <label>-----` to the
`-----END <label>-----` that closes it) and PuTTY key files (`PuTTY-User-Key-File-<n>:` to
`Private-MAC:`). Where a block starts and ends, and what its body is, in one place for the three
that need it: extraction joins a block's lines into one entity, classification asks whether a
real body follows a BEGIN line, and the key rules' validators reject an elided one.

No second block's first line lies inside a block, so that a text of many BEGIN lines is read
once, not WINDOW characters further for each.
"""
from __future__ import annotations

import re

WINDOW = 65536  # characters from a key block's first line to its last, at most
_START = r"-----BEGIN |PuTTY-User-Key-File-"
_BETWEEN = rf"(?:(?!{_START})[\s\S]){{0,{WINDOW}}}?"
_BLOCK = (rf"-----BEGIN (?P<label>[A-Z0-9 ]{{1,60}})-----{_BETWEEN}-----END (?P=label)-----"
          rf"|PuTTY-User-Key-File-[23]: {_BETWEEN}Private-MAC: *[0-9A-Fa-f]+")

START = re.compile(_START)
BLOCK = re.compile(_BLOCK)
# the same on source bytes (extraction reads the file, not an entity's value)
START_BYTES = re.compile(_START.encode())
BLOCK_BYTES = re.compile(_BLOCK.encode())

_LINE_BREAK = re.compile(r"\r?\n|\\n")  # real lines, or `\n` escapes in one string (JSON)
_MARKER = re.compile(r"-----(?:BEGIN|END) [A-Z0-9 ]{1,60}-----")
# comment markers, quotes and string joins before and after a line's key material (a `+` is
# base64 unless a space or a quote stands beside it: `+ "MIIE..."`, `"...AB+" +`); the end is
# matched on the reversed line, so that both are anchored matches, linear in the line
_LEADING_MARKS = re.compile(r"(?:[\s*#/;\\\"']|\+(?=[\s\"']))*")
_TRAILING_MARKS_REVERSED = re.compile(r"(?:[\s\\\"',;]|\+(?=[\s\"']))*")
_HEADER_LINE = re.compile(r"[\w-]+:\s")  # `Proc-Type: 4,ENCRYPTED`, `Private-Lines: 14`
_ESCAPE = re.compile(r"\\[nr]")


def block_at(text: str, start: int) -> tuple[str, bool]:
    """The key block whose first line starts at text[start], and whether the text closes it: by
    its end line, or by another block's first line where the block ends without one (an elided
    or cut key). Unclosed, the block runs WINDOW characters."""
    found = BLOCK.match(text, start)
    if found is not None:
        return found.group(), True
    following = START.search(text, start + 1, start + WINDOW)
    if following is not None:
        return text[start:following.start()], True
    return text[start:start + WINDOW], False


def body(block: str) -> str:
    """The key material of a block: its lines without the BEGIN/END markers, header lines
    (`Proc-Type: ...`), comment markers, quotes and `\\n` escapes; of a PuTTY key file, its
    private lines only (its public lines are no secret)."""
    if block.startswith("PuTTY-User-Key-File-"):
        block = block[block.find("Private-Lines:"):] if "Private-Lines:" in block else ""
    lines = [_unmarked(_MARKER.sub("", line)) for line in _LINE_BREAK.split(block)]
    return _ESCAPE.sub("", "".join(line for line in lines if not _HEADER_LINE.match(line)))


def _unmarked(line: str) -> str:
    """A line without the marks around its key material (comment markers, quotes, joins)."""
    start = _LEADING_MARKS.match(line).end()  # type: ignore[union-attr]  # matches "" at least
    end = len(line) - _TRAILING_MARKS_REVERSED.match(line[::-1]).end()  # type: ignore[union-attr]
    return line[start:max(start, end)]


def elided(value: str, closing: str) -> bool:
    """Whether a key value that holds its closing line (`-----END`, `Private-MAC:`) has fewer
    than 40 characters of key material: a documentation example (`...`), not a key. A value
    without its closing line is a header whose body follows on later lines: not elided here
    (classification reads those lines)."""
    return closing in value and len(body(value)) < 40
