"""Round of heldout62-64 (issue 11): each test failed before its fix; guards keep what the
earlier rounds read."""

from __future__ import annotations

from pipeline import ocr


def test_an_unruled_ita_tables_last_column_levels_misread_as_eight() -> None:
    # heldout61 07 as a copier scans it: the instruments' table is unruled and its level is the
    # last column; B read as ``8`` where other rows kept their A and B
    page = "\n".join(
        [
            "     แบบวัด                                   น้ำหนัก     คะแนน ระดับ",
            "     แบบวัดการรับรู้ภายใน (IIT)                 ร้อยละ30       87.40      A",
            "     แบบวัดการรับรู้ภายนอก (EIT)                ร้อยละ30       81.52      8",
            "     คะแนน ITA(ผลรวมถ่วงน้ำหนัก)                              84.56      8",
            "      ตัวชี้วัดที่2           การใช้งบประมาณ             84.20       B",
        ]
    )
    rows = ocr.levels_by_score(page).split("\n")
    assert rows[2].endswith("81.52      B") and rows[3].endswith("84.56      B")
    assert rows[1].endswith("A") and rows[4].endswith("B")


def test_guard_a_rank_or_weight_at_a_rows_end_without_levels() -> None:
    """Scores with a weight or a count last and no level read at any row's end stay as read."""
    page = "IIT   84.62   30\nEIT   80.77   30\nOIT   91.00   8\nรวม   85.10   3"
    assert ocr.levels_by_score(page) == page
    levelled = "IIT   84.62   B\nEIT   91.77   A\nคะแนนเต็ม   100.00   100"
    assert ocr.levels_by_score(levelled) == levelled


def test_one_level_read_beside_the_bands_legend_is_enough() -> None:
    # heldout61 07's second page: one row kept its A, four read B as ``8``; the page prints the bands
    page = "\n".join(
        [
            "     ตัวชีวัดที่5 การแก้ไขปัญหาการทุจริต          เท         82.48      8",
            "     ตัวชี้วัดที่9 การเปิดเผยข้อมูล                OIT        94.44      A",
            "     ตัวชี้วัดที่10 การป้องกันการทุจริต            วท         75.00      8",
            "หมายเหตุ ระดับผลการประเมิน AA = 95.00 100,A = 85.00 94.99, B = 75.00-84.99",
        ]
    )
    rows = ocr.levels_by_score(page).split("\n")
    assert rows[0].endswith("82.48      B") and rows[2].endswith("75.00      B")
    no_legend = "\n".join(page.split("\n")[:3])
    assert ocr.levels_by_score(no_legend) == no_legend


def test_an_oit_checklists_second_page_codes_read_with_zeros() -> None:
    # heldout60 07 as a copier scans it: the checklist's second page names no OIT; its codes
    # O๑๑-O๓๓ read ``๐๑๑``, ``0๑๒``, ``0๐0๒๑``
    page = "\n".join(
        [
            "๐๑๑\tคู่มือหรือมาตรฐานการให้บริการ\t✓",
            "0๑๒\tข้อมูลเชิงสถิติการให้บริการ\t\t✓",
            "๙.๓ การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
            "0๑๔\tแผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ\t✓",
            "0๐0๒๑\tรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี\t\t✓",
        ]
    )
    rows = ocr.repair_ocr_text(page).split("\n")
    assert [row.split("\t")[0] for row in rows] == ["O๑๑", "O๑๒", "๙.๓ การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "O๑๔", "O๒๑"]


def test_guard_numbers_with_zeros_out_of_order_or_few() -> None:
    """Two such cells, or numbers not rising (a telephone's ``012`` in a list), stay as read."""
    two = "012\tสำนักปลัด\t044-123456\n013\tกองคลัง\t044-123457"
    assert ocr.repair_ocr_text(two) == two
    unordered = "012\tก\t1\n011\tข\t2\n015\tค\t3"
    assert ocr.repair_ocr_text(unordered) == unordered
