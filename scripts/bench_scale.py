"""Scale benchmark: N generated text sources through the real ``ingest``, 2 workers.

    python scripts/bench_scale.py [N[,N...]] [--tree DIR ...] [--workers 2[,1]]

``make bench`` runs it at 1,000 and 10,000 sources with 2 workers and then 1 (``make bench
SCALE=1000`` for the short one). Copies ``samples/*.txt`` N times (a counter line appended, so every sha256 differs) into a
scratch folder, then for each code tree (default: this one) runs ``ingest`` in a fresh child
process and reports files/s, pages/s, the main process's CPU busy share, the peak RSS of the
process tree (main + workers, sampled every 0.1 s from /proc), the cost per file of the last
1,000 against the first 1,000 (a quarter of N when N is under 4,000), the warehouse size and
the time of an unchanged re-run. ``--workers 2,1`` runs each tree with 2 workers, then 1, and
gives the speed-up. Each figure is printed beside the target issue 14 set for it. Trees run one after the other in the same invocation, so their figures
compare on a machine whose absolute speed wanders.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 1000


def make_corpus(folder: Path, n: int) -> list[Path]:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    texts = [(p, p.read_bytes()) for p in samples]
    files = []
    for i in range(n):
        src, data = texts[i % len(texts)]
        path = folder / f"{i:06d}_{src.name}"
        if src.name.endswith("_cp874.txt"):
            path.write_bytes(data + f"\n{i}\n".encode("ascii"))
        else:
            path.write_bytes(data + f"\n{i}\n".encode())
        files.append(path)
    return files


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total


def window(n: int) -> int:
    """Files in the first and in the last window compared: 1,000, or a quarter of a small run."""
    return max(1, min(WINDOW, n // 4))


def child(folder: str, db: str, workers: int) -> None:
    """Run in the tree under test (its PYTHONPATH): ingest, print one JSON line."""
    import resource

    from pipeline.config import Settings
    from pipeline.run import ingest

    stamps: list[float] = []
    settings = Settings(workers=workers, ocr_cache_dir=None)
    start = time.perf_counter()
    cpu0 = time.process_time()
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = ingest([Path(folder)], db, settings, on_result=lambda _r: stamps.append(time.perf_counter()))
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = (kids1.ru_utime + kids1.ru_stime) - (kids0.ru_utime + kids0.ru_stime)
    w = window(len(stamps))
    first = (stamps[w - 1] - start) / w if len(stamps) >= 2 * w else 0.0
    last = (stamps[-1] - stamps[-w - 1]) / w if len(stamps) >= 2 * w else 0.0
    t0 = time.perf_counter()
    again = ingest([Path(folder)], db, settings)
    rerun = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "files": summary.sources,
                "workers": workers,
                "loaded": summary.loaded,
                "failed": len(summary.failures),
                "pages": summary.row_counts.get("pages", 0),
                "wall": wall,
                "busy": cpu / wall,
                "cores": (cpu + workers_cpu) / wall,  # CPU used by main and workers over wall time
                "cpu_per_file": (cpu + workers_cpu) / max(1, summary.sources),
                "first": first,
                "last": last,
                "rerun": rerun,
                "rerun_unchanged": again.unchanged,
                "self_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                "rows": sum(summary.row_counts.values()),
                "rows_after_rerun": sum(again.row_counts.values()),
            }
        )
    )


def run_tree(tree: Path, folder: Path, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.duckdb"
        env = {**os.environ, "PYTHONPATH": str(tree)}
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder), str(db), str(workers)]
        proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.PIPE, text=True)
        peak = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, _tree_rss(proc.pid))
                stop.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, _ = proc.communicate()
        stop.set()
        sampler.join()
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{tree}: exit {proc.returncode}")
        result = json.loads(out.strip().splitlines()[-1])
        result["peak_tree"] = peak
        result["db_mb"] = db.stat().st_size / 2**20 if db.exists() else 0.0
        return result


def report(tree: Path, r: dict[str, float]) -> str:
    growth = r["last"] / r["first"] if r["first"] else float("nan")
    w = window(int(r["files"]))
    return (
        f"{tree} ({r['workers']:.0f} workers): {r['files']:.0f} files ({r['failed']:.0f} failed), {r['pages']:.0f} pages in {r['wall']:.1f} s: "
        f"{r['files'] / r['wall']:.1f} files/s, {r['pages'] / r['wall']:.1f} pages/s; main busy {r['busy']:.0%}, "
        f"{r['cores']:.2f} cores used, {r['cpu_per_file'] * 1000:.1f} ms CPU a file; "
        f"peak RSS tree {r['peak_tree'] / 2**20:.0f} MiB (main {r['self_maxrss'] / 2**20:.0f}); "
        f"per file first {w} {r['first'] * 1000:.1f} ms, last {w} {r['last'] * 1000:.1f} ms "
        f"(x{growth:.2f}); warehouse {r['db_mb']:.1f} MB; unchanged re-run {r['rerun']:.1f} s "
        f"({r['rerun'] / r['wall']:.1%}), rows {r['rows']:.0f} -> {r['rows_after_rerun']:.0f}"
    )


TARGETS = "targets (issue 14, at 10,000): >= 150 pages/s, last/first <= 1.10, peak RSS of the tree < 500 MiB, re-run < 5%, 2 workers >= 1.8x one"


def verdict(r: dict[str, float], speedup: float | None) -> str:
    """The run's figures against issue 14's targets, each with ok or MISSED."""
    checks = [
        ("pages/s", r["pages"] / r["wall"], r["pages"] / r["wall"] >= 150, "{:.0f}"),
        ("last/first", r["last"] / r["first"] if r["first"] else float("nan"), bool(r["first"]) and r["last"] / r["first"] <= 1.1, "{:.2f}"),
        ("peak RSS MiB", r["peak_tree"] / 2**20, r["peak_tree"] < 500 * 2**20, "{:.0f}"),
        ("re-run share", r["rerun"] / r["wall"], r["rerun"] / r["wall"] < 0.05 and r["rows"] == r["rows_after_rerun"], "{:.1%}"),
    ]
    if speedup is not None:
        checks.append(("2 workers / 1", speedup, speedup >= 1.8, "{:.2f}x"))
    return "; ".join(f"{name} {fmt.format(value)} {'ok' if good else 'MISSED'}" for name, value, good, fmt in checks)


def run_size(n: int, trees: list[Path], workers: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="saraban-scale-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, n)
        results = []
        for tree in trees:
            for count in workers:
                results.append((tree, run_tree(tree, folder, count)))
                print(report(tree, results[-1][1]), flush=True)
    for tree in trees:
        mine = [r for t, r in results if t == tree]
        speedup = mine[1]["wall"] / mine[0]["wall"] if len(workers) > 1 else None
        if speedup is not None:
            print(f"{tree}: {workers[0]} workers against {workers[1]}: x{speedup:.2f}")
        print(f"{tree}, {n} sources, {workers[0]} workers: {verdict(mine[0], speedup)}")
    by_tree = [(t, r) for t, r in results if r["workers"] == workers[0]]
    if len(by_tree) > 1:
        (t0, r0), *rest = by_tree
        for tree, r in rest:
            print(
                f"{tree} against {t0}: files/s x{r0['wall'] / r['wall']:.2f}, "
                f"peak RSS x{r['peak_tree'] / r0['peak_tree']:.2f}, main busy {r0['busy']:.0%} -> {r['busy']:.0%}"
            )


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--child":
        child(argv[1], argv[2], int(argv[3]))
        return 0
    sizes = [int(n) for n in argv[0].split(",")] if argv and argv[0].replace(",", "").isdigit() else [2000]
    trees = [Path(a) for i, a in enumerate(argv) if i and argv[i - 1] == "--tree"] or [ROOT]
    counts = next((a for i, a in enumerate(argv) if i and argv[i - 1] == "--workers"), "2")
    workers = [int(w) for w in counts.split(",")]
    print(TARGETS, flush=True)
    for n in sizes:
        run_size(n, trees, workers)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
