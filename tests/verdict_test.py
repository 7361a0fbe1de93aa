from __future__ import annotations

from codeleak.records import Chunk, Entity
from codeleak.verdict import assign, control_partner, severity_of


def _chunk(path: str, start: int, end: int) -> Chunk:
    return Chunk(path, start, end, 0, 0, 10, "x")


def _entity(path: str, line: int, severity: str = "high") -> Entity:
    return Entity(path, "python", "string", "v", line, line, 0, 1, 0, 1, category="secret",
                  rule="r", severity=severity)


def test_entities_go_to_the_chunk_holding_their_first_line() -> None:
    chunks = [_chunk("a.py", 1, 5), _chunk("a.py", 7, 9), _chunk("b.py", 1, 3)]
    got = assign([_entity("a.py", 8), _entity("b.py", 2), _entity("a.py", 6)], chunks)
    assert [(e.path, e.line, i) for e, i in got] == [("a.py", 8, 1), ("b.py", 2, 2)]


def test_control_partner_prefers_another_file() -> None:
    chunks = [_chunk("a.py", 1, 2), _chunk("a.py", 3, 4), _chunk("b.py", 1, 2)]
    for i in range(3):
        j = control_partner(i, chunks)
        assert j is not None and j != i and chunks[j].path != chunks[i].path or i == 2
    assert control_partner(0, chunks[:1]) is None


def test_severity_drops_when_not_leaked() -> None:
    e = _entity("a.py", 1, "high")
    assert severity_of(e, True, False) == "high"
    assert severity_of(e, False, True) == "medium"
    assert severity_of(e, False, False) == "low"
    assert severity_of(_entity("a.py", 1, "low"), False, False) == "info"


def test_control_partner_never_holds_the_value() -> None:
    chunks = [Chunk("a.py", 1, 2, 0, 0, 5, "pw = 'Hunter22x'"), Chunk("b.py", 1, 2, 0, 0, 5,
              "x = 'Hunter22x'"), Chunk("c.py", 1, 2, 0, 0, 5, "y = 1")]
    assert control_partner(0, chunks, "Hunter22x") == 2
    assert control_partner(0, chunks[:2], "Hunter22x") is None
