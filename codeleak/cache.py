"""A content-addressed cache of embeddings and recovered texts, so no chunk is done twice.

Rows live in one SQLite file under the cache folder (`CODELEAK_CACHE_DIR`, else
`$XDG_CACHE_HOME/codeleak`, else `~/.cache/codeleak`). Keys are SHA-256 hashes of the embedder,
inverter, chunk settings and chunk text; values are encrypted with AES-GCM under a random key
kept in a 0600 file beside the database, because both an embedding and the text recovered from
it can give a secret back (docs/git-and-hook.md has the threat model). The cache never stops a
scan: a corrupt file is moved aside and recreated, an unusable folder turns it off, each with
one warning.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from codeleak.notes import warn

if TYPE_CHECKING:
    import numpy as np
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SCHEMA_VERSION = 1
KEY_VERSION = b"codeleak-cache-v1"
DB_NAME = "cache.sqlite3"
KEY_NAME = "cache.key"
BUSY_TIMEOUT_S = 30.0
CONNECT_ATTEMPTS = 5
BATCH = 500  # rows per SELECT ... IN (...), under SQLite's variable limit
NONCE_BYTES = 12
KEY_CHECK = b"codeleak cache key check"
TABLES = ("embeddings", "recovered")


class Cache(Protocol):
    """Embeddings and recovered texts by cache key; a miss is simply absent from the result."""

    def get_embeddings(self, keys: Iterable[str]) -> dict[str, np.ndarray]: ...

    def put_embeddings(self, items: dict[str, np.ndarray]) -> None: ...

    def get_recovered(self, keys: Iterable[str]) -> dict[str, str]: ...

    def put_recovered(self, items: dict[str, str]) -> None: ...

    def close(self) -> None: ...


def cache_key(embedder: str, inverter: str, chunk_settings: str, text: str) -> str:
    """SHA-256 over every part, each length-prefixed so no two part lists share a key."""
    digest = hashlib.sha256(KEY_VERSION)
    for part in (embedder, inverter, chunk_settings, text):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def cache_dir() -> Path:
    """Where the cache lives: CODELEAK_CACHE_DIR, else the XDG cache folder."""
    explicit = os.environ.get("CODELEAK_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "codeleak"


def open_cache(enabled: bool = True) -> Cache:
    """The on-disk cache, or a cache that keeps nothing when disabled or unusable (with a
    warning; a run that opens the cache again stops trying: `pipeline.Models.open_cache`)."""
    if not enabled:
        return NullCache()
    folder = cache_dir()
    try:
        return SqliteCache(folder)
    except (OSError, sqlite3.Error) as exc:
        warn(f"cache disabled: cannot use {folder} ({_reason(exc)})")
        return NullCache()


class NullCache:
    """Keeps nothing: every lookup misses (--no-cache)."""

    def get_embeddings(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        return {}

    def put_embeddings(self, items: dict[str, np.ndarray]) -> None:
        return None

    def get_recovered(self, keys: Iterable[str]) -> dict[str, str]:
        return {}

    def put_recovered(self, items: dict[str, str]) -> None:
        return None

    def close(self) -> None:
        return None


class SqliteCache:
    """The SQLite cache; safe for several processes at once (WAL, busy timeout, transactions)."""

    def __init__(self, folder: Path) -> None:
        _private_dir(folder)
        self.folder = folder
        self.path = folder / DB_NAME
        self._aead = _load_cipher(folder / KEY_NAME)
        self._conn: sqlite3.Connection | None = self._connect_or_recreate()

    def get_embeddings(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        import numpy as np

        found = self._get("embeddings", keys)
        return {k: np.frombuffer(v, dtype="<f4").astype(np.float32) for k, v in found.items()}

    def put_embeddings(self, items: dict[str, np.ndarray]) -> None:
        import numpy as np

        self._put("embeddings", {k: np.ascontiguousarray(v, dtype="<f4").tobytes()
                                 for k, v in items.items()})

    def get_recovered(self, keys: Iterable[str]) -> dict[str, str]:
        found = self._get("recovered", keys)
        return {k: v.decode("utf-8", "surrogatepass") for k, v in found.items()}

    def put_recovered(self, items: dict[str, str]) -> None:
        self._put("recovered", {k: v.encode("utf-8", "surrogatepass") for k, v in items.items()})

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> SqliteCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _get(self, table: str, keys: Iterable[str]) -> dict[str, bytes]:
        conn = self._conn
        wanted = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        if conn is None or not wanted:
            return found
        try:
            for batch in _batches(wanted, BATCH):
                marks = ",".join("?" * len(batch))
                rows = conn.execute(f"SELECT key, value FROM {table} WHERE key IN ({marks})",
                                    batch).fetchall()
                for key, value in rows:
                    plain = self._decrypt(key, table, value)
                    if plain is not None:
                        found[key] = plain
        except sqlite3.Error as exc:
            self._give_up(exc)
        return found

    def _put(self, table: str, items: dict[str, bytes]) -> None:
        conn = self._conn
        if conn is None or not items:
            return
        rows = [(key, self._encrypt(key, table, value)) for key, value in items.items()]
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(f"INSERT OR REPLACE INTO {table} (key, value) VALUES (?, ?)",
                                 rows)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._give_up(exc)

    def _encrypt(self, key: str, table: str, plain: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plain, f"{table}:{key}".encode())

    def _decrypt(self, key: str, table: str, blob: bytes) -> bytes | None:
        """The plain value, or None for a row that fails authentication (counts as a miss)."""
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:],
                                      f"{table}:{key}".encode())
        except (InvalidTag, ValueError):
            return None

    def _give_up(self, exc: sqlite3.Error) -> None:
        """Turn the cache off for this run; a damaged file is moved aside for the next run."""
        self.close()
        damaged = isinstance(exc, sqlite3.DatabaseError) and not isinstance(
            exc, sqlite3.OperationalError)
        aside = f"; moved it to {_move_aside(self.path).name}" if damaged else ""
        warn(f"cache disabled for this run: {self.path} failed ({_reason(exc)}){aside}")

    def _connect_or_recreate(self) -> sqlite3.Connection:
        try:
            return self._connect_when_free()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            aside = _move_aside(self.path)
            warn(f"cache file {self.path} was unreadable ({_reason(exc)}); "
                 f"moved it to {aside.name} and started a new one")
            return self._connect()

    def _connect_when_free(self) -> sqlite3.Connection:
        """_connect, tried again a few times while another process holds the database: some
        lock waits (switching a new database to WAL) return at once instead of waiting out
        the busy timeout."""
        for attempt in range(CONNECT_ATTEMPTS):
            try:
                return self._connect()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == CONNECT_ATTEMPTS - 1:
                    raise
                time.sleep(0.1 * (attempt + 1))
        raise AssertionError("unreachable")

    def _connect(self) -> sqlite3.Connection:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            self._set_up(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _set_up(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"unknown cache schema version {version}")
            for table in TABLES:
                conn.execute(f"CREATE TABLE IF NOT EXISTS {table} "
                             "(key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")
            conn.execute("CREATE TABLE IF NOT EXISTS meta "
                         "(name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._check_key(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _check_key(self, conn: sqlite3.Connection) -> None:
        """A database written under another key holds nothing readable: empty it."""
        row = conn.execute("SELECT value FROM meta WHERE name = 'key_check'").fetchone()
        if row is not None and self._decrypt("key_check", "meta", row[0]) == KEY_CHECK:
            return
        if row is not None:
            warn(f"cache key changed; emptied the cache at {self.path}")
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('key_check', ?)",
                     (self._encrypt("key_check", "meta", KEY_CHECK),))


def _private_dir(folder: Path) -> None:
    """Create the folder 0700; an existing folder (say CODELEAK_CACHE_DIR=/tmp) is left as it
    is, since every file codeleak writes in it is 0600 anyway."""
    if folder.is_dir():
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)  # mkdir's mode is reduced by the umask


def _load_cipher(path: Path) -> AESGCM:
    """The AES-256-GCM key from `path`, created (0600, atomically) on first use."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _read_key(path)
    if key is None:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(AESGCM.generate_key(bit_length=256))
        try:
            _publish_key(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        key = _read_key(path)
        if key is None:
            raise OSError(f"cannot create the cache key file {path}")
    return AESGCM(key)


def _read_key(path: Path) -> bytes | None:
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        return None
    if len(key) == 32:
        return key
    warn(f"cache key file {path} is damaged; making a new key (cached rows become misses)")
    path.unlink(missing_ok=True)
    return None


def _publish_key(tmp: Path, path: Path) -> None:
    """Publish the key unless another process published one first: a link never overwrites."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        return


def _move_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return aside


def _batches(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
