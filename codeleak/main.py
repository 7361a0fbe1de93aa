"""The command line: parse arguments, run one command, turn errors into exit codes."""
from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence

from codeleak import __version__
from codeleak.errors import EXIT_ERROR, FatalError

COMMANDS = {
    "scan": "whole files or folders: what would leak through their embeddings",
    "diff": "what changed between REV and REV2 (default: the work tree)",
    "hook": "the pre-commit entry point (files as pre-commit passes them)",
    "entities": "extraction and classification only",
    "chunks": "chunking only",
    "invert": "chunk, embed, invert: what an attacker would read back from each chunk",
    "eval": "attack strength on a corpus, by chunk length",
    "train": "train an inverter for an embedder on a corpus",
    "baseline": "write a baseline of current findings (hashes only)",
}


def _shared(p: argparse.ArgumentParser, *, formats: Sequence[str], model: bool,
            report: bool) -> None:
    from codeleak.config import PRECISIONS

    p.add_argument("--format", choices=formats, default=None,
                   help=f"output format (default {formats[0]})" if len(formats) > 1 else "output format")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (- for stdout)")
    p.add_argument("--config", metavar="FILE", help="config file (default: nearest .codeleak.toml "
                   "or pyproject.toml with [tool.codeleak])")
    p.add_argument("--show-values", action="store_true", default=None,
                   help="print found values in clear (default: masked)")
    p.add_argument("--max-file-bytes", type=int, metavar="N", help="skip files larger than N bytes")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bars or notes")
    if model:
        p.add_argument("--chunk-tokens", type=int, metavar="N",
                       help="chunk budget in the embedder's tokens (default 256)")
        p.add_argument("--embedder", metavar="NAME_OR_PATH", help="embedder (default minilm)")
        p.add_argument("--inverter", metavar="NAME_OR_PATH", help="inverter (default builtin)")
        p.add_argument("--device", metavar="DEVICE", help="cpu or cuda (default cpu)")
        p.add_argument("--jobs", "-j", type=int, metavar="N",
                       help="processes parsing files (default 0: one per core on big "
                            "scans, else one)")
        p.add_argument("--precision", choices=PRECISIONS,
                       help="arithmetic of the attacker's own embeddings; chunk vectors stay "
                            "fp32 (default auto: bf16 where the CPU has it)")
        p.add_argument("--no-cache", dest="cache", action="store_false", default=None,
                       help="neither read nor write the embedding cache")
        p.add_argument("--deep", action="store_true", default=None,
                       help="slower, stronger inversion (more correction rounds)")
    if report:
        p.add_argument("--fail-on", metavar="SEVERITY",
                       help="lowest severity that fails (info|low|medium|high|critical|never; "
                            "default high)")
        p.add_argument("--baseline", metavar="FILE", help="suppress findings listed in FILE")
        p.add_argument("--no-confirmation", dest="confirmation", action="store_false",
                       default=None, help="skip the confirmation (guess-list) attack")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="codeleak",
        description="Find which secrets, personal data and proprietary details in source code "
                    "would leak if the code were chunked and embedded for RAG.")
    parser.add_argument("--version", action="version", version=f"codeleak {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    report_formats = ("text", "json", "sarif", "html")
    for name, summary in COMMANDS.items():
        p = sub.add_parser(name, help=summary, description=summary)
        p.set_defaults(command_parser=p)  # so that an unknown flag gets this command's usage
        if name == "diff":
            p.add_argument("rev", metavar="REV")
            p.add_argument("rev2", metavar="REV2", nargs="?")
            p.add_argument("--staged", action="store_true", help="compare REV with the index")
            p.add_argument("--repo", default=".", help="the git work tree (default .)")
        elif name == "hook":
            p.add_argument("paths", metavar="FILE", nargs="*")
        else:
            p.add_argument("paths", metavar="PATH", nargs="*", default=["."])
        if name in ("scan", "diff", "hook"):
            _shared(p, formats=report_formats, model=True, report=True)
        elif name == "baseline":  # a baseline file is JSON whatever the scans' reports are
            _shared(p, formats=("json",), model=True, report=True)
        elif name in ("entities",):
            _shared(p, formats=("text", "json"), model=False, report=False)
        elif name in ("chunks", "invert"):
            _shared(p, formats=("text", "json"), model=True, report=False)
        else:
            _shared(p, formats=("text", "json"), model=True, report=False)
        if name == "scan":
            p.add_argument("--sweep", metavar="N,N,...",
                           help="scan at several chunk sizes, e.g. 32,64,128,256")
            p.add_argument("--repos-from", metavar="FILE",
                           help="also scan the repositories listed in FILE, one path a line")
            p.add_argument("--engine", choices=("local", "ray"), default="local",
                           help="where the work runs (default local; ray needs codeleak[ray])")
            p.add_argument("--address", metavar="ADDR",
                           help="with --engine ray: the Ray cluster to join (default: start one)")
            p.add_argument("--workers", type=int, metavar="N",
                           help="with --engine ray: model workers (default: one per GPU, else "
                                "per CPU)")
            p.set_defaults(paths=None)
        if name == "eval":
            p.add_argument("--lengths", default="16,32,64,128,256", metavar="N,N,...",
                           help="chunk-length buckets (default 16,32,64,128,256)")
            p.add_argument("--max-chunks", type=int, default=200, metavar="N",
                           help="at most N chunks per bucket, taken evenly across files "
                                "(default 200)")
        if name == "train":
            p.add_argument("--out", required=True, metavar="DIR", help="folder to write")
            p.add_argument("--backend", choices=("builtin", "vec2text"), default="builtin")
            p.add_argument("--size", choices=("tiny", "small", "medium", "base"), default="small")
            p.add_argument("--max-steps", type=int, metavar="N")
        if name == "baseline":
            p.set_defaults(output=None)
    return parser


def _tolerant_streams() -> None:
    """Reports go out even where stdout cannot encode a character (PYTHONIOENCODING=ascii, a
    file name that is not UTF-8): such characters are escaped, not fatal."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        (getattr(args, "command_parser", None) or parser).error(
            f"unrecognized arguments: {' '.join(unknown)}")
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    from codeleak import notes
    from codeleak.runtime import set_defaults

    set_defaults()

    notes.start(bool(getattr(args, "quiet", False)))
    _tolerant_streams()
    module = importlib.import_module(f"codeleak.commands.{args.command}")
    try:
        return int(module.run(args))
    except FatalError as exc:
        print(f"codeleak: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("codeleak: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except MemoryError:
        print("codeleak: error: out of memory", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("CODELEAK_DEBUG"):
            raise
        print(f"codeleak: internal error: {type(exc).__name__}: {exc} "
              "(set CODELEAK_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
