"""The HTML report in a real headless Chromium, with every network route closed.

Needs Debian's `chromium` package (apt-get install -y chromium); without it these tests fail."""
from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from codeleak.formatters import format_report
from formatters_test import sample_report

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
OFFLINE_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu",
    '--host-resolver-rules=MAP * ~NOTFOUND', "--proxy-server=127.0.0.1:9",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--disable-default-apps",
)


def _chromium() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is not installed; the HTML report tests need it: "
                "apt-get install -y chromium")


class _Elements(HTMLParser):
    """Every start tag of a document with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


Tags = list[tuple[str, dict[str, str]]]


def _render(page: Path, tmp_path: Path, fragment: str = "") -> tuple[Tags, list[str]]:
    """The DOM after the page's scripts ran, and the URLs the page itself asked the network
    for (read from Chromium's net log: requests whose top frame is a file:// page)."""
    netlog = tmp_path / f"net{len(list(tmp_path.glob('net*.json')))}.json"
    run = subprocess.run(
        [_chromium(), *OFFLINE_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
         f"--log-net-log={netlog}", "--dump-dom", page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    parser = _Elements()
    parser.feed(run.stdout)
    return parser.tags, _page_requests(netlog)


def _page_requests(netlog: Path) -> list[str]:
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params", {})
        if event["type"] == start_job and str(params.get("network_isolation_key", "")
                                              ).startswith("file://"):
            if not params["url"].startswith(("file:", "data:")):
                urls.append(params["url"])
    return urls


def _report(tmp_path: Path) -> Path:
    page = tmp_path / "report.html"
    page.write_text(format_report(sample_report(), "html"), encoding="utf-8")
    return page


def _rows(tags: Tags) -> list[dict[str, str]]:
    return [attrs for tag, attrs in tags if tag == "tr" and "finding" in attrs.get("class", "")]


def _one(tags: Tags, tag: str, **match: str) -> dict[str, str]:
    found = [a for t, a in tags if t == tag and all(a.get(k) == v for k, v in match.items())]
    assert len(found) == 1, f"{len(found)} <{tag}> with {match}"
    return found[0]


def test_report_renders_offline_and_its_script_runs(tmp_path: Path) -> None:
    tags, requests = _render(_report(tmp_path), tmp_path)
    assert requests == []
    assert _one(tags, "body")["data-js"] == "ready"
    rows = _rows(tags)
    assert len(rows) == 6 and not any("hidden" in row for row in rows)
    assert _one(tags, "output", id="shown")["data-shown"] == "6"
    assert any(tag == "svg" for tag, _ in tags)
    assert {row["data-category"] for row in rows} == {"secret", "pii", "infra", "proprietary"}


def test_filters_hide_rows_and_files(tmp_path: Path) -> None:
    page = _report(tmp_path)
    tags, requests = _render(page, tmp_path, "#category=secret&severity=high")
    assert requests == []
    visible = [row for row in _rows(tags) if "hidden" not in row]
    assert sorted(row["data-severity"] for row in visible) == ["critical", "critical", "high"]
    assert {row["data-category"] for row in visible} == {"secret"}
    assert _one(tags, "output", id="shown")["data-shown"] == "3"
    assert "hidden" in _one(tags, "section", **{"data-path": "web/contact.ts"})
    assert "hidden" not in _one(tags, "section", **{"data-path": "src/settings.py"})

    tags, _ = _render(page, tmp_path, "#verdict=risk&suppressed=0")
    visible = [row for row in _rows(tags) if "hidden" not in row]
    assert sorted(row["data-verdict"] for row in visible) == ["at-risk", "leaked", "leaked",
                                                               "leaked"]


def test_network_check_sees_a_page_request(tmp_path: Path) -> None:
    # The same check on a page that does load a remote image: it must report the request,
    # or the empty lists above would prove nothing.
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><html><body><img src="http://example.test/pixel.png">'
                    "</body></html>", encoding="utf-8")
    _, requests = _render(page, tmp_path)
    assert requests == ["http://example.test/pixel.png"]
