"""``--executor dask``: sources run as tasks on a Dask cluster (a ``LocalCluster`` here), the
warehouse is written by the ``saraban`` process alone and comes out identical to a local run;
a worker killed mid-run costs nothing but a retry."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

import pipeline.run
from pipeline.config import Settings
from pipeline.errors import WorkerLostError
from pipeline.executor import DaskExecutor
from pipeline.run import SourceResult, ingest, process_path
from schemas import ALL_TABLES
from tests.conftest import SAMPLES, run_cli

distributed = pytest.importorskip("distributed", reason="needs dask[distributed] (a dev dependency)")
dask = pytest.importorskip("dask")

TEXTS = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Two single-threaded worker processes started in another folder than the tests', as
    workers on other machines are: relative paths must still be read from the caller's."""
    elsewhere = tmp_path_factory.mktemp("dask-workers")
    here = os.getcwd()
    # workers are killed here one after the other: their nannies must not be closed for good
    # when a worker is still restarting 15 s after the one before died
    with dask.config.set({"distributed.deploy.lost-worker-timeout": "1h"}):
        os.chdir(elsewhere)
        try:
            local = distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
            )
        finally:
            os.chdir(here)
        try:
            yield local
        finally:
            local.close()


def _tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without the columns that hold the time of the run."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {}
        for model in ALL_TABLES:
            columns = [
                f'"{name}"'
                for name, kind in con.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position",
                    [model.__table__],
                ).fetchall()
                if not kind.startswith("TIMESTAMP")
            ]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {model.__table__}").fetchall()
            tables[model.__table__] = sorted(rows, key=repr)
        return tables
    finally:
        con.close()


def test_a_local_dask_cluster_writes_the_warehouse_the_local_run_writes(tmp_path: Path) -> None:
    inputs = [*TEXTS, tmp_path / "notes.txt"]  # and one that fails: its failure is the same too
    inputs[-1].write_text("minutes to follow\n", encoding="utf-8")
    local = ingest(inputs, tmp_path / "local.duckdb", Settings(workers=1, ocr_cache_dir=None))
    done = run_cli(
        "ingest", *map(str, inputs), "--db", str(tmp_path / "dask.duckdb"), "--executor", "dask", "--workers", "2",
        "--ocr-cache", str(tmp_path / "ocr"),
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # notes.txt failed, the rest loaded
    assert f"{len(TEXTS)}/{len(inputs)} sources loaded" in done.stdout
    assert "Traceback" not in done.stderr
    assert local.loaded == len(TEXTS) and len(local.failures) == 1
    ours, theirs = _tables(tmp_path / "local.duckdb"), _tables(tmp_path / "dask.duckdb")
    assert ours["documents"] and ours["sources"]
    for table, rows in ours.items():
        assert theirs[table] == rows, table


def _corpus(folder: Path, n: int) -> list[Path]:
    """``n`` text sources: the samples copied with a counter line, so each has its own sha256."""
    folder.mkdir()
    files = []
    for i in range(n):
        src = TEXTS[i % len(TEXTS)]
        path = folder / f"{i:04d}_{src.name}"
        path.write_bytes(src.read_bytes() + f"\n{i}\n".encode("ascii"))
        files.append(path)
    return files


async def _exit_now() -> None:
    """Run on a worker by ``client.run``: the worker process ends at once, as on a crash."""
    os._exit(1)


def _slow_process_path(path: Path, settings: Settings, executor: Any = None, *, folder: str | None = None) -> SourceResult:
    """``process_path`` taking at least 0.3 s a source, so that workers are busy when one is killed."""
    time.sleep(0.3)
    return process_path(path, settings, executor, folder=folder)


def test_a_worker_killed_mid_run_and_the_run_still_completes(
    cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = 16
    files = _corpus(tmp_path / "in", n)
    monkeypatch.chdir(tmp_path)  # relative paths, read by workers that run in another folder
    relative = [path.relative_to(tmp_path) for path in files]
    monkeypatch.setattr(pipeline.run, "process_path", _slow_process_path)
    client = distributed.Client(cluster)
    removed_before = client.run_on_scheduler(lambda dask_scheduler: dask_scheduler._workers_removed_total)
    killed: list[str] = []
    tried: list[bool] = []

    def kill_one_worker(result: SourceResult) -> None:
        """At the first results loaded (0.3 s in), kill a worker that has a source in hand."""
        if tried:
            return
        tried.append(True)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            busy = [address for address, keys in client.processing().items() if keys]
            if busy:
                client.run(_exit_now, workers=[busy[0]], wait=False)
                killed.append(busy[0])
                return
            time.sleep(0.01)

    settings = Settings(
        workers=2, executor="dask", scheduler=cluster.scheduler_address, ocr_cache_dir=None, load_batch_seconds=0.3
    )
    try:
        summary = ingest(relative, tmp_path / "w.duckdb", settings, on_result=kill_one_worker)
        assert killed, "no worker had a source in hand to be killed"
        assert (summary.loaded, summary.failures) == (n, [])
        removed = client.run_on_scheduler(lambda dask_scheduler: dask_scheduler._workers_removed_total)
        assert removed > removed_before  # the scheduler lost the worker and ran its tasks elsewhere
        con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
        try:
            paths = {path for (path,) in con.execute("SELECT path FROM sources WHERE status <> 'failed'").fetchall()}
        finally:
            con.close()
        assert paths == {str(path) for path in relative}  # the paths as given, one source each
        client.wait_for_workers(2, timeout=60)  # the nanny's replacement, for the tests after
    finally:
        client.close()


def _slow(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _fails(item: str) -> str:
    raise ValueError(f"bad item {item}")


def _dies(item: str) -> str:
    os._exit(3)


def test_an_item_past_the_timeout_is_lost_and_an_error_is_raised(cluster: Any) -> None:
    executor = DaskExecutor(cluster.scheduler_address, timeout_s=0.5)
    try:
        results = sorted(map(str, executor.imap(_slow, [0.0, 2.0], on_lost=lambda item, reason: reason)))
        assert results == ["0.0", "timed out after 0.5 s (--timeout)"]
    finally:
        executor.close()
    executor = DaskExecutor(cluster.scheduler_address, retries=1)
    try:  # a task that raises is tried again, then its error is the caller's (a bug, not a lost source)
        with pytest.raises(ValueError, match="bad item x"):
            list(executor.imap(_fails, ["x"]))
    finally:
        executor.close()


def test_an_item_that_kills_every_worker_it_runs_on_is_lost(cluster: Any) -> None:
    client = distributed.Client(cluster)
    allowed = client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.allowed_failures)
    client.run_on_scheduler(lambda dask_scheduler: setattr(dask_scheduler, "allowed_failures", 0))
    executor = DaskExecutor(cluster.scheduler_address)
    try:
        assert list(executor.imap(_dies, ["a"], on_lost=lambda item, reason: f"{item}: {reason}")) == [
            "a: worker died: 1 Dask workers were lost running it"
        ]
        with pytest.raises(WorkerLostError):
            list(executor.imap(_dies, ["b"]))
    finally:
        executor.close()
        client.run_on_scheduler(lambda dask_scheduler: setattr(dask_scheduler, "allowed_failures", allowed))
        client.wait_for_workers(2, timeout=60)
        client.close()


def test_scheduler_is_a_dask_option() -> None:
    done = run_cli("ingest", str(TEXTS[0]), "--executor", "local", "--scheduler", "tcp://127.0.0.1:8786")
    assert done.returncode == 2 and "--executor dask" in done.stderr
