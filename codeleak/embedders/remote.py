"""An OpenAI-compatible embeddings endpoint, used only when the user configures one.

Configured by `--embedder openai:MODEL` plus the environment: CODELEAK_EMBEDDER_URL (the API base,
e.g. https://api.example.com/v1) and CODELEAK_EMBEDDER_KEY. Chunk texts are sent to that endpoint,
which is the point: it is the embedder the user's RAG pipeline really uses.
"""
from __future__ import annotations

import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from typing import TYPE_CHECKING

from codeleak.errors import FatalError

if TYPE_CHECKING:
    import numpy as np

    from codeleak.embedders.base import TokenCounter

URL_ENV = "CODELEAK_EMBEDDER_URL"
KEY_ENV = "CODELEAK_EMBEDDER_KEY"


class RemoteEmbedder:
    """POSTs batches of texts to `{url}/embeddings` and returns the vectors in input order."""

    def __init__(self, model: str, url: str, key: str, *, max_tokens: int = 8191,
                 timeout: float = 60.0) -> None:
        self.name = f"openai:{model}"
        self.model = model
        self.url = checked_url(url).rstrip("/") + "/embeddings"
        self.shown_url = redacted(self.url)  # what messages name: no user, password or query
        self.key = key
        self.max_tokens = max_tokens
        self.timeout = timeout
        self._dim = 0

    @property
    def dim(self) -> int:
        """The endpoint's vector size, asked once with a probe text when not yet known."""
        if not self._dim:
            self._dim = int(self._post(["dimension probe"]).shape[1])
        return self._dim

    @dim.setter
    def dim(self, value: int) -> None:
        self._dim = value

    def counter(self) -> TokenCounter:
        """The default tokenizer: the remote one is unknown here, so chunk sizes are approximate."""
        from codeleak.tokenizer import default_counter

        return default_counter()

    def _post(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        body = json.dumps({"model": self.model, "input": texts}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {self.key}"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = json.loads(response.read())
        except http.client.InvalidURL:  # its text names the URL: say only which variable
            raise FatalError(f"{URL_ENV} is not a valid URL") from None
        except (OSError, http.client.HTTPException, json.JSONDecodeError) as exc:
            raise FatalError(f"embedding endpoint {self.shown_url} failed: {exc}") from None
        rows = sorted(data.get("data", []), key=lambda row: row.get("index", 0))
        if len(rows) != len(texts):
            raise FatalError(f"embedding endpoint {self.shown_url} returned {len(rows)} vectors "
                             f"for {len(texts)} texts")
        return np.asarray([row["embedding"] for row in rows], dtype=np.float32)

    def embed(self, texts: Sequence[str], *, batch_size: int = 64,
              progress: bool = False) -> np.ndarray:
        import numpy as np
        from tqdm import tqdm

        parts = [self._post(list(texts[i:i + batch_size]))
                 for i in tqdm(range(0, len(texts), batch_size), desc="embed", unit="batch",
                               disable=not progress)]
        if not parts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.concatenate(parts)
        self._dim = out.shape[1]
        return out


def checked_url(url: str) -> str:
    """The API base, once it is an http(s) URL with a host and no credential in it; else a
    FatalError that names no more of it than its scheme and host (the URL may hold a token)."""
    url = url.strip()
    try:
        parts = urllib.parse.urlsplit(url)
        host, _ = parts.hostname, parts.port  # .port checks the port
    except ValueError:  # a bracket left open, a port that is no number: its text quotes the URL
        raise FatalError(f"{URL_ENV} is not a valid URL (expected e.g. "
                         "https://api.example.com/v1)") from None
    if parts.scheme not in ("http", "https") or not host:
        raise FatalError(f"{URL_ENV} is not an http(s) URL (expected e.g. "
                         "https://api.example.com/v1)")
    if any(c.isspace() or not c.isprintable() for c in url):
        raise FatalError(f"{URL_ENV} is not a valid URL: it holds spaces or control characters")
    if parts.username is not None or parts.password is not None:
        shown = urllib.parse.urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], "", "",
                                         ""))
        raise FatalError(f"{URL_ENV} holds a user name or password before its host ({shown}): "
                         f"put the API key in {KEY_ENV}, not in the URL")
    return url


def redacted(url: str) -> str:
    """The URL without what may be a credential: the user and password before its host, and its
    query (`?api-key=...`)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def remote_from_env(model: str) -> RemoteEmbedder:
    url = os.environ.get(URL_ENV, "")
    key = os.environ.get(KEY_ENV, "")
    if not url or not key:
        raise FatalError(f"embedder openai:{model} needs {URL_ENV} (API base URL) and "
                         f"{KEY_ENV} (API key) in the environment")
    return RemoteEmbedder(model, url, key)
