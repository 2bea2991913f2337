"""The one seam through which work runs in parallel.

Stages never know how they are run. The orchestrator hands a picklable function and its
inputs to an ``Executor`` and gets results back as they finish. Today: in-process or a local
process pool; a distributed engine (Dask, Ray) only needs another class with ``imap``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Protocol, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class Executor(Protocol):
    def imap(self, fn: Callable[[In], Out], items: Iterable[In]) -> Iterator[Out]:
        """Apply ``fn`` to every item; yield results as they complete (any order)."""
        ...


class SerialExecutor:
    def imap(self, fn: Callable[[In], Out], items: Iterable[In]) -> Iterator[Out]:
        for item in items:
            yield fn(item)


class LocalPoolExecutor:
    """A process pool that keeps at most ``2 * workers`` tasks in flight (bounded memory)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def imap(self, fn: Callable[[In], Out], items: Iterable[In]) -> Iterator[Out]:
        pending: set[Future[Out]] = set()
        source = iter(items)
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            for item in source:
                pending.add(pool.submit(fn, item))
                if len(pending) >= 2 * self.workers:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (future.result() for future in done)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)


def make_executor(workers: int) -> Executor:
    return SerialExecutor() if workers <= 1 else LocalPoolExecutor(workers)
