"""The Ray engine: `codeleak scan --engine ray [--address ADDR]`.

Files are read here (the driver) and shipped to the cluster, so workers need no shared file
system. Parsing, extraction, classification and chunking run as Ray tasks, one per batch of
files. Embedding and inversion run on a pool of actors, each loading the embedder and inverter
once, fed with batches sized for the device. The corpus-wide half of the scan (cache, control
pairing, verdicts) stays here and calls the pool through proxies that look like the local
embedder and inverter, so both engines judge with the very same code.
"""
from __future__ import annotations

import copy
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import codeleak
from codeleak import pipeline
from codeleak.pipeline import analyse_batch, file_batches
from codeleak.config import Settings
from codeleak.engines.base import Repositories
from codeleak.engines.summary import summarise
from codeleak.errors import FatalError, MissingDependency
from codeleak.records import ScanReport, SourceFile

if TYPE_CHECKING:
    import numpy as np

    from codeleak.embedders.base import TokenCounter

EMBED_BATCH = {"cpu": 64, "cuda": 512}  # texts per actor call
INVERT_BATCH = {"cpu": 16, "cuda": 256}  # embeddings per actor call
T = TypeVar("T")


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise MissingDependency("ray", "ray") from None
    return ray


def device_kind(device: str) -> str:
    return "cuda" if device.startswith("cuda") else "cpu"


def batches_of(items: Any, size: int) -> list[Any]:
    """Consecutive slices of a list or an array, size rows each."""
    return [items[i:i + size] for i in range(0, len(items), size)]


class ModelWorker:
    """What each actor holds: one embedder and one inverter, loaded when the actor starts."""

    def __init__(self, settings: Settings, threads: int) -> None:
        if device_kind(settings.device) == "cpu":
            import torch

            torch.set_num_threads(max(1, threads))
        self.models = pipeline.Models(settings)
        self.info = (self.models.embedder.name, int(self.models.embedder.dim),
                     self.models.inverter.name)

    def describe(self) -> tuple[str, int, str]:
        return self.info

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.models.embedder.embed(list(texts))

    def embed_attack(self, texts: Sequence[str]) -> np.ndarray:
        return self.models.attack_embedder.embed(list(texts))

    def invert(self, embeddings: np.ndarray) -> list[str]:
        return self.models.inverter.invert(embeddings, self.models.attack_embedder)


@dataclass
class Pool:
    """A pool of ModelWorker actors and the batch sizes for its device."""

    actors: list[Any]
    embed_batch: int
    invert_batch: int

    def map(self, method: str, batches: Sequence[Any]) -> list[Any]:
        """Results of calling method on each batch, in order, spread over the actors."""
        from ray.util import ActorPool

        pool = ActorPool(self.actors)
        return list(pool.map(lambda actor, batch: getattr(actor, method).remote(batch),
                             list(batches)))


class PoolEmbedder:
    """Looks like the run's embedder to pipeline.embed_chunks and verdict; embeds on the pool."""

    def __init__(self, pool: Pool, name: str, dim: int, settings: Settings) -> None:
        from codeleak.embedders import get_embedder

        self.pool, self.name, self.dim, self._settings = pool, name, dim, settings
        self.method = "embed"  # the ModelWorker method that embeds
        self.max_tokens = get_embedder(settings.embedder, "cpu").max_tokens

    def at_precision(self, precision: str) -> PoolEmbedder:
        """Embeds with the workers' attack embedder (settings.precision) instead of fp32."""
        if precision == "fp32":
            return self
        twin = copy.copy(self)
        twin.method = "embed_attack"
        return twin

    def counter(self) -> TokenCounter:
        from codeleak.embedders import get_embedder

        return get_embedder(self._settings.embedder, "cpu").counter()

    def embed(self, texts: Sequence[str], *, batch_size: int = 0,
              progress: bool = False) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths batch well
        batches = batches_of([texts[i] for i in order], self.pool.embed_batch)
        stacked = np.concatenate(_call(lambda: self.pool.map(self.method, batches)))
        out = np.empty_like(stacked)
        out[order] = stacked
        return out


class PoolInverter:
    """Looks like the run's inverter to pipeline.invert_chunks and verdict; inverts on the pool."""

    ordered = True

    def __init__(self, pool: Pool, name: str) -> None:
        self.pool, self.name = pool, name

    def invert(self, embeddings: np.ndarray, embedder: object, *,
               progress: bool = False) -> list[str]:
        batches = batches_of(embeddings, self.pool.invert_batch)
        return [text for part in _call(lambda: self.pool.map("invert", batches)) for text in part]


def _call(fn: Callable[[], T]) -> T:
    """Run fn, turning an error raised on a worker into the error itself (a FatalError stays
    one clear line) and a lost worker into a FatalError."""
    ray = _ray()
    try:
        return fn()
    except ray.exceptions.RayTaskError as exc:
        cause = exc.cause if isinstance(exc.cause, BaseException) else None
        if isinstance(cause, FatalError):
            raise FatalError(str(cause)) from None
        raise FatalError(f"a Ray worker failed: {type(cause or exc).__name__}: "
                         f"{str(cause or exc).splitlines()[0] if str(cause or exc) else ''}"
                         ) from None
    except ray.exceptions.RayError as exc:
        raise FatalError(f"the Ray cluster failed: {type(exc).__name__}: "
                         f"{(str(exc).splitlines() or [''])[0]}") from None


def package_root() -> str:
    """The folder that holds the codeleak package, for workers' PYTHONPATH."""
    return str(Path(codeleak.__file__).resolve().parent.parent)


class RayEngine:
    name = "ray"

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        self.address = address
        self.workers = workers
        self._started_ray = False

    def connect(self) -> Any:
        """Join the cluster at address, or the one already joined, or start a local one."""
        ray = _ray()
        if ray.is_initialized():
            return ray
        env = {"env_vars": {"PYTHONPATH": os.pathsep.join(
            p for p in (package_root(), os.environ.get("PYTHONPATH", "")) if p)}}
        try:
            if self.address:
                ray.init(address=self.address, logging_level=logging.WARNING,
                         log_to_driver=False, runtime_env=env)
            else:
                ray.init(include_dashboard=False, logging_level=logging.WARNING,
                         log_to_driver=False, runtime_env=env)
        except (ConnectionError, ValueError, RuntimeError, TimeoutError) as exc:
            where = self.address or "a local cluster"
            raise FatalError(f"cannot start or join Ray at {where}: "
                             f"{(str(exc).splitlines() or [''])[0]}") from None
        self._started_ray = True
        return ray

    def scan(self, sources: Sequence[SourceFile], settings: Settings, *, progress: bool,
             repositories: Repositories | None = None) -> ScanReport:
        started = time.perf_counter()
        ray = self.connect()
        analyses = self.analyse(ray, sources, settings)
        pool, info = self.start_pool(ray, settings, bool(any(a.sensitive for a in analyses)))
        try:
            name, dim, inverter = info
            models = pipeline.Models(settings, PoolEmbedder(pool, name, dim, settings),
                                     PoolInverter(pool, inverter))
            report = pipeline.judge_analyses(analyses, settings, models, progress=progress,
                                             started=started)
        finally:
            for actor in pool.actors:
                ray.kill(actor)
        if repositories:
            report = replace(report, repositories=summarise(repositories, analyses, report))
        return report

    def analyse(self, ray: Any, sources: Sequence[SourceFile],
                settings: Settings) -> list[pipeline.FileAnalysis]:
        """The per-file half in Ray tasks. A task whose worker dies twice (Ray retries it once:
        a tree-sitter grammar crashing in native code does that) is analysed again here, apart,
        so that the file that crashes it is skipped with a note and the scan goes on."""
        task = ray.remote(num_cpus=1, max_retries=1)(analyse_batch)
        settings = pipeline.with_codenames(sources, settings)
        shared = ray.put(settings)
        batches = file_batches(sources)
        refs = [task.remote(batch, shared) for batch in batches]

        def analysed(batch: list[SourceFile], ref: Any) -> list[pipeline.FileAnalysis]:
            try:
                return ray.get(ref)  # type: ignore[no-any-return]
            except ray.exceptions.WorkerCrashedError:
                from codeleak.embedders import get_embedder

                counter = get_embedder(settings.embedder).counter()
                return pipeline.analyse_all(batch, settings, counter)

        return [a for batch, ref in zip(batches, refs)
                for a in _call(lambda: analysed(batch, ref))]

    def worker_count(self, ray: Any, gpu: bool) -> int:
        if self.workers:
            return self.workers
        resources = ray.cluster_resources()
        return max(1, int(resources.get("GPU" if gpu else "CPU", 1)))

    def start_pool(self, ray: Any, settings: Settings,
                   needed: bool) -> tuple[Pool, tuple[str, int, str]]:
        """The actor pool, each actor loading the models once; one actor when nothing needs
        embedding (the report still names the models)."""
        kind = device_kind(settings.device)
        gpu = kind == "cuda"
        count = self.worker_count(ray, gpu) if needed else 1
        actor_class = ray.remote(num_gpus=1 if gpu else 0, num_cpus=1, max_restarts=0)(
            ModelWorker)
        actors = [actor_class.remote(settings, 1) for _ in range(count)]
        try:
            infos = _call(lambda: ray.get([a.describe.remote() for a in actors]))
        except BaseException:
            for actor in actors:
                ray.kill(actor)
            raise
        return Pool(actors, EMBED_BATCH[kind], INVERT_BATCH[kind]), infos[0]

    def close(self) -> None:
        if self._started_ray:
            ray = _ray()
            ray.shutdown()
            self._started_ray = False
