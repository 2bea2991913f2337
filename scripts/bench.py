"""Throughput, OCR overhead and peak memory (``make bench``, a few minutes on 2 cores).

- pages per second for text files, text-layer PDFs and scanned PDFs (OCR cache off), with 1
  and with 2 workers, through the real ``ingest`` into a scratch warehouse;
- our whole OCR path (``pipeline.ocr.ocr_page``: prepare, erase rulings and dotted lines,
  tesseract, re-read digits, lay out, repair) against the bare ``tesseract`` CLI on the same
  rendered pages with the same ``--psm`` (the issue's target: ratio <= 1.2), and the time
  the Thai-digit re-reading takes of it;
- N generated text sources (``SCALE_FILES``, samples copied with a counter) through ``ingest``
  with 2 workers: files/s, and the load of the same rows as columns (``load_batch``) against
  the row-by-row ``executemany`` the loader used before (``scripts/bench_scale.py`` measures
  the rest of the scale figures);
- peak resident memory of this process and of its children (workers, tesseract).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import Settings  # noqa: E402
from pipeline.engines.pdfium import open_pdf, render_page  # noqa: E402
from pipeline.ocr import (  # noqa: E402
    PSM,
    forget_glyph_distances,
    make_job,
    ocr_page,
    page_image,
    parse_tsv,
    prepared,
    recognise,
    reread_digits,
    warm_up,
)
from pipeline.run import ingest  # noqa: E402

SAMPLES = ROOT / "samples"
SCALE_FILES = 500
SCANS_MAX = 3  # scanned PDFs timed per worker count (keeps the bench under 5 minutes)
OCR_PAGES = 5
BIG_SCAN_PAGES = 20


def pages_per_second(files: list[Path], workers: int) -> tuple[int, float]:
    import duckdb

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        ingest(files, db, Settings(workers=workers, ocr_cache_dir=None))
        elapsed = time.perf_counter() - start
        con = duckdb.connect(str(db), read_only=True)
        pages = con.execute("SELECT coalesce(sum(pages), 0) FROM sources").fetchone()[0]
        con.close()
    return int(pages), pages / elapsed if elapsed else 0.0


def cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (tesseract runs)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def ocr_overhead(scans: list[Path], settings: Settings) -> tuple[int, float, float, float]:
    """(pages, CPU seconds of our whole OCR path, CPU seconds of bare tesseract, seconds of
    ours spent re-reading Thai digits) on the same rendered pages, with the same ``--psm``:
    the first page of each scan, up to ``OCR_PAGES`` (a memo, minutes, an order, a plan's
    table, an ITA report: each kind of page, not one memo page as before). Ours is
    everything after rendering: preparation (ink, background, threshold, deskew), rulings and
    dotted lines erased, tesseract, cells in doubt read again, the digit re-reading, layout
    and repairs. CPU time (this process and its tesseract children), because wall time on a
    shared machine wanders by 2x with the other jobs; both run single-threaded."""
    pages = []
    for scan in scans[:OCR_PAGES]:
        with open_pdf(scan.read_bytes()) as document:
            pages.append(render_page(document, 0, settings.ocr_dpi))
    # What a worker loads once and every later page reuses is loaded before timing (digit
    # templates drawn from the fonts, pythainlp's dictionary): the figure is a page's cost in
    # a batch. It is about 0.4 s once per worker process.
    warm_up()
    start = cpu_seconds()
    for i, page in enumerate(pages):
        ocr_page(make_job(i + 1, page, settings))
    ours = cpu_seconds() - start
    jobs = [prepared(make_job(i + 1, page, settings)) for i, page in enumerate(pages)]
    tsvs = [recognise(job)[1] for job in jobs]
    forget_glyph_distances()  # the timed run filled it with these pages' glyphs
    start = time.process_time()
    for job, tsv in zip(jobs, tsvs, strict=True):
        reread_digits(parse_tsv(tsv), page_image(job.pbm))
    digits = time.process_time() - start
    with tempfile.TemporaryDirectory() as tmp:
        images = []
        for i, page in enumerate(pages):
            path = Path(tmp) / f"{i}.png"
            page.save(path)
            images.append(path)
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        start = cpu_seconds()
        for path in images:
            args = [settings.tesseract_cmd, str(path), "stdout", "-l", settings.ocr_languages, "--psm", str(PSM)]
            subprocess.run(
                [*args, "--dpi", str(settings.ocr_dpi), "tsv"], capture_output=True, env=env, check=True
            )
        bare = cpu_seconds() - start
    return len(pages), ours, bare, digits


def text_layer_ratio(pdfs: list[Path]) -> tuple[int, float, float, float]:
    """(pages, CPU seconds of Saraban's text-layer extraction in a fresh process, CPU seconds
    of it again as in a batch, CPU seconds of a plain pdfplumber ``extract_text`` loop) on
    the same PDFs, side by side in one run. Both run in this process on one thread, so its
    CPU time is what each costs: wall time on a shared machine wanders by 2x with the other
    jobs. The first pass pays what a process does once (pythainlp's dictionary, the
    reference fonts' outlines a LibreOffice subset is matched against and their cache); the
    second is a page's cost in a batch of that producer's files, where those are warm."""
    import pdfplumber

    from pipeline.extract import extract_pages
    from pipeline.read import read_source

    settings = Settings(ocr_cache_dir=None)
    start = time.process_time()
    pages = 0
    for pdf in pdfs:
        with pdfplumber.open(pdf) as document:
            for page in document.pages:
                page.extract_text()
                pages += 1
    plain = time.process_time() - start
    passes = []
    for _ in range(2):
        start = time.process_time()
        for pdf in pdfs:
            extract_pages(read_source(pdf, settings), settings)
        passes.append(time.process_time() - start)
    return pages, passes[0], passes[1], plain


def one_big_scan(pages: int, folder: Path) -> Path:
    """A single scanned PDF of ``pages`` pages, from the 200 dpi scans of the corpus."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for scan in sorted((SAMPLES / "producers" / "scan200").glob("*.pdf")) * 3:
        if len(out) >= pages:
            break
        source = pdfium.PdfDocument(scan)
        out.import_pages(source, list(range(min(len(source), pages - len(out)))))
    path = folder / "big.scan.pdf"
    out.save(path)
    return path


def single_scan_speedup(pages: int = BIG_SCAN_PAGES) -> tuple[int, float, float]:
    """(pages, seconds with 1 worker, seconds with 2) ingesting one scan of ``pages`` pages:
    its pages, not the file, go to the pool."""
    with tempfile.TemporaryDirectory() as tmp:
        big = one_big_scan(pages, Path(tmp))
        times = []
        for workers in (1, 2):
            start = time.perf_counter()
            ingest([big], Path(tmp) / f"w{workers}.duckdb", Settings(workers=workers, ocr_cache_dir=None))
            times.append(time.perf_counter() - start)
    return pages, times[0], times[1]


def scale(n: int = SCALE_FILES) -> tuple[float, float, float, int]:
    """(files/s of ``n`` generated text sources, 2 workers; seconds loading their rows as
    columns; seconds loading the same rows row by row with ``executemany``; rows)."""
    import duckdb
    from bench_scale import make_corpus

    from schemas import ALL_TABLES, table_columns
    from warehouse.load import connect, insert_rows

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, n)
        db = Path(tmp) / "scale.duckdb"
        start = time.perf_counter()
        ingest([folder], db, Settings(workers=2, ocr_cache_dir=None))
        rate = n / (time.perf_counter() - start)
        con = duckdb.connect(str(db), read_only=True)
        tables = {}
        for model in ALL_TABLES:
            columns = [name for name, _ in table_columns(model)]
            quoted = ", ".join(f'"{c}"' for c in columns)
            found = con.execute(f"SELECT {quoted} FROM {model.__table__}").fetchall()
            tables[model] = [model.model_construct(**dict(zip(columns, row, strict=True))) for row in found]
        con.close()
        times = []
        for columnar in (True, False):
            target = connect(Path(tmp) / f"copy{columnar}.duckdb")
            target.execute("DELETE FROM meta")
            start = time.perf_counter()
            target.execute("BEGIN TRANSACTION")
            for model, rows in tables.items():
                if columnar:
                    insert_rows(target, model, rows)
                elif rows:
                    columns = [name for name, _ in table_columns(model)]
                    marks = ", ".join("?" for _ in columns)
                    target.executemany(
                        f"INSERT INTO {model.__table__} VALUES ({marks})",
                        [[getattr(row, c) for c in columns] for row in rows],
                    )
            target.execute("COMMIT")
            times.append(time.perf_counter() - start)
            target.close()
    return rate, times[0], times[1], sum(len(rows) for rows in tables.values())


def main() -> int:
    texts = sorted(SAMPLES.glob("*.txt"))
    pdfs = sorted(p for p in (SAMPLES / "pdf").glob("*.pdf") if not p.name.endswith(".scan.pdf"))
    scans = sorted((SAMPLES / "pdf").glob("*.scan.pdf"))[:SCANS_MAX]
    if not texts or not pdfs or not scans:
        print("needs samples/*.txt and samples/pdf (make samples)", file=sys.stderr)
        return 1
    rows = []
    for label, files in (("text files", texts), ("text-layer PDFs", pdfs), ("scanned PDFs (OCR)", scans)):
        for workers in (1, 2):
            pages, rate = pages_per_second(files, workers)
            rows.append((label, workers, pages, rate))
    print(f"{'input':<22} {'workers':>7} {'pages':>6} {'pages/s':>9}")
    for label, workers, pages, rate in rows:
        print(f"{label:<22} {workers:>7} {pages:>6} {rate:>9.2f}")
    for variant in ("chromium-sarabun", "libreoffice-laksaman"):
        produced = sorted((SAMPLES / "producers" / variant).glob("*.pdf"))
        if produced:
            pages, cold, warm, plain = text_layer_ratio(produced)
            print(
                f"text layer, {variant} ({pages} pages, CPU time): ours {warm:.2f} s in a batch "
                f"({cold:.2f} s in a fresh process), plain pdfplumber extract_text {plain:.2f} s, "
                f"ratio {warm / plain:.2f} ({cold / plain:.2f})"
            )
    if (SAMPLES / "producers" / "scan200").is_dir():
        pages, one, two = single_scan_speedup()
        print(f"one scan of {pages} pages: 1 worker {one:.1f} s, 2 workers {two:.1f} s, speed-up {one / two:.2f}x")
    rate, columnar, by_row, rows = scale()
    print(
        f"{SCALE_FILES} text sources, 2 workers: {rate:.1f} files/s; loading their {rows} rows as columns "
        f"{columnar:.2f} s, row by row (executemany, the old loader) {by_row:.2f} s, ratio {by_row / columnar:.0f}x"
    )
    copier = sorted((SAMPLES / "producers" / "copier300").glob("*.pdf"))
    ocr_pages, ours, bare, digits = ocr_overhead(copier or scans, Settings(ocr_cache_dir=None))
    print(
        f"\nOCR of {ocr_pages} pages, whole path, CPU seconds: ours {ours:.2f} s, bare tesseract --psm {PSM} {bare:.2f} s, "
        f"ratio {ours / bare:.2f}; Thai digits re-read in {digits:.2f} s"
    )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"peak memory: this process {own:.0f} MiB, largest child {children:.0f} MiB ({os.cpu_count()} cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
