"""The formatter plugin interface: one object per output format."""
from __future__ import annotations

from typing import Protocol

from codeleak.records import ScanReport


class Formatter(Protocol):
    """Turns a scan report into the text of one output format."""

    name: str  # the --format value
    suffix: str  # file name suffix for --output defaults, e.g. ".sarif"

    def format(self, report: ScanReport, *, color: bool = False) -> str:
        """The whole report; `color` asks for ANSI colour where the format has any."""
        ...
