"""A self-contained HTML report for triage: inline CSS, inline JS, an inline SVG chart, and a
Content-Security-Policy that forbids every network request."""
from __future__ import annotations

from html import escape

from codeleak import __version__
from codeleak.formatters.view import (
    CONTROL_WARN, NO_CONTROL, NOT_SAFE, Redactor, by_file, leak_rate, percent, rule_id, severity_rank,
    sweep_control, verdict,
)
from codeleak.records import SEVERITIES, Finding, ScanReport, SweepPoint

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; form-action 'none'; base-uri 'none'")


class HtmlFormatter:
    name = "html"
    suffix = ".html"

    def format(self, report: ScanReport, *, color: bool = False) -> str:
        redact = Redactor.of_report(report)
        body = "\n".join(part for part in [
            _header(report),
            "<main>",
            _cards(report),
            f'<p class="notice"><strong>Not leaked is not safe.</strong> {_e(NOT_SAFE)}</p>',
            '<div class="grid">',
            _sweep_panel(report),
            _attacks_panel(report),
            "</div>",
            _repositories_panel(report),
            _findings_panel(report, redact),
            _skipped_panel(report),
            "</main>",
            f'<footer>codeleak {_e(__version__)}: values '
            f'{"shown in clear (--show-values)" if report.show_values else "masked"}.</footer>',
        ] if part)
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>codeleak report: {report.leaked} leaked of {report.sensitive} sensitive"
            f"</title>\n<style>{_CSS}</style>\n</head>\n"
            f'<body data-js="off">\n{body}\n<script>{_JS}</script>\n</body>\n</html>\n'
        )


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _header(report: ScanReport) -> str:
    return (
        '<header><h1>codeleak report</h1><p class="meta">'
        f"embedder <code>{_e(report.embedder)}</code> · inverter <code>{_e(report.inverter)}"
        f"</code> · chunks of up to {report.chunk_tokens} tokens</p></header>"
    )


def _cards(report: ScanReport) -> str:
    control_class = " warn" if report.control_leak_rate > CONTROL_WARN else ""
    cards = [
        ("Files", str(report.files), "", ""),
        ("Chunks", str(report.chunks), "", ""),
        ("Entities", str(report.entities), "", ""),
        ("Sensitive", str(report.sensitive), "", ""),
        ("Leaked", str(report.leaked), f"{percent(leak_rate(report))} of sensitive",
         " bad" if report.leaked else " good"),
        ("Control leak rate", percent(report.control_leak_rate) if report.controls else "–",
         "chance level of a verdict" if report.controls else NO_CONTROL, control_class),
        ("Seconds", f"{report.seconds:.1f}", "", ""),
    ]
    items = "".join(
        f'<div class="card{cls}"><div class="label">{_e(label)}</div>'
        f'<div class="number">{_e(value)}</div>'
        + (f'<div class="sub">{_e(sub)}</div>' if sub else "") + "</div>"
        for label, value, sub, cls in cards)
    return f'<section class="cards" aria-label="Summary">{items}</section>'


def _sweep_panel(report: ScanReport) -> str:
    parts = ['<section class="panel" id="sweep"><h2>Leak rate by chunk size</h2>']
    if report.sweep:
        parts.append(sweep_chart(report.sweep))
        rows = "".join(
            f"<tr><td>{p.chunk_tokens}</td><td>{p.chunks}</td><td>{p.sensitive}</td>"
            f"<td>{p.leaked}</td><td>{percent(p.leak_rate)}</td>"
            f"<td>{sweep_control(p)}</td><td>{p.controls}</td></tr>" for p in report.sweep)
        parts.append(
            '<table class="sweep"><thead><tr><th>Chunk tokens</th><th>Chunks</th>'
            "<th>Sensitive</th><th>Leaked</th><th>Leak rate</th><th>Control</th>"
            "<th>Controls</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")
    else:
        parts.append(
            f'<p class="muted">One chunk size was scanned ({report.chunk_tokens} tokens): '
            f"{percent(leak_rate(report))} of sensitive entities leaked. Run "
            "<code>codeleak scan --sweep 32,64,128,256</code> to see how the leak rate falls "
            "as chunks grow.</p>")
    if report.recommendation:
        parts.append(f'<p class="recommendation"><strong>Recommendation:</strong> '
                     f"{_e(report.recommendation)}</p>")
    parts.append("</section>")
    return "".join(parts)


def _control_title(point: SweepPoint) -> str:
    return f"control {percent(point.control_leak_rate)} of {point.controls} controls"


def sweep_chart(sweep: tuple[SweepPoint, ...]) -> str:
    """An inline SVG line chart of leak rate and control leak rate by chunk tokens."""
    width, height, left, right, top, bottom = 560, 260, 52, 20, 28, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([p.leak_rate for p in sweep] + [p.control_leak_rate for p in sweep] + [0.0])
    y_max = next(m for m in (0.05, 0.1, 0.2, 0.25, 0.5, 1.0) if peak <= m)
    inset = 28  # keeps the first and last points clear of the axis labels
    step = (plot_w - 2 * inset) / (len(sweep) - 1) if len(sweep) > 1 else 0.0

    def x(i: int) -> float:
        return left + (inset + i * step if len(sweep) > 1 else plot_w / 2)

    def y(rate: float) -> float:
        return top + plot_h * (1 - rate / y_max)

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
           'aria-label="Leak rate and control leak rate by chunk tokens">']
    for k in range(5):
        rate = y_max * k / 4
        out.append(f'<line class="grid-line" x1="{left}" x2="{width - right}" '
                   f'y1="{y(rate):.1f}" y2="{y(rate):.1f}"/>'
                   f'<text class="tick" x="{left - 8}" y="{y(rate) + 4:.1f}" '
                   f'text-anchor="end">{rate * 100:.0f}%</text>')
    for i, point in enumerate(sweep):
        out.append(f'<text class="tick" x="{x(i):.1f}" y="{top + plot_h + 18}" '
                   f'text-anchor="middle">{point.chunk_tokens}</text>')
    out.append(f'<text class="axis" x="{left + plot_w / 2:.1f}" y="{height - 6}" '
               'text-anchor="middle">chunk tokens</text>')
    # the control line joins only the sizes where a control ran: a rate over none is not 0%
    controlled = [i for i, p in enumerate(sweep) if p.controls]
    for name, points in (("control", [(i, sweep[i].control_leak_rate) for i in controlled]),
                         ("leak", [(i, p.leak_rate) for i, p in enumerate(sweep)])):
        coords = " ".join(f"{x(i):.1f},{y(r):.1f}" for i, r in points)
        out.append(f'<polyline class="series-{name}" points="{coords}"/>')
    for i, point in enumerate(sweep):
        if point.controls:
            out.append(
                f'<circle class="dot-control" cx="{x(i):.1f}" '
                f'cy="{y(point.control_leak_rate):.1f}" r="3.5"><title>{point.chunk_tokens} '
                f"tokens: {_control_title(point)}</title></circle>")
        out.append(
            f'<circle class="dot-leak" cx="{x(i):.1f}" cy="{y(point.leak_rate):.1f}" r="4.5">'
            f"<title>{point.chunk_tokens} tokens: {point.leaked} of {point.sensitive} leaked "
            f"({percent(point.leak_rate)})</title></circle>"
            f'<text class="value" x="{x(i):.1f}" y="{y(point.leak_rate) - 10:.1f}" '
            f'text-anchor="middle">{percent(point.leak_rate)}</text>')
    out.append(
        f'<g class="legend" transform="translate({left + 8},{top - 14})">'
        '<line class="series-leak" x1="0" x2="18" y1="0" y2="0"/>'
        '<text x="24" y="4">leak rate</text>'
        '<line class="series-control" x1="100" x2="118" y1="0" y2="0"/>'
        '<text x="124" y="4">control leak rate (chance)</text></g>')
    out.append("</svg>")
    return "".join(out)


def _attacks_panel(report: ScanReport) -> str:
    if report.attacks:
        items = "".join(
            f"<li><strong>{_e(a.name)}</strong>: {_e(a.description)}"
            + (f'<div class="strength">Measured strength: {_e(a.strength)}</div>'
               if a.strength else "") + "</li>" for a in report.attacks)
        listing = f'<ul class="attacks">{items}</ul>'
    else:
        listing = '<p class="muted">No attack was run, so no value was judged leaked.</p>'
    return (f'<section class="panel" id="attacks"><h2>Attacks run</h2>{listing}'
            '<p class="muted">Verdicts hold for these attacks only. Rare, project-specific '
            "strings in short chunks are marked <em>at risk</em> even when not recovered.</p>"
            "</section>")


def _repositories_panel(report: ScanReport) -> str:
    if len(report.repositories) < 2:
        return ""
    rows = "".join(
        f"<tr><td><code>{_e(r.root)}</code></td><td>{r.files}</td><td>{r.chunks}</td>"
        f"<td>{r.entities}</td><td>{r.sensitive}</td><td>{r.leaked}</td></tr>"
        for r in report.repositories)
    return ('<section class="panel" id="repositories"><h2>Repositories</h2><table>'
            "<thead><tr><th>Root</th><th>Files</th><th>Chunks</th><th>Entities</th>"
            f"<th>Sensitive</th><th>Leaked</th></tr></thead><tbody>{rows}</tbody></table>"
            "</section>")


def _skipped_panel(report: ScanReport) -> str:
    """The files the scan did not read: a file left out is not a clean one."""
    if not report.skipped:
        return ""
    rows = "".join(f"<tr><td><code>{_e(s.path)}</code></td><td>{_e(s.reason)}</td></tr>"
                   for s in report.skipped)
    return ('<section class="panel" id="skipped"><h2>Not scanned</h2><table>'
            f"<thead><tr><th>File</th><th>Why</th></tr></thead><tbody>{rows}</tbody></table>"
            "</section>")


def _findings_panel(report: ScanReport, redact: Redactor) -> str:
    groups = by_file(report.findings)
    total = len(report.findings)
    if not groups:
        return ('<section class="panel" id="findings"><h2>Findings</h2>'
                '<p class="muted">No sensitive entities found.</p></section>')
    categories = sorted({f.entity.category for f in report.findings})
    boxes = "".join(
        f'<label class="check"><input type="checkbox" name="category" value="{_e(c)}" checked>'
        f" {_e(c)}</label>" for c in categories)
    severities = "".join(
        f'<option value="{s}">{"any severity" if s == "info" else s + " and above"}</option>'
        for s in SEVERITIES if s != "critical") + '<option value="critical">critical</option>'
    filters = (
        '<form id="filters" class="filters" onsubmit="return false">'
        f'<fieldset><legend>Category</legend>{boxes}</fieldset>'
        '<fieldset><legend>Severity</legend><select name="severity" aria-label="Minimum '
        f'severity">{severities}</select></fieldset>'
        '<fieldset><legend>Verdict</legend><select name="verdict" aria-label="Verdict">'
        '<option value="all">all verdicts</option><option value="risk">leaked or at risk'
        '</option><option value="leaked">leaked only</option></select></fieldset>'
        '<fieldset><legend>Suppressed</legend><label class="check"><input type="checkbox" '
        'name="suppressed" checked> show</label></fieldset>'
        f'<output id="shown" data-shown="{total}">{total} of {total} findings shown</output>'
        "</form>")
    files = "".join(_file_section(path, findings, redact) for path, findings in groups)
    return f'<section class="panel" id="findings"><h2>Findings</h2>{filters}{files}</section>'


def _file_section(path: str, findings: list[Finding], redact: Redactor) -> str:
    rows = "".join(_row(f, redact) for f in findings)
    return (
        f'<section class="file" data-path="{_e(path)}"><h3><code>{_e(path)}</code>'
        f' <span class="count">{len(findings)} findings</span></h3>'
        '<table class="findings"><thead><tr><th>Line</th><th>Severity</th><th>Category / rule'
        "</th><th>Verdict</th><th>Original value</th><th>Recovered by the attacker</th>"
        f"<th>Chunk</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _row(finding: Finding, redact: Redactor) -> str:
    entity, chunk = finding.entity, finding.chunk
    word = verdict(finding).split(",")[0]
    slug = word.replace(" ", "-")
    lines = (str(entity.line) if entity.end_line == entity.line
             else f"{entity.line}–{entity.end_line}")
    recovered = redact.excerpt(finding)
    note = f'<div class="note">{_e(entity.note)}</div>' if entity.note else ""
    suppressed = ('<span class="tag">suppressed</span>' if finding.suppressed else "")
    attack = "" if finding.attack in ("", "none") else f" · {_e(finding.attack)}"
    return (
        f'<tr class="finding sev-{_e(finding.severity)}" data-category="{_e(entity.category)}" '
        f'data-severity="{_e(finding.severity)}" data-rank="{severity_rank(finding.severity)}" '
        f'data-verdict="{slug}" data-suppressed="{int(finding.suppressed)}">'
        f"<td>{_e(lines)}</td>"
        f'<td><span class="badge sev-{_e(finding.severity)}">{_e(finding.severity)}</span></td>'
        f"<td>{_e(entity.category)}<div class=\"rule\">{_e(rule_id(finding))} · "
        f"{_e(entity.kind)}</div></td>"
        f'<td><span class="verdict v-{slug}">{_e(word)}</span>{suppressed}'
        f'<div class="score">score {finding.leak_score:.2f}{attack}</div></td>'
        f'<td><code class="value">{_e(redact.value(entity.value))}</code>{note}</td>'
        f'<td><code class="recovered">{_e(recovered) if recovered else "—"}</code></td>'
        f'<td class="chunk">lines {chunk.start_line}–{chunk.end_line}<div class="rule">'
        f"{chunk.tokens} tokens</div></td></tr>"
    )


_CSS = """
:root{--bg:#f5f6f8;--panel:#fff;--ink:#1d2330;--muted:#5f6b7a;--line:#e3e6eb;
--crit:#a3162b;--high:#d9480f;--med:#c27c0e;--low:#1c7ed6;--info:#6c757d;--good:#2b8a3e}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{background:#1d2330;color:#fff;padding:20px 32px}
header h1{margin:0;font-size:22px;font-weight:600;letter-spacing:.2px}
header .meta{margin:4px 0 0;color:#c3cad5}
header code{color:#fff}
main{max-width:1280px;margin:0 auto;padding:24px 32px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.6px}
.card .number{font-size:26px;font-weight:600}
.card .sub{color:var(--muted);font-size:12px}
.card.bad .number{color:var(--crit)}.card.good .number{color:var(--good)}
.card.warn .number{color:var(--med)}
.notice{background:#fff8e6;border:1px solid #f0d9a0;border-left:4px solid var(--med);
border-radius:6px;padding:10px 14px;margin:16px 0}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
@media (max-width:900px){.grid{grid-template-columns:1fr}}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:16px 20px;
margin-bottom:16px}
.panel h2{margin:0 0 12px;font-size:16px}
.muted{color:var(--muted)}
.chart{width:100%;max-width:640px;height:auto;display:block}
.chart .grid-line{stroke:var(--line)}
.chart .tick,.chart .legend text{fill:var(--muted);font-size:11px}
.chart .axis{fill:var(--muted);font-size:12px}
.chart .value{fill:var(--crit);font-size:11px;font-weight:600}
.series-leak{fill:none;stroke:var(--crit);stroke-width:2.5}
.series-control{fill:none;stroke:var(--info);stroke-width:2;stroke-dasharray:5 4}
.dot-leak{fill:var(--crit)}.dot-control{fill:var(--info)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
table.sweep{margin-top:8px;max-width:640px}
table.sweep td{font-variant-numeric:tabular-nums}
.recommendation{margin:12px 0 0}
.attacks{margin:0;padding-left:18px}.attacks li{margin-bottom:8px}
.strength{color:var(--muted);font-size:13px}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin-bottom:12px}
.filters fieldset{border:1px solid var(--line);border-radius:6px;padding:4px 10px 8px;margin:0}
.filters legend{font-size:12px;color:var(--muted);padding:0 4px}
.check{margin-right:10px;white-space:nowrap}
select{font:inherit;padding:2px 4px}
#shown{margin-left:auto;color:var(--muted)}
.file h3{font-size:14px;margin:18px 0 6px}
.file .count{color:var(--muted);font-weight:400;font-size:12px;margin-left:6px}
.findings td:nth-child(5),.findings td:nth-child(6){max-width:320px}
.value,.recovered{overflow-wrap:anywhere;white-space:pre-wrap}
.recovered{color:#364152}
.chunk{white-space:nowrap}
.rule,.score,.note{color:var(--muted);font-size:12px}
.badge,.verdict,.tag{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;
font-weight:600;white-space:nowrap}
.badge{color:#fff}
.badge.sev-critical{background:var(--crit)}.badge.sev-high{background:var(--high)}
.badge.sev-medium{background:var(--med)}.badge.sev-low{background:var(--low)}
.badge.sev-info{background:var(--info)}
.v-leaked{background:#fde2e4;color:var(--crit)}
.v-at-risk{background:#fff3d6;color:#8a5a00}
.v-not-recovered{background:#eceff3;color:var(--muted)}
.tag{background:#e7f0ff;color:var(--low);margin-left:4px}
tr[data-suppressed="1"]{opacity:.6}
footer{max-width:1280px;margin:0 auto;padding:0 32px 24px;color:var(--muted);font-size:12px}
"""

_JS = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { document.body.setAttribute("data-js", "ready"); return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding"));
  var ranks = {info: 0, low: 1, medium: 2, high: 3, critical: 4};
  function fromHash() {
    var params = {};
    window.location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var i = pair.indexOf("=");
      if (i > 0) {
        params[decodeURIComponent(pair.slice(0, i))] = decodeURIComponent(pair.slice(i + 1));
      }
    });
    if (params.severity in ranks) { form.elements.severity.value = params.severity; }
    if (params.verdict) { form.elements.verdict.value = params.verdict; }
    if (params.suppressed === "0") { form.elements.suppressed.checked = false; }
    if (params.category) {
      var wanted = params.category.split(",");
      form.querySelectorAll("input[name=category]").forEach(function (box) {
        box.checked = wanted.indexOf(box.value) >= 0;
      });
    }
  }
  function apply() {
    var categories = {};
    form.querySelectorAll("input[name=category]").forEach(function (box) {
      if (box.checked) { categories[box.value] = true; }
    });
    var minimum = ranks[form.elements.severity.value] || 0;
    var wanted = form.elements.verdict.value;
    var showSuppressed = form.elements.suppressed.checked;
    var shown = 0;
    rows.forEach(function (row) {
      var verdict = row.getAttribute("data-verdict");
      var visible = categories[row.getAttribute("data-category")] === true &&
        Number(row.getAttribute("data-rank")) >= minimum &&
        (wanted === "all" || verdict === "leaked" ||
         (wanted === "risk" && verdict === "at-risk")) &&
        (showSuppressed || row.getAttribute("data-suppressed") !== "1");
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    document.querySelectorAll("section.file").forEach(function (section) {
      var count = section.querySelectorAll("tr.finding:not([hidden])").length;
      section.hidden = count === 0;
      section.querySelector(".count").textContent = count + " shown";
    });
    var output = document.getElementById("shown");
    output.textContent = shown + " of " + rows.length + " findings shown";
    output.setAttribute("data-shown", String(shown));
  }
  form.addEventListener("change", apply);
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  fromHash();
  apply();
  document.body.setAttribute("data-js", "ready");
}());
"""
