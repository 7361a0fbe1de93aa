"""Fetch and unpack the pinned public packages the builtin inverter trains and is evaluated on.

    python bench/corpus.py                      # both lists into work-data/corpus/{train,eval}/
    python bench/corpus.py --split eval --jobs 8

Each line of bench/corpus_<split>.txt is `pypi NAME==VERSION` or `npm NAME@VERSION`. PyPI packages
come as sdists (`pip download --no-deps --no-binary :all: --no-build-isolation`, run from a small
venv, work-data/fetchenv, that holds the common build backends so pip can read sdist metadata
without building backends from source), falling back to a wheel when that fails; npm packages come from `npm pack`. Archives are unpacked one folder per package.
Packages already unpacked are skipped, so the script can be re-run after a failure.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "work-data" / "corpus"
FETCH_ENV = ROOT / "work-data" / "fetchenv"
BACKENDS = ("hatchling", "flit_core", "poetry-core", "pdm-backend", "setuptools", "setuptools-scm",
            "hatch-vcs", "hatch-fancy-pypi-readme", "wheel", "cython")
TIMEOUT = 180


def fetch_python() -> str:
    """The interpreter of the fetch venv, created on first use."""
    python = FETCH_ENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(FETCH_ENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *BACKENDS], check=True)
    return str(python)


def _run(cmd: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, 1, b"", b"timed out")


def read_list(path: Path) -> list[tuple[str, str]]:
    """(registry, requirement) pairs from a corpus list, comments and blank lines skipped."""
    pairs = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            registry, requirement = line.split(None, 1)
            pairs.append((registry, requirement.strip()))
    return pairs


def folder_name(requirement: str) -> str:
    return requirement.replace("==", "-").replace("@", "-").lstrip("-").replace("/", "__")


def _download_pypi(requirement: str, tmp: Path) -> Path:
    base = [fetch_python(), "-m", "pip", "download", "--no-deps", "--ignore-requires-python",
            "-q", "-d", str(tmp)]
    done = _run([*base, "--no-binary", ":all:", "--no-build-isolation", requirement])
    if done.returncode != 0:
        for stale in tmp.iterdir():
            stale.unlink()
        done = _run([*base, "--only-binary", ":all:", requirement])
    files = list(tmp.iterdir())
    if done.returncode != 0 or not files:
        raise RuntimeError(done.stderr.decode(errors="replace").strip().splitlines()[-1:])
    return files[0]


def _download_npm(requirement: str, tmp: Path) -> Path:
    done = _run(["npm", "pack", "--silent", requirement], cwd=tmp)
    files = list(tmp.glob("*.tgz"))
    if done.returncode != 0 or not files:
        raise RuntimeError(done.stderr.decode(errors="replace").strip().splitlines()[-1:])
    return files[0]


def _unpack(archive: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(dest)
    else:
        with tarfile.open(archive) as tf:
            tf.extractall(dest, filter="data")


def fetch_one(registry: str, requirement: str, out: Path) -> str:
    dest = out / folder_name(requirement)
    if dest.is_dir() and any(dest.iterdir()):
        return f"have {requirement}"
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        try:
            fetch = _download_pypi if registry == "pypi" else _download_npm
            archive = fetch(requirement, tmp)
            _unpack(archive, dest)
        except (RuntimeError, OSError, tarfile.TarError, zipfile.BadZipFile) as exc:
            shutil.rmtree(dest, ignore_errors=True)
            return f"FAILED {registry} {requirement}: {exc}"
    return f"got {requirement}"


def fetch(split: str, out_root: Path, jobs: int) -> int:
    pairs = read_list(ROOT / "bench" / f"corpus_{split}.txt")
    out = out_root / split
    out.mkdir(parents=True, exist_ok=True)
    fetch_python()
    failed = 0
    with ThreadPoolExecutor(jobs) as pool:
        for message in pool.map(lambda p: fetch_one(p[0], p[1], out), pairs):
            print(message, flush=True)
            failed += message.startswith("FAILED")
    print(f"{split}: {len(pairs) - failed}/{len(pairs)} packages in {out}")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "eval", "both"), default="both")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--jobs", type=int, default=8)
    args = parser.parse_args(argv)
    splits = ("train", "eval") if args.split == "both" else (args.split,)
    for split in splits:
        fetch(split, args.out, args.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
