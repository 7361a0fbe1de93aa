"""A plain (non-editable) install, as pre-commit does it, carries grammars and data files."""
from __future__ import annotations

import json
import site
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_built_wheel_installs_into_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(wheels), str(ROOT)], check=True)
    wheel = next(wheels.glob("codeleak-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    # Dependencies come from this interpreter's site-packages; codeleak itself only from the wheel.
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q",
                    "--no-deps", str(wheel)], check=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "app.py").write_text('password = "Xk3-vQ9-zz81-Lm2p"\n# ping ops@corp-mail.internal\n')
    out = subprocess.run([str(env_dir / "bin" / "codeleak"), "entities", "app.py", "--format",
                          "json"], capture_output=True, text=True, cwd=work, check=True)
    located = subprocess.run([str(py), "-c", "import codeleak, sys; print(codeleak.__file__)"],
                             capture_output=True, text=True, cwd=work, check=True).stdout
    assert str(env_dir) in located, "codeleak must come from the installed wheel"
    doc = json.loads(out.stdout)
    assert {e["category"] for e in doc["entities"]} >= {"secret"}
    # the shipped inverter travels whole: weights, pieces, word table, word head, manifest
    listing = ("import os, codeleak.inverters.builtin as b; "
               "print('\\n'.join(sorted(os.listdir(b.SHIPPED))))")
    installed = subprocess.run([str(py), "-c", listing], capture_output=True, text=True, cwd=work,
                               check=True).stdout.split()
    assert installed == sorted(p.name for p in (ROOT / "codeleak" / "model").iterdir())
    assert "word-head.safetensors" in installed
