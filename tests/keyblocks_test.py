"""Key blocks: where a PEM block or PuTTY key file starts and ends, and its key material."""
from __future__ import annotations

import random
import string
import time

from codeleak import keyblocks

_B64 = string.ascii_letters + string.digits + "+/"


def _lines(count: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_B64) for _ in range(64)) for _ in range(count)]


BODY = _lines(4)
PEM = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(BODY) + "\n-----END RSA PRIVATE KEY-----"
PRIVATE = _lines(2, seed=1)
PPK = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\n"
       "Public-Lines: 2\n" + "\n".join(_lines(2, seed=2)) + "\nPrivate-Lines: 2\n"
       + "\n".join(PRIVATE) + "\nPrivate-MAC: " + "ab" * 32)


def test_a_block_runs_from_its_first_line_to_the_line_that_closes_it() -> None:
    text = "key = '''\n" + PEM + "\n'''\nother = 1\n"
    block, closed = keyblocks.block_at(text, text.index("-----BEGIN"))
    assert block == PEM and closed
    block, closed = keyblocks.block_at("x\n" + PPK + "\ny", 2)
    assert block == PPK and closed


def test_an_end_of_another_label_does_not_close_a_block() -> None:
    text = "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END CERTIFICATE-----\n"
    block, closed = keyblocks.block_at(text, 0)
    assert not closed and block == text  # runs on (to WINDOW; here to the end of the text)


def test_a_block_without_its_end_stops_at_the_next_block() -> None:
    text = "-----BEGIN RSA PRIVATE KEY-----\n...\n" + PEM
    block, closed = keyblocks.block_at(text, 0)
    assert closed and block == "-----BEGIN RSA PRIVATE KEY-----\n...\n"
    block, closed = keyblocks.block_at("-----BEGIN EC PRIVATE KEY-----", 0)
    assert not closed and block == "-----BEGIN EC PRIVATE KEY-----"


def test_body_is_the_key_material_however_the_block_is_written() -> None:
    expected = "".join(BODY)
    assert keyblocks.body(PEM) == expected
    commented = "\n".join("# " + line for line in PEM.split("\n"))
    assert keyblocks.body(commented) == expected
    in_json = PEM.replace("\n", "\\n")
    assert keyblocks.body(in_json) == expected
    concatenated = "\n".join(f'"{line}\\n" +' for line in PEM.split("\n"))
    assert keyblocks.body(concatenated) == expected
    encrypted = PEM.replace("-----\n", "-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00FF\n\n", 1)
    assert keyblocks.body(encrypted) == expected
    one_line = PEM.replace("\n", "")
    assert keyblocks.body(one_line) == expected


def test_a_putty_key_files_material_is_its_private_lines() -> None:
    assert keyblocks.body(PPK) == "".join(PRIVATE)
    assert keyblocks.body(PPK.replace("Private-Lines", "Other-Lines")) == ""


def test_elided_keys_are_told_from_headers_and_real_keys() -> None:
    assert keyblocks.elided("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
                            "-----END")
    assert not keyblocks.elided(PEM, "-----END")
    assert not keyblocks.elided("-----BEGIN RSA PRIVATE KEY-----", "-----END")  # body follows
    assert keyblocks.elided(PPK.replace("\n".join(PRIVATE), "..."), "Private-MAC:")
    assert not keyblocks.elided(PPK, "Private-MAC:")


def test_many_first_lines_are_read_once() -> None:
    """A text of BEGIN lines and nothing else: each block stops at the next first line, so
    looking at every one of them is linear in the text, on text and on bytes."""
    text = "-----BEGIN RSA PRIVATE KEY-----\n" * 30_000  # ~1 MiB
    data = text.encode()
    started = time.perf_counter()
    starts = [m.start() for m in keyblocks.START.finditer(text)]
    assert all(keyblocks.block_at(text, k)[1] for k in starts[:-1])
    assert all(keyblocks.BLOCK_BYTES.match(data, m.start()) is None
               for m in keyblocks.START_BYTES.finditer(data))
    assert time.perf_counter() - started < 10


def test_body_stays_linear_on_long_lines_of_marks() -> None:
    started = time.perf_counter()
    for filler in (" ", "+ ", "\" +", "#"):
        line = "A" + filler * 300_000 + "B"
        assert keyblocks.body("-----BEGIN RSA PRIVATE KEY-----\n" + line).startswith("A")
    assert time.perf_counter() - started < 10
