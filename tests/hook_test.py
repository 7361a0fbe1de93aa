"""End to end: the real `pre-commit` runs codeleak's hook on commits in a temporary repository.

Most tests install a hook config built from this checkout's `.pre-commit-hooks.yaml` (same id,
entry, file types, stages, serial run), switched to `language: system` so it runs this venv's
codeleak instead of building a new virtualenv with torch for every test; `git commit` then goes
through pre-commit's own hook script, stash handling and file filtering. One test runs
`pre-commit try-repo` on the checkout itself, which builds the hook's own environment as users
get it; it takes minutes, so it only runs with CODELEAK_SLOW_TESTS=1 (docs/git-and-hook.md).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
SECRET = "sk_" + "live_" + "51Hq7TzQm2Vb8Rk4Xw9Np3Ld"  # split so scanners skip this file (not a published key)
LEAKY = f'''def charge(amount):
    api_key = "{SECRET}"
    return stripe.Charge.create(amount=amount, api_key=api_key)
'''
ALLOWED = LEAKY.replace(f'"{SECRET}"', f'"{SECRET}"  # codeleak: allow')
CLEAN = '''def total(prices):
    return sum(price for price in prices if price > 0)
'''


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
                          check=False)


def git(repo: Path, env: dict[str, str], *args: str) -> str:
    out = run(["git", *args], repo, env)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One codeleak cache for the module: content-addressed, so tests only share speed."""
    return tmp_path_factory.mktemp("codeleak-cache")


@pytest.fixture
def env(tmp_path: Path, shared_cache: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items()
              if not k.startswith(("PRE_COMMIT", "GIT_", "CODELEAK_"))}
    values.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        CODELEAK_CACHE_DIR=str(shared_cache),
        HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
        PYTHONPATH=str(ROOT),
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        GIT_CONFIG_NOSYSTEM="1", HOME=str(tmp_path / "home"),
    )
    (tmp_path / "home").mkdir()
    return values


def local_config() -> str:
    """This checkout's manifest entry as a local `language: system` hook for this venv."""
    hook = dict(yaml.safe_load(MANIFEST.read_text())[0])
    assert hook["entry"] == "codeleak hook"
    hook.update(language="system", entry=f"{sys.executable} -m codeleak hook")
    hook.pop("minimum_pre_commit_version", None)
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]})


@pytest.fixture
def repo(tmp_path: Path, env: dict[str, str]) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    git(root, env, "init", "-q", "-b", "main")
    git(root, env, "config", "user.email", "dev@test.invalid")
    git(root, env, "config", "user.name", "Dev")
    git(root, env, "config", "commit.gpgsign", "false")
    (root / ".pre-commit-config.yaml").write_text(local_config())
    (root / "prices.py").write_text(CLEAN)
    git(root, env, "add", "-A")
    git(root, env, "commit", "-q", "-m", "start", "--no-verify")
    installed = run([sys.executable, "-m", "pre_commit", "install"], root, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return root


def commit(repo: Path, env: dict[str, str], name: str,
           text: str) -> subprocess.CompletedProcess[str]:
    (repo / name).write_text(text)
    git(repo, env, "add", name)
    return run(["git", "commit", "-m", f"add {name}"], repo, env)


def assert_names_the_leak(output: str) -> None:
    """The report names the file, the line (2) with its category and masked value, and what
    the attacker read back (masked wherever it contains the value)."""
    assert "billing.py" in output, output
    masked = re.escape(SECRET[:4]) + r"\*+" + re.escape(SECRET[-4:])
    assert re.search(rf"^\s*2\s.*\bsecret\b.*{masked}", output, re.MULTILINE), output
    assert re.search(r"^\s*recovered: \S", output, re.MULTILINE), output
    assert SECRET not in output


def test_manifest_is_valid_for_pre_commit(env: dict[str, str]) -> None:
    out = run([sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)], ROOT, env)
    assert out.returncode == 0, out.stdout + out.stderr
    hook = yaml.safe_load(MANIFEST.read_text())[0]
    assert hook["id"] == "codeleak" and hook["language"] == "python"
    assert hook["pass_filenames"] is True and hook["require_serial"] is True
    assert set(hook["stages"]) == {"pre-commit", "pre-push", "manual"}


def test_leaky_commit_fails_with_a_clear_masked_message(repo: Path, env: dict[str, str]) -> None:
    out = commit(repo, env, "billing.py", LEAKY)
    output = out.stdout + out.stderr
    assert out.returncode != 0, output
    assert "codeleak" in output and "Failed" in output and "Traceback" not in output
    assert_names_the_leak(output)
    assert git(repo, env, "log", "--format=%s").splitlines() == ["start"]


def test_allow_comment_lets_the_commit_through(repo: Path, env: dict[str, str]) -> None:
    out = commit(repo, env, "billing.py", ALLOWED)
    assert out.returncode == 0, out.stdout + out.stderr
    assert git(repo, env, "log", "--format=%s").splitlines()[0] == "add billing.py"


def test_clean_commit_passes(repo: Path, env: dict[str, str]) -> None:
    out = commit(repo, env, "prices.py", CLEAN + "\n\ndef count(items):\n    return len(items)\n")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Passed" in out.stdout + out.stderr


def test_unstaged_leak_is_not_judged(repo: Path, env: dict[str, str]) -> None:
    (repo / "prices.py").write_text(CLEAN + "\n\ndef count(items):\n    return len(items)\n")
    git(repo, env, "add", "prices.py")
    (repo / "prices.py").write_text((repo / "prices.py").read_text() + LEAKY)
    out = run(["git", "commit", "-m", "clean part"], repo, env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert SECRET in (repo / "prices.py").read_text()  # pre-commit restored the unstaged part


def test_pre_push_judges_the_pushed_range(repo: Path, env: dict[str, str]) -> None:
    start = git(repo, env, "rev-parse", "HEAD").strip()
    (repo / "billing.py").write_text(LEAKY)
    git(repo, env, "add", "billing.py")
    git(repo, env, "commit", "-q", "-m", "leak", "--no-verify")
    leaky = git(repo, env, "rev-parse", "HEAD").strip()
    (repo / "prices.py").write_text(CLEAN + "\n\ndef count(items):\n    return len(items)\n")
    git(repo, env, "commit", "-q", "-am", "clean", "--no-verify")
    push = [sys.executable, "-m", "pre_commit", "run", "--hook-stage", "pre-push"]
    pushed_leak = run([*push, "--from-ref", start, "--to-ref", "HEAD"], repo, env)
    assert pushed_leak.returncode == 1, pushed_leak.stdout + pushed_leak.stderr
    assert_names_the_leak(pushed_leak.stdout)
    pushed_clean = run([*push, "--from-ref", leaky, "--to-ref", "HEAD"], repo, env)
    assert pushed_clean.returncode == 0, pushed_clean.stdout + pushed_clean.stderr


def test_all_files_run_judges_files_with_nothing_staged(repo: Path, env: dict[str, str]) -> None:
    """`pre-commit run --all-files` (CI, the manual stage) passes files with no staged change:
    those are judged whole, or a leak already committed would never be reported."""
    (repo / "billing.py").write_text(LEAKY)
    git(repo, env, "add", "billing.py")
    git(repo, env, "commit", "-q", "-m", "leak", "--no-verify")
    out = run([sys.executable, "-m", "pre_commit", "run", "--all-files"], repo, env)
    assert out.returncode == 1, out.stdout + out.stderr
    assert_names_the_leak(out.stdout)


def test_a_renamed_file_is_not_judged_as_new(repo: Path, env: dict[str, str]) -> None:
    """A file only renamed (`git mv`) holds nothing new: its committed leak does not block the
    commit; an edit made with the rename is judged."""
    (repo / "billing.py").write_text(LEAKY)
    git(repo, env, "add", "billing.py")
    git(repo, env, "commit", "-q", "-m", "leak", "--no-verify")
    git(repo, env, "mv", "billing.py", "payments.py")
    out = run(["git", "commit", "-m", "rename"], repo, env)
    assert out.returncode == 0, out.stdout + out.stderr
    git(repo, env, "mv", "payments.py", "billing.py")
    out = commit(repo, env, "billing.py", LEAKY.replace(f'"{SECRET}"', f'"{SECRET}"  # live'))
    assert out.returncode != 0, out.stdout + out.stderr
    assert_names_the_leak(out.stdout + out.stderr)


def test_configured_excludes_are_not_judged(repo: Path, env: dict[str, str]) -> None:
    (repo / ".codeleak.toml").write_text('excludes = ["vendor/*"]\n')
    (repo / "vendor").mkdir()
    assert commit(repo, env, "vendor/billing.py", LEAKY).returncode == 0
    out = run([sys.executable, "-m", "pre_commit", "run", "--all-files"], repo, env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert commit(repo, env, "billing.py", LEAKY).returncode != 0  # outside vendor/: judged


def test_try_repo_on_this_checkout(tmp_path: Path, env: dict[str, str]) -> None:
    root = tmp_path / "tried"
    root.mkdir()
    git(root, env, "init", "-q", "-b", "main")
    (root / "billing.py").write_text(LEAKY)
    (root / "prices.py").write_text(CLEAN)
    git(root, env, "add", "-A")
    del env["PYTHONPATH"]  # the hook must run from the environment pre-commit built
    env["PIP_NO_COMPILE"] = "1"  # skip byte-compiling torch & co. (docs/git-and-hook.md)
    tried = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "codeleak", "--files"]
    leaky = run([*tried, "billing.py"], root, env)
    assert leaky.returncode == 1, leaky.stdout + leaky.stderr
    assert_names_the_leak(leaky.stdout + leaky.stderr)
    clean = run([*tried, "prices.py"], root, env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
