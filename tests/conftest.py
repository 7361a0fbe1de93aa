"""Shared test set-up: every test starts with notes on, whatever a --quiet run before it did."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from codeleak import notes


@pytest.fixture(autouse=True)
def notes_not_quiet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(notes, "_quiet", False)
    yield
