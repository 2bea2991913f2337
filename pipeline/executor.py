"""The one seam through which work runs in parallel.

Stages never know how they are run. The orchestrator hands a picklable function and its
inputs to an ``Executor`` and gets results back as they finish. Today: in-process or a local
process pool; a distributed engine (Dask, Ray) only needs another class with ``imap``.

The local pool contains its workers: each runs one item at a time under an address-space
limit, an item that runs past the time limit has its worker killed, and a worker that dies
(a signal, the kernel's OOM killer, a crash in native code) costs only its own item: the
pool starts another worker and goes on. ``on_lost(item, reason)`` turns a lost item into a
result; without it the loss is raised as ``WorkerLostError``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, Protocol, TypeVar

from pipeline.errors import WorkerLostError, one_line

In = TypeVar("In")
Out = TypeVar("Out")

LostHandler = Callable[[Any, str], Any]


class Executor(Protocol):
    def imap(
        self, fn: Callable[[In], Out], items: Iterable[In], on_lost: Callable[[In, str], Out] | None = None
    ) -> Iterator[Out]:
        """Apply ``fn`` to every item; yield results as they complete (any order). An item
        whose worker died or ran out of time gives ``on_lost(item, reason)``."""
        ...


class SerialExecutor:
    """In this process: no isolation, no limits (tests, one worker)."""

    def imap(
        self, fn: Callable[[In], Out], items: Iterable[In], on_lost: Callable[[In, str], Out] | None = None
    ) -> Iterator[Out]:
        for item in items:
            try:
                result = fn(item)
            except MemoryError:
                if on_lost is None:
                    raise
                result = on_lost(item, "out of memory")
            yield result


def address_space() -> int:
    """This process's virtual size in bytes (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def set_memory_limit(limit_mb: int | None) -> None:
    """Let this process's address space grow by at most ``limit_mb`` (children such as
    tesseract inherit the cap). A forked worker starts with its parent's libraries and
    reservations (about 1 GB of address space, little of it resident), so the limit counts
    what the worker adds: its resident memory stays under it."""
    if not limit_mb:
        return
    import resource

    limit = address_space() + limit_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _worker_main(conn: Connection, fn: Callable[[Any], Any], memory_mb: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    set_memory_limit(memory_mb)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        out_of_memory = ("lost", f"out of memory (over the {memory_mb} MB limit, --memory-limit)")
        try:
            reply: tuple[str, Any] = ("ok", fn(item))
        except MemoryError:
            reply = out_of_memory
        except BaseException as err:  # sent back to the parent as it is
            reply = ("raise", err)
        try:
            conn.send(reply)
        except MemoryError:
            reply = out_of_memory
            conn.send(reply)
        except Exception as err:  # an unpicklable exception or result
            conn.send(("raise", RuntimeError(one_line(f"{type(err).__name__}: {err}"))))
        if reply is out_of_memory:
            return  # what failed to allocate may stay reserved: the parent starts a fresh worker


def describe_exit(exitcode: int | None) -> str:
    """'worker died: signal 9' (killed) or 'worker died: exit status 3'."""
    if exitcode is not None and exitcode < 0:
        return f"worker died: signal {-exitcode}"
    return f"worker died: exit status {exitcode}"


@dataclass
class _Worker(Generic[In]):
    process: BaseProcess
    conn: Connection
    item: In | None = None
    busy: bool = False
    started: float = 0.0


class LocalPoolExecutor:
    """At most ``workers`` processes, each running one item at a time."""

    def __init__(self, workers: int, memory_limit_mb: int | None = None, timeout_s: float | None = None) -> None:
        self.workers = workers
        self.memory_limit_mb = memory_limit_mb
        self.timeout_s = timeout_s

    def _start(self, fn: Callable[[Any], Any]) -> _Worker[Any]:
        parent, child = multiprocessing.Pipe()
        process = multiprocessing.Process(target=_worker_main, args=(child, fn, self.memory_limit_mb), daemon=True)
        process.start()
        child.close()
        return _Worker(process=process, conn=parent)

    @staticmethod
    def _stop(worker: _Worker[Any], kill: bool = False) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        elif not kill:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)  # later workers hold a copy of this pipe: EOF may never come
        worker.conn.close()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()

    def imap(
        self, fn: Callable[[In], Out], items: Iterable[In], on_lost: Callable[[In, str], Out] | None = None
    ) -> Iterator[Out]:
        source = iter(items)
        pool: list[_Worker[In]] = []
        exhausted = False

        def lost(item: In, reason: str) -> Out:
            if on_lost is None:
                raise WorkerLostError(reason)
            return on_lost(item, reason)

        try:
            while True:
                # Hand an item to every idle worker, starting workers as needed.
                while not exhausted and sum(w.busy for w in pool) < self.workers:
                    worker = next((w for w in pool if not w.busy), None)
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    if worker is None:
                        worker = self._start(fn)
                        pool.append(worker)
                    worker.item, worker.busy, worker.started = item, True, time.monotonic()
                    worker.conn.send(item)
                busy = [w for w in pool if w.busy]
                if not busy:
                    return
                timeout = None
                if self.timeout_s:
                    timeout = max(0.0, min(w.started for w in busy) + self.timeout_s - time.monotonic())
                wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=timeout)
                for worker in busy:
                    result: tuple[bool, Any] | None = None
                    if worker.conn.poll():
                        try:
                            kind, value = worker.conn.recv()
                        except (EOFError, OSError):
                            worker.process.join(timeout=5)
                            kind, value = "lost", describe_exit(worker.process.exitcode)
                        if kind == "ok":
                            result = (True, value)
                        elif kind == "raise":
                            worker.busy = False
                            raise value
                        else:
                            result = (False, value)
                    elif not worker.process.is_alive():
                        worker.process.join()
                        result = (False, describe_exit(worker.process.exitcode))
                    elif self.timeout_s and time.monotonic() - worker.started >= self.timeout_s:
                        worker.process.kill()
                        worker.process.join()
                        result = (False, f"timed out after {self.timeout_s:g} s (--timeout)")
                    if result is None:
                        continue
                    done = worker.item
                    worker.busy, worker.item = False, None
                    if not result[0]:
                        pool.remove(worker)  # dead, killed or out of memory: a fresh one replaces it
                        self._stop(worker, kill=True)
                    yield result[1] if result[0] else lost(done, result[1])  # type: ignore[arg-type]
        finally:
            for worker in pool:
                self._stop(worker, kill=worker.busy)


def make_executor(workers: int, memory_limit_mb: int | None = None, timeout_s: float | None = None) -> Executor:
    return SerialExecutor() if workers <= 1 else LocalPoolExecutor(workers, memory_limit_mb, timeout_s)
