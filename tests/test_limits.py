"""Input limits checked before any work: each refusal is one line naming the limit and the
option that raises it."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import struct
import zlib
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.errors import CorruptFileError, LimitError, UnsupportedFormatError
from pipeline.limits import check_source
from pipeline.model import Source
from pipeline.read import read_source
from pipeline.run import collect_paths, process_path
from tests.conftest import ROOT
from tests.hostile import blank_pdf, png, tiff

THAI = "บันทึกข้อความ ส่วนราชการ กองคลัง\n".encode()


def _source(data: bytes, media_type: str) -> Source:
    return Source(path="x", data=data, media_type=media_type, source_id=hashlib.sha256(data).hexdigest())


def test_fifos_and_devices_are_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "memo.txt").write_bytes(THAI)
    assert collect_paths([tmp_path]) == [tmp_path / "memo.txt", fifo]  # refused when read, not skipped
    with pytest.raises(UnsupportedFormatError, match=r"not a regular file: a FIFO \(named pipe\)"):
        read_source(fifo, Settings())
    with pytest.raises(UnsupportedFormatError, match="not a regular file: a character device"):
        read_source(Path("/dev/zero"), Settings())
    result = process_path(fifo, Settings())
    assert result.error is not None and result.error.error == "not a regular file: a FIFO (named pipe)"


def test_files_over_the_size_limits_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(THAI * 40_000)  # about 2.4 MB
    with pytest.raises(LimitError, match=r"over the limit of 1 MB \(raise it with --max-text-mb\)"):
        read_source(big, Settings(max_text_mb=1))
    with pytest.raises(LimitError, match=r"over the limit of 2 MB \(raise it with --max-file-mb\)"):
        read_source(big, Settings(max_file_mb=2))
    assert read_source(big, Settings()).media_type == "text/plain"


def test_a_page_tree_listing_one_page_many_times_is_refused() -> None:
    source = _source(blank_pdf(repeats=100_000), "application/pdf")
    with pytest.raises(LimitError) as caught:
        check_source(source, Settings())
    assert str(caught.value) == (
        "PDF page tree lists 100000 pages (1 distinct), over the limit of 500 pages (raise it with --max-pages)"
    )
    # under the limit, still refused: pdfminer reads the page once, and every repeat would be
    # OCR'd as a page it cannot read (300 repeats ran past the 120 s limit in the corpus)
    with pytest.raises(CorruptFileError) as damaged:
        check_source(_source(blank_pdf(repeats=20), "application/pdf"), Settings())
    assert str(damaged.value) == (
        "PDF page tree lists 20 pages but the file holds 1 page object: pages listed more than once (a damaged page tree)"
    )
    assert check_source(_source(blank_pdf(), "application/pdf"), Settings()) == (Settings(), [])
    for pdf in sorted((ROOT / "samples" / "pdf").glob("*.pdf")):  # real multi-page PDFs pass
        assert check_source(_source(pdf.read_bytes(), "application/pdf"), Settings()) == (Settings(), []), pdf.name


def test_a_huge_page_is_rendered_at_a_lower_dpi_then_refused() -> None:
    settings, warnings = check_source(_source(blank_pdf(3000, 3000), "application/pdf"), Settings())
    assert settings == dataclasses.replace(Settings(), ocr_dpi=169)
    assert warnings == ["page 1 is 42×42 inches: pages rendered at 169 dpi instead of 300"]
    with pytest.raises(LimitError, match=r"page 1 is 200×200 inches: .* \(raise it with --max-page-megapixels\)"):
        check_source(_source(blank_pdf(14400, 14400), "application/pdf"), Settings())


def test_images_over_the_frame_and_pixel_limits_are_refused() -> None:
    with pytest.raises(LimitError, match=r"image has 6 frames, over the limit of 5 pages \(raise it with --max-pages\)"):
        check_source(_source(tiff(6), "image/tiff"), Settings(max_pages=5))
    with pytest.raises(LimitError, match=r"1200×1000 pixels .* \(raise it with --max-page-megapixels\)"):
        check_source(_source(png((1200, 1000)), "image/png"), Settings(max_page_megapixels=1))
    assert check_source(_source(tiff(3), "image/tiff"), Settings()) == (Settings(), [])


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` (its data is a few bytes)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_by_the_limit_that_raises() -> None:
    bomb = _source(_png_claiming(20000, 20000), "image/png")
    with pytest.raises(LimitError) as caught:
        check_source(bomb, Settings())
    assert str(caught.value) == (
        "image is 20000×20000 pixels (400 megapixels), over the limit of 50 (raise it with --max-page-megapixels)"
    )
    with pytest.raises(LimitError) as caught:  # with our limit off, Pillow's still holds
        check_source(bomb, Settings(max_page_megapixels=0))
    assert str(caught.value) == "image is 20000×20000 pixels (400 megapixels), over the 179 megapixels Pillow opens safely"
