"""Reading and decoding: what a file is, and a one-line error when we cannot use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.errors import (
    DecodeError,
    EmptySourceError,
    NoThaiTextError,
    SarabanError,
    UnsupportedFormatError,
)
from pipeline.extract import decode_text, extract_pages
from pipeline.read import read_source

THAI = "บันทึกข้อความ\nส่วนราชการ กองคลัง\fหน้าที่สอง"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        THAI.encode("utf-8"),
        b"\xef\xbb\xbf" + THAI.encode("utf-8"),
        THAI.encode("utf-16"),  # with BOM
        THAI.encode("cp874"),
        THAI.encode("tis-620"),
    ],
)
def test_decodes_the_encodings_thai_offices_use(encoded: bytes) -> None:
    assert decode_text(encoded) == THAI


def test_form_feeds_split_pages(tmp_path: Path, settings: Settings) -> None:
    source = read_source(_write(tmp_path, "a.txt", THAI.encode()), settings)
    pages = extract_pages(source, settings)
    assert [p.page_no for p in pages] == [1, 2]
    assert pages[1].text == "หน้าที่สอง"
    assert len(source.source_id) == 64


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.txt", b"", EmptySourceError),
        ("blank.txt", b"  \n\n ", EmptySourceError),
        ("binary.txt", bytes(range(256)) * 8, DecodeError),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, UnsupportedFormatError),
        ("english.txt", b"Minutes of the meeting, nothing Thai here.", NoThaiTextError),
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, UnsupportedFormatError),
        ("notes.docx", b"PK\x03\x04" + b"\x00" * 64, UnsupportedFormatError),
        ("data.xyz", "ภาษาไทย".encode(), UnsupportedFormatError),
    ],
)
def test_bad_input_raises_one_line_errors(
    tmp_path: Path, settings: Settings, name: str, data: bytes, error: type[SarabanError]
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(error) as caught:
        extract_pages(read_source(path, settings), settings)
    message = str(caught.value)
    assert message and "\n" not in message


def test_missing_file_is_our_error(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(SarabanError):
        read_source(tmp_path / "nope.txt", settings)
