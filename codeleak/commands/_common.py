"""What the subcommands share: settings from config + flags, output, progress."""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from codeleak.config import Overrides, Settings, find_config, load_settings
from codeleak.errors import EXIT_FINDINGS, EXIT_OK, FatalError
from codeleak.notes import take_skipped, warn
from codeleak.records import ScanReport

_FLAG_TO_SETTING = {
    "chunk_tokens": "chunk_tokens", "embedder": "embedder", "inverter": "inverter",
    "device": "device", "show_values": "show_values", "cache": "cache",
    "max_file_bytes": "max_file_bytes", "fail_on": "fail_on", "baseline": "baseline",
    "confirmation": "confirmation", "deep": "deep", "precision": "precision", "jobs": "jobs",
}


def settings_from(args: argparse.Namespace, start: str | Path = ".") -> Settings:
    """Defaults < config file (--config or the nearest one) < command-line flags."""
    config = Path(args.config) if getattr(args, "config", None) else find_config(Path(start))
    if config is not None and not config.is_file():
        raise FatalError(f"config file not found: {config}")
    settings = load_settings(config)
    values = {setting: getattr(args, flag, None) for flag, setting in _FLAG_TO_SETTING.items()}
    return Overrides(values).apply(settings)


def show_progress(args: argparse.Namespace) -> bool:
    return not getattr(args, "quiet", False) and sys.stderr.isatty()


def emit(text: str, output: str | None) -> None:
    """Write a report to a file or stdout (no file, or `-`)."""
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise FatalError(f"cannot write {output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def exit_code(severities: list[str], fail_on: str) -> int:
    """1 when any unsuppressed finding is at or above fail_on."""
    from codeleak.config import SEVERITY_ORDER

    if fail_on == "never":
        return EXIT_OK
    floor = SEVERITY_ORDER.index(fail_on)
    hit = any(SEVERITY_ORDER.index(s) >= floor for s in severities if s in SEVERITY_ORDER)
    return EXIT_FINDINGS if hit else EXIT_OK


def parse_sizes(text: str) -> list[int]:
    """Token counts in the order given, each once (its first place): a sweep reports its
    findings and exit code at the first size listed."""
    try:
        sizes = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise FatalError(f"expected comma-separated token counts, got '{text}'") from None
    if not sizes or any(s < 8 for s in sizes):
        raise FatalError("chunk sizes must be integers of at least 8")
    return list(dict.fromkeys(sizes))


def report_and_exit(report: ScanReport, args: argparse.Namespace, settings: Settings) -> int:
    """Write a scan report in the chosen format, with the files this run skipped; the exit
    code from --fail-on."""
    from codeleak.formatters import format_report

    report = replace(report, skipped=report.skipped + take_skipped())
    fmt = args.format or "text"
    color = fmt == "text" and args.output in (None, "", "-") and sys.stdout.isatty()
    if settings.baseline:
        warn_of_baseline_key(report, Path(settings.baseline))
    emit(format_report(report, fmt, color=color), args.output)
    return exit_code([f.severity for f in report.findings if not f.suppressed], settings.fail_on)


def warn_of_baseline_key(report: ScanReport, baseline: Path) -> None:
    """One warning when the baseline's fingerprints are keyed otherwise than this run's: it then
    silently accepts nothing."""
    from codeleak.baseline import key_warning
    from codeleak.masking import fingerprint

    found = {(report.repo_path(f.entity.path), fingerprint(f.entity.value))
             for f in report.findings}
    message = key_warning(baseline, found)
    if message:
        warn(message)
