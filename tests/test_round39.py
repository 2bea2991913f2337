"""Round of heldout39 and heldout40 (issue 11): what the earlier sets' copier pages still
misread, and the classes of variation the new blind sets showed.

Each test names the document it came from; each failed on the code before its fix."""

from __future__ import annotations


def test_ocr_oit_item_codes_read_with_a_zero_for_their_o() -> None:
    """heldout35 04 (copier): a table of OIT items (``O1`` ... ``O10`` in its first column) read
    ``01`` ... ``010`` (a speck beside some), ``ข้อ O8`` as ``ข้อ๐8``, a list ``O4 และ O9`` as
    ``O4 และ 09``: digits the page never had (the document's digit error 0.11)."""
    from pipeline.ocr import repair_ocr_text

    page = "\n".join(
        [
            "ข้อ\tรายการข้อมูล\tผู้รับผิดชอบ",
            "01 '\tโครงสร้าง\tสำนักปลัด",
            "010\tนโยบายของผู้บริหาร\tสำนักปลัด",
            "ประธาน  ข้อ๐8 Q&A มีคำถามมาก ส่งผลการประเมิน ITAS",
            "ปรับปรุงข้อมูล O4 และ 09 บนเว็บไซต์  จัดทำข้อมูล 06 O8 010",
            "๒\tจัดทำข้อมูล06 08 010\tงานนิติการ",
            "เทียบกับข้อคำถาม 0|1ปี๒๕๖๙  คะแนนรวม ๗๙.๒๗ คะแนน ระดับ 8ไม่ผ่านเกณฑ์",
        ]
    )
    assert repair_ocr_text(page).split("\n")[1:] == [
        "O1\tโครงสร้าง\tสำนักปลัด",
        "O10\tนโยบายของผู้บริหาร\tสำนักปลัด",
        "ประธาน  ข้อO8 Q&A มีคำถามมาก ส่งผลการประเมิน ITAS",
        "ปรับปรุงข้อมูล O4 และ O9 บนเว็บไซต์  จัดทำข้อมูล O6 O8 O10",
        "๒\tจัดทำข้อมูลO6 O8 O10\tงานนิติการ",
        "เทียบกับข้อคำถาม OITปี๒๕๖๙  คะแนนรวม ๗๙.๒๗ คะแนน ระดับ Bไม่ผ่านเกณฑ์",
    ]


def test_guard_numbers_with_a_leading_zero_that_are_no_oit_codes() -> None:
    from pipeline.ocr import repair_ocr_text

    # a page that only names the ITA: a first cell ``05`` may be a spreadsheet's row number
    assert repair_ocr_text("ผล ITA 2569\n05\t12,000\tx") == "ผล ITA 2569\n05\t12,000\tx"
    line = "OIT ข้อ O1 วันที่ 01/10/2568 เวลา 09.00 น. โทร 02 123 4567 หมู่ที่ 05 ข้อ 1 วันที่ 01 02 2569"
    assert repair_ocr_text(line) == line


def test_ocr_an_item_code_in_a_tables_first_column_is_no_row_number_to_read_as_thai_digits() -> None:
    """heldout35 04 (copier): ``O3`` in the first column, read ``03`` by tesseract, was read
    again from its ink as Thai digits and came out ``๐`` (its 3 lost)."""
    from pipeline.cells import Box
    from pipeline.ocr import Word, _number_cell_words

    cell = Box(321, 600, 463, 667)
    assert _number_cell_words([Word(340, 610, 60, 40, 80.0, "03", 1)], [cell]) == []
    misread = [Word(340, 610, 40, 40, 40.0, "oy", 1)]
    assert _number_cell_words(misread, [cell]) == misread


def test_ocr_an_ita_tables_instrument_cells_read_as_thai() -> None:
    """heldout35 07 (copier): the instrument column of an ITA table read ``IIT`` as ``เท`` and
    ``OIT`` as ``๐ห``, ``๐ท``, ``อท`` (the header of the five-year table too): no Thai word is a
    cell so on an ITA page, and the scores were left without their instrument."""
    from pipeline.ocr import repair_ocr_text

    page = "\n".join(
        [
            "ตัวชี้วัด\tแบบวัด\tคะแนน\tระดับ",
            "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\tเท\t๙๒.๔๘\tA",
            "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๐ห\t๙๕.๐๐\tAA",
            "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต\t๐ท\t๘๗.๕๐\tA",
            "ปีงบประมาณ\tเท\tEIT\tอท\tITA\tระดับ",
        ]
    )
    assert repair_ocr_text(page).split("\n")[1:] == [
        "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\tIIT\t๙๒.๔๘\tA",
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tOIT\t๙๕.๐๐\tAA",
        "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต\tOIT\t๘๗.๕๐\tA",
        "ปีงบประมาณ\tIIT\tEIT\tOIT\tITA\tระดับ",
    ]


def test_guard_short_thai_cells_off_an_ita_page_stay() -> None:
    from pipeline.ocr import repair_ocr_text

    assert repair_ocr_text("รายการ\tเท\t๙๒.๔๘") == "รายการ\tเท\t๙๒.๔๘"
