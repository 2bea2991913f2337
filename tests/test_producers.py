"""PDFs as offices' software makes them (samples/producers, from ``make samples``): the text
layer of shaped, subset Thai fonts decoded from the font program, each damage on a real PDF
that Chromium or LibreOffice made, and the fidelity of every text-layer variant held at what
it measures (``make fidelity``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import numpy as np
import pytest
import regex
from fontTools.ttLib import TTFont
from PIL import Image

from pipeline import fonts
from pipeline.config import Settings
from pipeline.eval import evaluate
from pipeline.extract import decode_text, extract_pages
from pipeline.fidelity import fidelity
from pipeline.imageprep import drop_colour_ink, prepare, without_leaders
from pipeline.read import read_source
from pipeline.run import ingest

from .conftest import ROOT, SAMPLES

PRODUCERS = SAMPLES / "producers"
HELDOUT6 = ROOT / "tests" / "fixtures" / "heldout6"


def _text(variant: str, stem: str, settings: Settings, base: Path = PRODUCERS) -> str:
    pages = extract_pages(read_source(base / variant / f"{stem}.pdf", settings), settings)
    assert all(page.method == "pdf_text" for page in pages), [(p.page_no, p.reason) for p in pages]
    return "\n".join(page.text for page in pages)


# --- each damage, on a real PDF ---------------------------------------------------------------


def test_libreoffice_sara_aa_glyph_first_used_in_sara_am_reads_as_sara_aa(settings: Settings) -> None:
    """LibreOffice's ToUnicode maps the SARA AA glyph to ``ำ`` when its first use was inside
    SARA AM: ``เทศบำล``; the font's outlines say it is SARA AA."""
    text = _text("libreoffice-laksaman", "01_memo_khlongsai", settings)
    assert "เทศบาลตำบลคลองทรายงาม" in text
    assert "บำล" not in text and "ำา" not in text and "(cid:" not in text


def test_libreoffice_lowered_sara_uu_is_not_read_as_mai_tho(settings: Settings) -> None:
    """ToUnicode maps the SARA UU glyph under ผ to MAI THO (``ผ้้อำนวย``)."""
    text = _text("libreoffice-laksaman", "01_memo_khlongsai", settings)
    assert "ผู้อำนวยการกองคลัง" in text
    assert "ผ้้" not in text


def test_chromium_shaped_marks_are_decoded_from_gsub(settings: Settings) -> None:
    """Chromium draws tone marks as GSUB alternates (raised over an upper vowel, shifted left
    of a tall consonant) whose ToUnicode entry is empty or a NUL: ``ท ี``, ``ซ อื``."""
    text = _text("chromium-sarabun", "01_memo_khlongsai", settings)
    assert "ที่ นม" in text and "วันที่" in text and "จัดซื้อ" in text
    assert "\x00" not in text


def test_legacy_private_use_marks_of_a_tlwg_font_are_their_thai_marks(settings: Settings) -> None:
    """Laksaman reaches its shifted marks by private-use codes (U+F70A...); the text has the
    Thai marks, not private-use characters."""
    text = _text("chromium-laksaman", "01_memo_khlongsai", settings)
    assert "ต่อ" in text and "ด้วยกองคลัง" in text and "ผู้อำนวยการ" in text
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)


def _embedded_decoders(pdf: Path) -> list[fonts.FontDecoder]:
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    found: dict[str, fonts.FontDecoder] = {}
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for ref in (resolve1(page.page_obj.resources.get("Font")) or {}).values():
                decoder = fonts.decoder_for(resolve1(ref))
                if decoder is not None:
                    found.setdefault(decoder.basefont, decoder)
    return list(found.values())


def test_subset_glyphs_match_reference_outlines_as_a_full_index_of_the_family_does() -> None:
    """LibreOffice's Laksaman subset has no Unicode cmap: each glyph is found by its outline
    among the family's fonts. The lookup digests only the reference glyphs whose contours end
    where the subset glyph's do, and gives what digesting every glyph of every font of the
    family (in ``glyph_texts`` order, the first of an outline winning) gives."""
    pdf = PRODUCERS / "libreoffice-laksaman" / "01_memo_khlongsai.pdf"
    if not pdf.is_file():
        pytest.skip("no producer corpus (make samples)")
    (decoder,) = [d for d in _embedded_decoders(pdf) if "Laksaman" in d.basefont]
    family, _ = fonts._candidates(decoder.basefont)
    if not family:
        pytest.skip("Laksaman (fonts-thai-tlwg) not installed")
    full: dict[str, str] = {}  # digest -> text over the family, file by file, as a full index
    for path in family:
        reference = TTFont(str(path), lazy=True)
        index: dict[str, str] = {}
        for name, text in fonts.glyph_texts(reference).items():
            outline = fonts._outline(reference, name)
            if outline and outline[0] not in index:
                index[outline[0]] = text
        for digest, text in index.items():
            full.setdefault(digest, text)
    fonts._reference.cache_clear()
    fonts._reference_match.cache_clear()
    matched = 0
    for name in decoder.order:
        outline = fonts._outline(decoder.font, name)
        if outline is None:
            continue
        assert fonts.outline_text(decoder.font, decoder.basefont, name) == full.get(outline[0]), name
        matched += outline[0] in full
    assert matched >= 50  # the subset's Thai letters, marks, digits
    references = [r for r in (fonts._reference(path) for path in family) if r is not None]
    digested = sum(len(r.digests) for r in references)
    glyphs = sum(len(r.glyf.glyphs) for r in references if r.glyf is not None)
    assert digested < glyphs / 4, (digested, glyphs)


def _raw_layer(pdf: Path) -> str:
    """What pdfplumber reads from a PDF's ToUnicode alone, no decoding of ours."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def test_a_legacy_fonts_private_use_marks_are_decoded_and_no_page_is_ocrd(settings: Settings) -> None:
    """Text shaped the legacy (Windows "Thai PUA") way and printed in Norasi: the raw text
    layer has lowered tones (U+F70A, ``ข้อความ``), vowels and tones shifted left over ป
    (U+F702/U+F713, ``ปีงบประมาณ``, ``ปี่``), and no page goes to OCR for it."""
    pdf = PRODUCERS / "legacy-norasi" / "02_minutes_nongbuadaeng.pdf"
    raw = _raw_layer(pdf)
    assert "\u0e02\uf70b\u0e2d\u0e04\u0e27\u0e32\u0e21" in raw  # ข้อความ, MAI THO lowered
    assert "\u0e1b\uf702" in raw  # ปี, SARA II shifted left
    pages = extract_pages(read_source(pdf, settings), settings)
    assert [page.method for page in pages] == ["pdf_text"] * 5 and not any(p.reason for p in pages)
    text = "\n".join(page.text for page in pages)
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)
    assert "บันทึกข้อความ" in text and "ประจำปีงบประมาณ" in text and "ฝ่ายเลขานุการได้" in text


def test_private_use_marks_are_decoded_without_the_font_program(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A legacy font whose program tells nothing (no glyph names, no cmap left in the subset):
    the ToUnicode's private-use codes alone still give the Thai marks, seated on their letters."""
    from pipeline import fonts

    monkeypatch.setattr(fonts, "install", lambda pdf: None)
    pdf = PRODUCERS / "legacy-norasi" / "01_memo_khlongsai.pdf"
    assert any(0xF700 <= ord(ch) <= 0xF71A for ch in _raw_layer(pdf))
    reference = decode_text((SAMPLES / "01_memo_khlongsai.txt").read_bytes())
    text = _text("legacy-norasi", "01_memo_khlongsai", settings)
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)
    assert "ด้วยกองคลัง" in text and "ผู้อำนวยการกองคลัง" in text
    assert fidelity(reference, text).cer == 0.0


def test_the_next_pages_overflowing_marks_at_a_page_foot_are_dropped(settings: Settings) -> None:
    """Chromium paints the ink of the next page's first line that rises above its line box
    (tones over vowels, the heads of ใ ไ) at the foot of the page before: marks without
    letters (``่่ไ้ไ่ใ``) below the last line."""
    import pdfplumber

    pdf = PRODUCERS / "chromium-laksaman" / "03_minutes_wangtakhian.pdf"
    with pdfplumber.open(pdf) as document:
        page = document.pages[1]
        foot = max(c["bottom"] for c in page.chars if "\u0e01" <= c["text"] <= "\u0e2e")
        assert any(c["top"] >= foot for c in page.chars)  # the overflow is there
    text = _text("chromium-laksaman", "03_minutes_wangtakhian", settings)
    marks_only = regex.compile(r"[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e40-\u0e44]+")
    assert not [line for line in text.split("\n") if line.strip() and marks_only.fullmatch(line)]
    reference = decode_text((SAMPLES / "03_minutes_wangtakhian.txt").read_bytes())
    assert fidelity(reference, text).cer == 0.0


def test_a_short_last_page_drawn_as_text_is_not_ocrd(settings: Settings) -> None:
    """The last rows of a plan's table on a page of their own: few Thai characters, no page
    image, so the text layer is kept (it used to be OCR'd)."""
    pages = extract_pages(read_source(PRODUCERS / "libreoffice-sarabun" / "05_action_plan_huainamsai.pdf", settings), settings)
    assert {page.method for page in pages} == {"pdf_text"}


def test_a_page_pdfminer_cannot_read_is_read_by_pdfium_before_ocr(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import extract_pdf

    layers = extract_pdf.text_layers
    monkeypatch.setattr(extract_pdf, "text_layers", lambda data, pages: [None, *layers(data, pages)[1:]])
    # PDFium repeats the clusters of Chromium's ActualText spans; LibreOffice's layer it reads well.
    pdf = PRODUCERS / "libreoffice-sarabun" / "01_memo_khlongsai.pdf"
    (page,) = extract_pages(read_source(pdf, settings), settings)
    assert page.method == "pdf_text" and page.reason == "read by PDFium (pdfminer cannot read the page)"
    assert "บันทึกข้อความ" in page.text and "คลองทรายงาม" in page.text


def test_a_table_row_broken_across_pages_is_one_row(settings: Settings) -> None:
    """LibreOffice breaks a row whose cell wraps over the page end: the next page opens with
    the rest of its cells and no row number."""
    text = _text("libreoffice-laksaman", "04_action_plan_pongfaingam", settings, HELDOUT6 / "producers")
    row = next(line for line in text.split("\n") if line.startswith("๑\t"))
    # (the space a cell wrapped at is not in the text layer: ``สมาชิกสภาและ``)
    assert "โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหารสมาชิกสภาและพนักงานส่วนตำบล" in row.replace(" ", "")
    assert row.split("\t")[3] == "๓๕,๐๐๐"


def test_a_table_row_broken_across_pages_in_its_numbered_first_cell_is_one_row(settings: Settings) -> None:
    """LibreOffice (Sarabun) breaks an ITA measures row over the page end inside its first
    cell too: page 2 opened with ``ความคิดเห็นของผู้รับบริการ | พอใจออนไลน์ ติดตั้ง... | | |``,
    a row of its own whose cells interleaved with the row before (CER 0.056 on the file).
    (The sample as the renderer printed it at 16 pt, before it printed Laksaman and Sarabun at
    an office's size; kept for the break.)"""
    pdf = ROOT / "tests" / "fixtures" / "libreoffice_08_ita_report_khaokaeo.pdf"
    pages = extract_pages(read_source(pdf, settings), settings)
    row = next(line for line in pages[0].text.split("\n") if line.startswith("๑. เพิ่ม"))
    assert row.split("\t") == [
        "๑. เพิ่มช่องทางรับฟังความคิดเห็นของผู้รับบริการ",
        "จัดทำแบบสำรวจความพึงพอใจออนไลน์ ติดตั้งกล่องรับความคิดเห็นที่จุดบริการ",
        "สำนักปลัด",
        "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗",
        "สรุปผลทุกไตรมาส",
    ]
    assert pages[1].text.startswith("๒. เผยแพร่ข้อมูล")
    reference = decode_text((SAMPLES / "08_ita_report_khaokaeo.txt").read_bytes())
    assert fidelity(reference, "\n".join(page.text for page in pages)).cer == 0.0


# --- fidelity per producer, held at what it measures ------------------------------------------

# (variant, max character error rate, min key F1, min strict F1); measured: see README.
# measured at an office's sizes (12 pt Laksaman/Sarabun, lists at tab stops; round of
# heldout32): Chromium (both fonts) 0.0010 1.000/1.000, LibreOffice (both) 0.0022 1.000/1.000,
# legacy-norasi 0.0010 1.000/0.992. The CER left is the ticks an unruled plan's empty quarter
# cells read as (☐) and, in LibreOffice, a name its narrow unruled cell wrapped, joined back
# with a space.
TEXT_LAYER_TARGETS = [
    ("chromium-sarabun", 0.0015, 0.995, 0.995),
    ("chromium-laksaman", 0.0015, 0.995, 0.995),
    ("libreoffice-sarabun", 0.0025, 0.995, 0.995),
    ("libreoffice-laksaman", 0.0025, 0.995, 0.995),
    ("legacy-norasi", 0.0015, 0.995, 0.985),
]


def _scores(paths: list[Path], gold: Path, db: Path, settings: Settings) -> tuple[float, float]:
    ingest(paths, db, settings)
    con = duckdb.connect(str(db), read_only=True)
    try:
        report = evaluate(con, gold, suffix=".pdf")
    finally:
        con.close()
    return report.overall.key_prf[2], report.overall.strict_f1


@pytest.mark.parametrize(("variant", "max_cer", "min_key", "min_strict"), TEXT_LAYER_TARGETS)
def test_text_layer_variants_read_as_measured(
    variant: str, max_cer: float, min_key: float, min_strict: float, tmp_path: Path, settings: Settings
) -> None:
    pdfs = sorted((PRODUCERS / variant).glob("*.pdf"))
    if not pdfs:
        pytest.skip("no producer corpus (make samples)")
    total = None
    for pdf in pdfs:
        reference = decode_text((SAMPLES / f"{pdf.stem}.txt").read_bytes())
        got = fidelity(reference, _text(variant, pdf.stem, settings))
        total = got if total is None else total + got
    assert total is not None and total.cer <= max_cer, total.cer
    assert total.digit_error_rate == 0.0
    key, strict = _scores(pdfs, SAMPLES / "gold", tmp_path / "w.duckdb", settings)
    assert key >= min_key and strict >= min_strict, (key, strict)


@pytest.mark.parametrize(("variant", "min_key", "min_strict"), [("chromium-sarabun", 0.99, 0.88), ("libreoffice-laksaman", 0.985, 0.94)])
def test_heldout6_pdfs_read_as_measured(
    variant: str, min_key: float, min_strict: float, tmp_path: Path, settings: Settings
) -> None:
    """Held-out set 6, written from the contract alone, as Chromium and LibreOffice print it.
    First contact (before font decoding): Chromium 0.481 / 0.240, LibreOffice 0.916 / 0.809;
    now 1.000 / 0.890 and 0.991 / 0.949."""
    pdfs = sorted((HELDOUT6 / "producers" / variant).glob("*.pdf"))
    if not pdfs:
        pytest.skip("heldout6 PDFs not rendered")
    gold = tmp_path / "gold"
    shutil.copytree(HELDOUT6 / "gold", gold)
    key, strict = _scores(pdfs, gold, tmp_path / "w.duckdb", settings)
    assert key >= min_key and strict >= min_strict, (key, strict)


# --- image preparation ------------------------------------------------------------------------


def test_stamp_ink_goes_and_toner_under_it_stays() -> None:
    page = np.full((40, 40, 3), 245, dtype=np.uint8)
    page[5:10, :] = (20, 20, 20)  # a line of toner
    page[20:25, :] = (200, 40, 50)  # red stamp ink
    page[30:35, :] = (20, 10, 12)  # toner seen through the stamp
    page[:, 30:33] = (40, 50, 150)  # a blue signature stroke
    grey = drop_colour_ink(page)
    assert grey[7, 5] < 60 and grey[32, 5] < 60
    assert grey[22, 5] > 200 and grey[15, 31] > 200


def test_a_shaded_page_is_flattened_before_the_threshold() -> None:
    rng = np.random.default_rng(1)
    page = np.tile(np.linspace(250, 110, 400, dtype=np.float64), (120, 1))  # a shadow to the right
    page[40:80, 40:46] -= 60  # a stroke on the light side
    page[40:80, 340:346] -= 60  # and in the shadow
    page += rng.normal(0, 2, page.shape)
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
    binary = np.asarray(prepare(image))
    assert binary[60, 43] == 0 and binary[60, 343] == 0
    assert binary[10, 200] == 255 and binary[100, 390] == 255  # the shadow is paper


def test_dotted_fill_lines_are_erased_and_letters_and_abbreviation_dots_stay() -> None:
    page = np.full((200, 900), 255, dtype=np.uint8)
    for k in range(40):  # letters, 30 px high
        page[20:50, 10 + 20 * k : 22 + 20 * k] = 0
    for k in range(12):  # a dotted fill line: 4 px dots every 12 px on the baseline
        page[100:104, 100 + 12 * k : 104 + 12 * k] = 0
    page[150:154, 100:104] = 0  # the two dots of ``ก.พ.``
    page[150:154, 140:144] = 0
    page[60:64, 300:304] = 0  # a lone mark
    erased = without_leaders(page)
    assert erased is not None
    assert (erased[100:104, 100:250] == 255).all()
    assert (erased[20:50, 10:22] == 0).all() and erased[151, 101] == 0 and erased[61, 301] == 0
    page[100:104, :] = 255
    assert without_leaders(page) is None


# --- scans as scanners and copiers make them (real tesseract) ---------------------------------

# (variant, document, min key F1): measured 1.000, 1.000, 0.880 and 0.727 (README); the memo's
# subject (its key) is not yet read exactly enough from either scan.
SCAN_TARGETS = [
    ("scan200", "04_order_phothong", 0.99),
    ("copier300", "04_order_phothong", 0.99),
    ("scan200", "06_action_plan_donmakham", 0.85),
    ("copier300", "06_action_plan_donmakham", 0.70),
]


@pytest.mark.ocr
@pytest.mark.parametrize(("variant", "stem", "min_key"), SCAN_TARGETS)
def test_producer_scans_read_as_measured(
    variant: str, stem: str, min_key: float, tmp_path: Path, settings: Settings
) -> None:
    pdf = PRODUCERS / variant / f"{stem}.pdf"
    if not pdf.is_file():
        pytest.skip("no producer corpus (make samples)")
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(SAMPLES / "gold" / f"{stem}.json", gold)
    key, _ = _scores([pdf], gold, tmp_path / "w.duckdb", settings)
    assert key >= min_key, key


@pytest.mark.ocr
def test_an_ocrd_page_carries_the_recognisers_mean_confidence(settings: Settings) -> None:
    pdf = PRODUCERS / "scan200" / "04_order_phothong.pdf"
    if not pdf.is_file():
        pytest.skip("no producer corpus (make samples)")
    pages = extract_pages(read_source(pdf, settings), settings)
    assert all(p.method == "ocr" and p.confidence is not None and 50 < p.confidence <= 100 for p in pages)
