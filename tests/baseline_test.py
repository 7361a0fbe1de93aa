from __future__ import annotations

import json
from pathlib import Path

import pytest

from codeleak.baseline import baseline_json, read_baseline
from codeleak.errors import FatalError
from codeleak.masking import fingerprint
from codeleak.records import Chunk, Entity, Finding


def test_baseline_holds_fingerprints_not_values(tmp_path: Path) -> None:
    secret = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
    e = Entity("a.py", "python", "string", secret, 3, 3, 0, 1, 0, 1, category="secret",
               rule="github-token", severity="high")
    f = Finding(e, Chunk("a.py", 1, 4, 0, 0, 9, "x"), True, 1.0, "inversion", "high")
    text = baseline_json([f, f])
    assert secret not in text
    path = tmp_path / "b.json"
    path.write_text(text)
    assert read_baseline(path) == {("a.py", fingerprint(secret), "github-token")}
    assert len(json.loads(text)["findings"]) == 1


@pytest.mark.parametrize("body", ["not json", '{"version": 9}', '{"version": 1, "findings": [{}]}'])
def test_bad_baseline_is_fatal(tmp_path: Path, body: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(body)
    with pytest.raises(FatalError):
        read_baseline(path)
