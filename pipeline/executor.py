"""The one seam through which work runs in parallel.

Stages never know how they are run. The orchestrator hands a picklable function and its
inputs to an ``Executor`` and gets results back as they finish: in-process
(``SerialExecutor``), a local process pool (``LocalPoolExecutor``, the default) or a Dask
distributed cluster (``DaskExecutor``, ``--executor dask``). Results always come back to the
process that called ``imap``: the warehouse's single writer.

The local pool contains its workers: each runs one item at a time under an address-space
limit, an item that runs past the time limit has its worker killed, and a worker that dies
(a signal, the kernel's OOM killer, a crash in native code) costs only its own item: the
pool starts another worker and goes on. A busy worker may hold the next item, when it is
small (a path), in its pipe, so that it starts it without waiting for the parent to read the
result before; an item held so by a worker that is lost never started and goes to another. ``on_lost(item, reason)`` turns a lost item into a
result; without it the loss is raised as ``WorkerLostError``.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import multiprocessing
import os
import signal
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any, Generic, Protocol, TypeVar

from pipeline.errors import UsageError, WorkerLostError, one_line

In = TypeVar("In")
Out = TypeVar("Out")

class Executor(Protocol):
    @property
    def workers(self) -> int:
        """How many items run at once (fewer files than this: a file's pages are the items)."""
        ...

    def imap(
        self, fn: Callable[[In], Out], items: Iterable[In], on_lost: Callable[[In, str], Out] | None = None
    ) -> Iterator[Out]:
        """Apply ``fn`` to every item; yield results as they complete (any order). An item
        whose worker died or ran out of time gives ``on_lost(item, reason)``."""
        ...

    def close(self) -> None:
        """Let go of what the executor started (a cluster); it is not used again."""
        ...


class SerialExecutor:
    """In this process: no isolation, no limits (tests, one worker)."""

    workers = 1

    def close(self) -> None:
        pass

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
    items: collections.deque[In] = field(default_factory=collections.deque)  # sent: the first runs
    started: float = 0.0  # when the first of ``items`` started

    @property
    def busy(self) -> bool:
        return bool(self.items)


# An item whose pickle is at most this size may wait in a busy worker's pipe (one at most), so
# the worker starts it as soon as it sends the result before it, without waiting for this
# process to read that result and answer. A bigger item (a page image) is only sent to an idle
# worker: the pipe could not hold it while the worker writes its result.
AHEAD_BYTES = 16 * 1024


class LocalPoolExecutor:
    """At most ``workers`` processes, each running one item at a time (and holding at most one
    small item more, queued in its pipe, not yet started)."""

    def __init__(self, workers: int, memory_limit_mb: int | None = None, timeout_s: float | None = None) -> None:
        self.workers = workers
        self.memory_limit_mb = memory_limit_mb
        self.timeout_s = timeout_s

    def close(self) -> None:
        pass  # workers live only while ``imap`` runs

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
        again: collections.deque[tuple[In, bytes]] = collections.deque()  # queued on a worker that was lost
        pool: list[_Worker[In]] = []
        exhausted = False

        lost = functools.partial(_lost, on_lost)

        def next_item() -> tuple[In, bytes] | None:
            nonlocal exhausted
            if again:
                return again.popleft()
            if exhausted:
                return None
            try:
                item = next(source)
            except StopIteration:
                exhausted = True
                return None
            return item, bytes(ForkingPickler.dumps(item))

        def send(worker: _Worker[In], item: In, data: bytes) -> None:
            if not worker.items:
                worker.started = time.monotonic()
            worker.items.append(item)
            with contextlib.suppress(OSError):  # it just died: found below, and a held item goes on
                worker.conn.send_bytes(data)

        held: tuple[In, bytes] | None = None  # taken, too big to queue behind a running item
        try:
            while True:
                # Hand an item to every idle worker (starting workers as needed), then one more
                # small item to each busy worker that has none waiting.
                while True:
                    idle = next((w for w in pool if not w.busy), None)
                    if idle is None and len(pool) >= self.workers:
                        break
                    taken = held or next_item()
                    held = None
                    if taken is None:
                        break
                    if idle is None:
                        idle = self._start(fn)
                        pool.append(idle)
                    send(idle, *taken)
                for worker in pool:
                    if held is not None or len(worker.items) != 1:
                        continue
                    taken = next_item()
                    if taken is None:
                        break
                    if len(taken[1]) > AHEAD_BYTES:
                        held = taken  # waits for an idle worker
                        break
                    send(worker, *taken)
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
                            worker.items.popleft()
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
                    done = worker.items.popleft()
                    worker.started = time.monotonic()  # the queued item, if any, starts now
                    if not result[0]:
                        # dead, killed or out of memory: a fresh one replaces it, and the item
                        # that waited in its pipe (never started) goes to another worker
                        again.extend((item, bytes(ForkingPickler.dumps(item))) for item in worker.items)
                        worker.items.clear()
                        pool.remove(worker)
                        self._stop(worker, kill=True)
                    yield result[1] if result[0] else lost(done, result[1])  # type: ignore[arg-type]
        finally:
            for worker in pool:
                self._stop(worker, kill=worker.busy)


class DaskExecutor:
    """Items as tasks on a Dask distributed cluster: the one at ``scheduler``
    (``tcp://host:8786``), or a ``LocalCluster`` of ``workers`` processes (one thread each)
    started on first use and closed by ``close``.

    At most two items per worker thread are out at once and each result is let go once it is
    yielded, so memory stays flat however many items there are. A task whose worker dies is
    run again on another worker by the scheduler (up to its ``allowed-failures``, 3 by
    default, then ``on_lost(item, ...)``); a task that raises is tried ``retries`` more times.
    ``timeout_s`` counts from when an item is handed to the cluster: one not back by then is
    cancelled and given to ``on_lost`` (Dask cannot stop a running task: its thread stays busy
    until the task returns). ``memory_limit_mb`` is each local worker's memory (Dask's nanny
    restarts a worker that goes over it); on an existing cluster, its workers' own limits hold.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int = 2,
        retries: int = 2,
        timeout_s: float | None = None,
        memory_limit_mb: int | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.n_workers = max(1, workers)
        self.retries = retries
        self.timeout_s = timeout_s
        self.memory_limit_mb = memory_limit_mb
        self._client: Any = None
        self._cluster: Any = None

    @property
    def client(self) -> Any:
        """The ``distributed.Client``, connecting (or starting the local cluster) on first use."""
        if self._client is None:
            self._client, self._cluster = _dask_client(self.scheduler, self.n_workers, self.memory_limit_mb)
        return self._client

    @property
    def workers(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def imap(
        self, fn: Callable[[In], Out], items: Iterable[In], on_lost: Callable[[In, str], Out] | None = None
    ) -> Iterator[Out]:
        from distributed import wait
        from distributed.client import FIRST_COMPLETED

        client = self.client
        width = 2 * self.workers
        source = iter(items)
        pending: dict[Any, tuple[In, float, int]] = {}  # future -> (item, when handed out, tries)

        def submit(item: In, tries: int = 0) -> None:
            with warnings.catch_warnings():  # a page image to OCR is tens of MB: that is the task
                warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)
                future = client.submit(fn, item, retries=self.retries, pure=False)
            pending[future] = (item, time.monotonic(), tries)

        lost = functools.partial(_lost, on_lost)

        try:
            while True:
                for item in source:
                    submit(item)
                    if len(pending) >= width:
                        break
                if not pending:
                    return
                timeout = None
                if self.timeout_s:
                    timeout = max(0.0, min(t for _, t, _ in pending.values()) + self.timeout_s - time.monotonic())
                try:
                    finished = wait(list(pending), timeout=timeout, return_when=FIRST_COMPLETED).done
                except TimeoutError:
                    finished = set()
                now = time.monotonic()
                for future in list(pending):
                    item, started, tries = pending[future]
                    if future in finished:
                        del pending[future]
                        kind, value = self._settle(future)
                        if kind == "again" and tries < self.retries:
                            submit(item, tries + 1)  # cancelled by the cluster as it lost a worker
                        else:
                            yield value if kind == "ok" else lost(item, value)
                    elif self.timeout_s and now - started >= self.timeout_s:
                        del pending[future]
                        future.cancel()
                        yield lost(item, f"timed out after {self.timeout_s:g} s (--timeout)")
        finally:
            with contextlib.suppress(Exception):  # the client may be closed already
                client.cancel(list(pending))

    @staticmethod
    def _settle(future: Any) -> tuple[str, Any]:
        """What a finished future holds: ``("ok", result)``; ``("lost", reason)``: its workers
        kept dying, or it ran out of memory; ``("again", reason)``: the scheduler cancelled it
        (a race while it loses a worker), worth submitting again. An error the task raised
        (after its retries) is raised here."""
        from distributed import KilledWorker

        try:
            if future.status == "finished":
                with contextlib.suppress(CancelledError):
                    return "ok", future.result()
            error = future.exception() if future.status == "error" else None
        finally:
            future.release()
        if isinstance(error, KilledWorker):
            return "lost", f"worker died: {error.allowed_failures + 1} Dask workers were lost running it"
        if isinstance(error, MemoryError):
            return "lost", "out of memory"
        if error is None:
            why = getattr(getattr(future, "_state", None), "exception", None)
            return "again", one_line(f"worker died: the Dask task was cancelled ({why})")
        raise error

    def close(self) -> None:
        client, cluster, self._client, self._cluster = self._client, self._cluster, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


def _dask_client(scheduler: str | None, workers: int, memory_limit_mb: int | None) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers``
    single-threaded processes; and that local cluster (``None`` for an existing one)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "--executor dask needs Dask: pip install 'saraban[dask]' (dask[distributed])"
        ) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as err:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            client.close()
            raise UsageError(f"the Dask scheduler at {scheduler} has no workers (waited 60 s)") from None
        return client, None
    import dask

    # A worker that dies is restarted by its nanny; the local cluster would close that nanny for
    # good if the worker were down when a timer from an earlier death (15 s) fires, and a
    # cluster whose workers keep dying would shrink to nothing and wait forever.
    dask.config.set({"distributed.deploy.lost-worker-timeout": "1h"})
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        memory_limit=f"{memory_limit_mb}MiB" if memory_limit_mb else 0,
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


EXECUTORS = ("local", "dask")


def make_executor(
    workers: int,
    memory_limit_mb: int | None = None,
    timeout_s: float | None = None,
    *,
    kind: str = "local",
    scheduler: str | None = None,
    retries: int = 2,
) -> Executor:
    """``kind`` ``local``: in this process (one worker) or a local pool; ``dask``: a Dask
    cluster (``scheduler``, or a local one of ``workers`` processes)."""
    if kind == "dask":
        return DaskExecutor(scheduler, workers, retries, timeout_s, memory_limit_mb)
    if kind != "local":
        raise UsageError(f"unknown executor {kind!r}: one of {', '.join(EXECUTORS)}")
    return SerialExecutor() if workers <= 1 else LocalPoolExecutor(workers, memory_limit_mb, timeout_s)


def _lost(on_lost: Callable[[In, str], Out] | None, item: In, reason: str) -> Out:
    """What a lost item becomes: ``on_lost``'s answer, or ``WorkerLostError`` without one."""
    if on_lost is None:
        raise WorkerLostError(reason)
    return on_lost(item, reason)
