"""Report formats for `scan`, `diff` and `hook`: an explicit registry keyed by --format name."""
from __future__ import annotations

from codeleak.errors import FatalError
from codeleak.formatters.base import Formatter
from codeleak.formatters.html_format import HtmlFormatter
from codeleak.formatters.json_format import JsonFormatter
from codeleak.formatters.sarif import SarifFormatter
from codeleak.formatters.text import TextFormatter
from codeleak.records import ScanReport

FORMATTERS: dict[str, Formatter] = {
    "text": TextFormatter(),
    "json": JsonFormatter(),
    "sarif": SarifFormatter(),
    "html": HtmlFormatter(),
}


def format_report(report: ScanReport, fmt: str, *, color: bool = False) -> str:
    """The report in format `fmt` (a key of FORMATTERS). Found values are masked unless
    `report.show_values`."""
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        raise FatalError(
            f"unknown report format {fmt!r}; choose one of {', '.join(FORMATTERS)}"
        ) from None
    return formatter.format(report, color=color)


__all__ = ["FORMATTERS", "Formatter", "format_report"]
