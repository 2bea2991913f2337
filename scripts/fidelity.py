"""Text fidelity and record scores of every producer variant of a corpus (``make fidelity``).

For each variant folder (``samples/producers/<variant>/*.pdf``, one PDF per ``<stem>.txt``):
per file, the pages by extraction method and the reasons pages were OCR'd, the character and
digit error rate of the extracted text against the source text; per variant, key and strict
F1 of the records against the gold files, beside the same documents read as text.

Usage: ``python scripts/fidelity.py [--corpus DIR] [--texts DIR] [--gold DIR] [--variants a,b]
[--json FILE]``. Defaults: samples/producers, samples, samples/gold.
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from pipeline.config import Settings  # noqa: E402
from pipeline.eval import FlagReport, evaluate, flag_scores, format_flag_report, format_report  # noqa: E402
from pipeline.extract import decode_text, extract_pages  # noqa: E402
from pipeline.fidelity import Fidelity, digit_mistakes, fidelity  # noqa: E402
from pipeline.read import read_source  # noqa: E402
from pipeline.run import ingest  # noqa: E402


def scores(paths: list[Path], gold: Path, settings: Settings) -> tuple[float, float, str, FlagReport]:
    """Key and strict F1 of ``paths`` against the gold files of those documents only (a
    variant may render a subset of the corpus), the per-table report with every miss, and how
    the review flags cover the fields the gold says are wrong."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fidelity.duckdb"
        subset = Path(tmp) / "gold"
        subset.mkdir()
        for path in paths:
            if (gold / f"{path.stem}.json").is_file():
                shutil.copy(gold / f"{path.stem}.json", subset)
        ingest(paths, db, settings)
        con = duckdb.connect(str(db), read_only=True)
        try:
            report = evaluate(con, subset, suffix=paths[0].suffix if paths else None)
            cursor = con.execute("SELECT * FROM review_flags")
            names = [d[0] for d in cursor.description]
            flags = flag_scores(report, [dict(zip(names, row, strict=True)) for row in cursor.fetchall()])
        finally:
            con.close()
    return report.overall.key_prf[2], report.overall.strict_f1, format_report(report, verbose=True), flags


def variant_report(folder: Path, texts: Path, gold: Path, settings: Settings) -> dict[str, object]:
    files = sorted(p for p in folder.glob("*.pdf") if (texts / f"{p.stem}.txt").is_file())
    total = Fidelity(0, 0, 0, 0)
    methods: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    per_file = []
    start = time.perf_counter()
    for path in files:
        reference = decode_text((texts / f"{path.stem}.txt").read_bytes())
        pages = extract_pages(read_source(path, settings), settings)
        got = fidelity(reference, "\n".join(page.text for page in pages))
        total = total + got
        methods.update(page.method for page in pages)
        reasons.update(page.reason for page in pages if page.reason)
        extracted = "\n".join(page.text for page in pages)
        per_file.append({"file": path.name, "pages": len(pages), "cer": round(got.cer, 4),
                         "digit_error": round(got.digit_error_rate, 4),
                         "digit_mistakes": digit_mistakes(reference, extracted),
                         "methods": dict(collections.Counter(p.method for p in pages))})
    extract_seconds = time.perf_counter() - start
    if not files:
        return {"variant": folder.name, "files": 0, "pages": {}, "ocr_reasons": {}, "cer": 0.0, "digit_error": 0.0,
                "key_f1": 0.0, "strict_f1": 0.0, "extract_seconds": 0.0, "per_file": [], "misses": ""}
    key_f1, strict_f1, misses, flags = scores(files, gold, settings)
    return {"variant": folder.name, "files": len(files), "pages": dict(methods), "ocr_reasons": dict(reasons),
            "cer": round(total.cer, 4), "digit_error": round(total.digit_error_rate, 4),
            "key_f1": round(key_f1, 3), "strict_f1": round(strict_f1, 3),
            "extract_seconds": round(extract_seconds, 1), "per_file": per_file, "misses": misses,
            "flag_recall": round(flags.overall.recall, 3), "false_flag_rate": round(flags.overall.false_rate, 4),
            "flags": format_flag_report(flags, verbose=True)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "samples" / "producers")
    parser.add_argument("--texts", type=Path, default=ROOT / "samples")
    parser.add_argument("--gold", type=Path, default=ROOT / "samples" / "gold")
    parser.add_argument("--variants", default="")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--flags", action="store_true",
                        help="per variant, how the review flags cover the fields the gold says are wrong")
    parser.add_argument("--ocr-cache", type=Path, default=ROOT / ".cache" / "ocr")
    args = parser.parse_args(argv)
    settings = Settings(workers=2, ocr_cache_dir=args.ocr_cache)
    wanted = [v for v in args.variants.split(",") if v]
    folders = [f for f in sorted(args.corpus.iterdir()) if f.is_dir() and (not wanted or f.name in wanted)]
    text_files = sorted(args.texts.glob("*.txt"))
    text_key, text_strict, _, text_flags = scores(text_files, args.gold, settings)
    print(f"{'variant':<22} {'files':>5} {'pages':<18} {'CER':>7} {'digitER':>7} {'keyF1':>6} {'strict':>6}  OCR reasons")
    print(f"{'text':<22} {len(text_files):>5} {'':<18} {'':>7} {'':>7} {text_key:>6.3f} {text_strict:>6.3f}")
    if args.flags:
        print("    " + format_flag_report(text_flags, verbose=True).replace("\n", "\n    "))
    reports = []
    for folder in folders:
        report = variant_report(folder, args.texts, args.gold, settings)
        reports.append(report)
        pages = " ".join(f"{k}:{v}" for k, v in sorted(report["pages"].items()))  # type: ignore[attr-defined]
        reasons = "; ".join(f"{k} ({v})" for k, v in report["ocr_reasons"].items())  # type: ignore[attr-defined]
        print(f"{report['variant']:<22} {report['files']:>5} {pages:<18} {report['cer']:>7.4f} "
              f"{report['digit_error']:>7.4f} {report['key_f1']:>6.3f} {report['strict_f1']:>6.3f}  {reasons}")
        if args.verbose:
            for row in report["per_file"]:  # type: ignore[attr-defined]
                print(f"    {row['file']:<40} cer {row['cer']:.4f} digits {row['digit_error']:.4f} {row['methods']}")
                for mistake in row["digit_mistakes"]:
                    print(f"        {mistake}")
            print("    " + str(report["misses"]).replace("\n", "\n    "))
        if args.flags and report["files"]:
            print("    " + str(report["flags"]).replace("\n", "\n    "))
    if args.json:
        args.json.write_text(json.dumps({"text": {"key_f1": text_key, "strict_f1": text_strict},
                                         "variants": reports}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
