"""A full scan with the shipped models runs with every socket refused: codeleak never needs the
network (no model hub, no telemetry)."""
from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from codeleak.main import main

SHIPPED = Path(__file__).resolve().parent.parent / "codeleak" / "model"
TOKEN = "ghp_" + "Xr4nW8qT2vL9mK3pZ7bD1sF6hJ5gC0yA8eU2"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    tried: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        tried.append(repr(args[1:] if args and isinstance(args[0], socket.socket) else args))
        raise NetworkUsed(tried[-1])

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):  # prove codeleak sets them itself
        monkeypatch.delenv(name, raising=False)
    return tried


def test_full_scan_with_sockets_disabled(tmp_path: Path, no_network: list[str],
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert (SHIPPED / "codeleak-inverter.json").is_file(), (
        f"the shipped inverter is not in {SHIPPED} yet; this test needs it")
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))  # the guard is in place
    no_network.clear()
    tree = tmp_path / "repo"
    tree.mkdir()
    (tree / "app.py").write_text(f'GITHUB_TOKEN = "{TOKEN}"\n\n\ndef hello():\n'
                                 '    return "mail ops@internal.corp.example"\n')
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    code = main(["scan", str(tree), "--format", "json", "-q"])
    out, err = capsys.readouterr()
    assert no_network == [], f"network calls: {no_network}"
    assert code in (0, 1), err
    report = json.loads(out)
    assert report["inverter"] and report["embedder"]
    assert report["summary"]["sensitive"] >= 1
    assert any(f["rule"] == "github-token" for f in report["findings"])
    assert TOKEN not in out + err


@pytest.mark.parametrize(("url", "said"), [
    ("not a url s3cretPASS", "is not an http(s) URL"),
    ("http://[::1/v1?k=s3cretPASS", "is not a valid URL"),
    ("ftp://s3cretPASS.example/v1", "is not an http(s) URL"),
    ("http://127.0.0.1:s3cretPASS/v1", "is not a valid URL"),
    ("http://127.0.0.1:9/v1 s3cretPASS", "holds spaces"),
    ("http://sk-s3cretPASS@127.0.0.1:9/v1", "holds a user name or password"),
    ("http://user:s3cretPASS@127.0.0.1:9/v1", "holds a user name or password"),
])
def test_a_bad_embedder_url_is_one_line_that_does_not_echo_it(
        url: str, said: str, tmp_path: Path, no_network: list[str],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text("x = 1\n")
    monkeypatch.setenv("CODELEAK_EMBEDDER_URL", url)
    monkeypatch.setenv("CODELEAK_EMBEDDER_KEY", "k")
    code = main(["chunks", str(tmp_path), "--embedder", "openai:m"])
    err = capsys.readouterr().err
    assert code == 2 and no_network == []
    assert err.startswith("codeleak: error: CODELEAK_EMBEDDER_URL ") and err.count("\n") == 1
    assert said in err and "s3cretPASS" not in err and "internal error" not in err
