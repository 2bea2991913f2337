"""Damage reported, not hidden (issue 15): text in the wrong encoding or no text at all fails
in one line, a stray byte is replaced and reported, a PDF whose text layer cannot be read says
which pages were read another way. Every file is real bytes written here."""

from __future__ import annotations

import random
import re
from pathlib import Path

import duckdb

from pipeline.config import Settings
from pipeline.extract import decode, page_list, pdf_damage, reads_as_thai
from pipeline.run import ingest
from tests.conftest import SAMPLES

MEMO = SAMPLES / "01_memo_khlongsai.txt"
PDFS = SAMPLES / "pdf"
SETTINGS = Settings(workers=1, ocr_cache_dir=None, ocr_dpi=100)


def _ingest(tmp_path: Path, files: dict[str, bytes]) -> dict[str, tuple[str, str | None, list[str], int]]:
    """Ingest ``files`` (name -> bytes) as one batch: name -> (status, sources.error, the
    ingest_errors messages, documents)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    db = tmp_path / "w.duckdb"
    ingest([folder], db, SETTINGS)
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for source_id, path, status, error in con.execute("SELECT source_id, path, status, error FROM sources").fetchall():
        errors = [e for (e,) in con.execute("SELECT error FROM ingest_errors WHERE source_id = ?", [source_id]).fetchall()]
        (documents,) = con.execute("SELECT count(*) FROM documents WHERE source_id = ?", [source_id]).fetchone()  # type: ignore[misc]
        out[Path(path).name] = (status, error, errors, documents)
    con.close()
    assert set(out) == set(files)
    return out


def _failed(result: tuple[str, str | None, list[str], int], pattern: str) -> None:
    status, error, errors, documents = result
    assert status == "failed" and documents == 0, result
    assert errors == [error] and error and "\n" not in error and "0x" not in error, result
    assert re.search(pattern, error), error


# --- text files --------------------------------------------------------------------------


def test_thai_text_loads_alike_in_every_encoding_thai_offices_use(tmp_path: Path) -> None:
    text = MEMO.read_text(encoding="utf-8")
    encodings = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp874")
    results = _ingest(tmp_path, {f"memo-{enc}.txt": text.encode(enc) for enc in encodings})
    for name, (status, error, errors, documents) in results.items():
        assert (status, error, errors) == ("ok", None, []), name
        assert documents == results["memo-utf-8.txt"][3] > 0, name


def test_text_that_is_not_thai_fails_in_one_line(tmp_path: Path) -> None:
    rng = random.Random(15)
    files = {
        "latin1.txt": "Procès-verbal de la réunion du conseil, rien en thaï.\n".encode("latin-1"),
        "cp1252.txt": "“Procès-verbal” – réunion du 3 mai, coût 40 € à régler.\n".encode("cp1252"),
        "utf16-english.txt": "Minutes of the council meeting\n".encode("utf-16-le"),
        "random-4k.txt": rng.randbytes(4096),
        **{f"random7-{n}.txt": rng.randbytes(7) for n in range(20)},
        **{f"random64-{n}.txt": bytes(rng.randrange(0x80, 0x100) for _ in range(64)) for n in range(5)},
    }
    results = _ingest(tmp_path, files)
    _failed(results["latin1.txt"], r"^text is not Thai: .*Latin-1/cp1252")
    _failed(results["cp1252.txt"], r"^text is not Thai: .*Latin-1/cp1252")
    _failed(results["utf16-english.txt"], r"^no Thai text found \(UTF-16")
    _failed(results["random-4k.txt"], r"^binary data, not text")
    for name in files:
        if name.startswith("random"):
            _failed(results[name], r"^(not text in UTF-8, UTF-16, UTF-32 or TIS-620|binary data|no Thai text found)")


def test_a_stray_byte_is_replaced_and_reported(tmp_path: Path) -> None:
    data = MEMO.read_bytes()
    at = data.index(b"\n", 100) + 1  # between two characters
    results = _ingest(
        tmp_path,
        {
            "clean.txt": data,
            "stray.txt": data[:at] + b"\xff" + data[at:],
            "cut.txt": data.rstrip(b"\n") + b"\xe0\xb8",  # a Thai character cut at its second byte
            "inside.txt": data[: at + 1] + b"\xff" + data[at + 1 :],  # into ส (e0 b8 aa): it goes too
        },
    )
    documents = results["clean.txt"][3]
    assert results["stray.txt"] == ("partial", f"1 byte not valid UTF-8 replaced (first at byte {at})", [], documents)
    end = len(data.rstrip(b"\n"))
    assert results["cut.txt"] == ("partial", f"2 bytes not valid UTF-8 replaced (first at byte {end})", [], documents)
    assert results["inside.txt"][:3] == ("partial", f"4 bytes not valid UTF-8 replaced (first at byte {at})", [])


def test_a_few_control_characters_are_removed_and_reported(tmp_path: Path) -> None:
    data = MEMO.read_bytes()
    results = _ingest(tmp_path, {"clean.txt": data, "nul.txt": data + b"\x00" * 3, "eof.txt": data + b"\x1a"})
    documents = results["clean.txt"][3]
    chars = len(data.decode())
    assert results["nul.txt"] == ("partial", f"3 control characters (U+0000) removed (first at character {chars})", [], documents)
    assert results["eof.txt"] == ("partial", f"1 control character (U+001A) removed (first at character {chars})", [], documents)


def test_text_that_does_not_decode_fails_in_one_line(tmp_path: Path) -> None:
    text = MEMO.read_text(encoding="utf-8")
    results = _ingest(
        tmp_path,
        {
            "replacements.txt": ("ก" + "\ufffd" * 200).encode(),
            "battered.txt": bytes(b ^ 0x40 if n % 25 == 3 else b for n, b in enumerate(MEMO.read_bytes())),
            "utf16-odd.txt": text.encode("utf-16")[:-1],  # a BOM and a last character cut in half
            "utf16-garbage.txt": b"\xff\xfe" + bytes(random.Random(3).randrange(0xD8, 0xE0) for _ in range(400)),
        },
    )
    _failed(results["replacements.txt"], r"^not text: mostly replacement characters")
    _failed(results["battered.txt"], r"^UTF-8 text with \d+ bytes that do not decode \(first at byte \d+\), too many to replace$")
    status, error, errors, documents = results["utf16-odd.txt"]
    assert (status, errors) == ("partial", []) and documents > 0
    assert error == f"1 byte not valid UTF-16 replaced (first at byte {len(text.encode('utf-16')) - 2})"
    _failed(results["utf16-garbage.txt"], r"UTF-16 byte-order mark but the text does not decode")


def test_reads_as_thai() -> None:
    memo = MEMO.read_text(encoding="utf-8")
    assert reads_as_thai(memo) and reads_as_thai(memo, least=8)
    assert not reads_as_thai("Proc่s-verbal de la r้union, rien en tha๏.")  # Latin-1 read as TIS-620
    assert not reads_as_thai("ภาษาไทย", least=8)  # a guess needs more than one word
    assert decode("ภาษาไทยในเอกสารราชการ".encode("utf-16-le")).encoding == "UTF-16"
    assert page_list([1, 2, 3, 5, 7, 8]) == "1-3, 5, 7-8"


# --- damaged PDFs ---------------------------------------------------------------------------


def _replace(data: bytes, pattern: bytes, repl: bytes) -> bytes:
    """``data`` with every match of ``pattern`` replaced by bytes of the same length (the
    cross-reference offsets stay right: only the objects are damaged)."""
    out, count = re.subn(pattern, lambda m: (m.group(1) if m.groups() else b"") + repl, data)
    assert count and len(out) == len(data)
    return out


def _unparsable_fonts(data: bytes) -> bytes:
    """A control byte after each font's descriptor reference: pdfminer cannot parse the font
    dictionary (and so the page), PDFium reads past it."""
    return _replace(data, rb"(/FontDescriptor \d+ 0 R)\n", b"\x08")


def test_a_pdf_whose_text_layer_cannot_be_read_is_partial_or_failed(tmp_path: Path) -> None:
    memo = (PDFS / "01_memo_khlongsai.pdf").read_bytes()
    minutes = (PDFS / "03_minutes_wangtakhian.pdf").read_bytes()
    files = {
        # pdfminer fails on every page; PDFium reads the text
        "pdfium.pdf": _unparsable_fonts(minutes),
        # ... and without ToUnicode maps PDFium cannot either: the page is OCR'd
        "ocr.pdf": _replace(_unparsable_fonts(memo), rb"/ToUnicode", b"/ToUnicodX"),
        # ... and its content stream cannot be decompressed: OCR sees a blank page
        "blank.pdf": _replace(_unparsable_fonts(memo), rb"/FlateDecode\n/Length", b"/FlateDecodX\n/Length"),
        "good.pdf": memo,
    }
    results = _ingest(tmp_path, files)
    assert results["good.pdf"][:3] == ("ok", None, [])
    status, error, errors, documents = results["pdfium.pdf"]
    assert (status, errors) == ("partial", []) and documents > 0
    assert error == (
        "text layer cannot be read by pdfminer (damaged PDF) on page(s) 1-3: read by PDFium, without table cells"
    )
    status, error, errors, documents = results["ocr.pdf"]
    assert (status, errors) == ("partial", []) and documents > 0
    assert error == "text layer cannot be read (damaged PDF) on page(s) 1: OCR'd instead"
    _failed(
        results["blank.pdf"],
        r"^no text on any page: text layer cannot be read \(damaged PDF\) on page\(s\) 1, and OCR found no text there$",
    )
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    pages = con.execute(
        "SELECT method, reason FROM pages JOIN sources USING (source_id) WHERE sources.path LIKE '%/ocr.pdf'"
    ).fetchall()
    con.close()
    assert pages == [("ocr", "pdfminer cannot read the page")]


# --- item 5: each empty file its own failure -------------------------------------------------


def test_seven_empty_files_are_seven_failures(tmp_path: Path) -> None:
    names = [f"empty{n}{ext}" for n, ext in enumerate((".txt", ".pdf", ".png", ".md", ".txt", ".tiff", ".jpg"))]
    results = _ingest(tmp_path, dict.fromkeys(names, b""))
    for name in names:
        _failed(results[name], r"^empty file \(0 bytes\)$")


# --- damage hidden as success: streams that do not decompress ---------------------------------


def _stream_flipped(data: bytes, rng: random.Random) -> bytes:
    """``data`` with one bit flipped inside its first Flate-compressed stream's data."""
    start = data.index(b"stream\n", data.index(b"/FlateDecode")) + len(b"stream\n")
    end = data.index(b"endstream", start)
    at = rng.randrange(start + 2, end - 4)
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]


def test_damage_pdfium_and_pdfminer_repair_is_reported_and_clean_pdfs_are_not() -> None:
    clean = [*sorted(PDFS.glob("*.pdf")), *sorted((SAMPLES.parent / "tests" / "fixtures").glob("*.pdf"))]
    assert clean and all(pdf_damage(path.read_bytes()) == [] for path in clean)
    rng = random.Random(15)
    for path in clean[:6]:
        damaged = _stream_flipped(path.read_bytes(), rng)
        (warning,) = pdf_damage(damaged)
        assert re.fullmatch(r"damaged PDF: a compressed stream does not decompress \(object \d+\): text may be missing or wrong", warning)
    memo = (PDFS / "01_memo_khlongsai.pdf").read_bytes()
    assert pdf_damage(memo[:-10]) == ["damaged PDF: truncated (no end-of-file marker), read as far as it goes"]
    font = re.search(rb"/FontFile2 (\d+) 0 R", memo)
    assert font
    gone = memo.replace(b"\n%s 0 obj" % font.group(1), b"\n%s 0 obX" % font.group(1))  # a header overwritten
    assert pdf_damage(gone) == [
        f"damaged PDF: an object referred to but missing (object {int(font.group(1))}): text may be missing or wrong"
    ]
    encrypted = b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode /Length 2 >>\nstream\nxx\nendstream\nendobj\n"
    assert pdf_damage(encrypted + b"trailer << /Encrypt 2 0 R >>\n%%EOF\n") == []  # ciphertext is not checked


def test_a_pdf_whose_text_reads_but_a_stream_is_damaged_loads_partial(tmp_path: Path) -> None:
    memo = (PDFS / "01_memo_khlongsai.pdf").read_bytes()
    # the damaged stream is the font program: pdfminer and PDFium still read the text
    font = re.search(rb"/FontFile2 (\d+) 0 R", memo)
    assert font
    start = memo.index(b"stream\n", memo.index(b"\n%s 0 obj" % font.group(1))) + len(b"stream\n")
    damaged = memo[: start + 40] + bytes([memo[start + 40] ^ 0x10]) + memo[start + 41 :]
    results = _ingest(tmp_path, {"good.pdf": memo, "damaged.pdf": damaged})
    assert results["good.pdf"][:3] == ("ok", None, [])
    status, error, errors, documents = results["damaged.pdf"]
    assert (status, errors) == ("partial", []) and documents > 0, results["damaged.pdf"]
    assert error and "damaged PDF: a compressed stream does not decompress" in error and "\n" not in error
