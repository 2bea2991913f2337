"""Round of heldout62-64 (issue 11): each test failed before its fix; guards keep what the
earlier rounds read."""

from __future__ import annotations

from pathlib import Path

from pipeline import ocr
from schemas import CommitteeMember
from tests.conftest import parse_pages
from tests.test_round28 import rows_of


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


def _tick_table(cell_texts: list[list[str]]) -> list[str]:
    """What the tick columns of a ruled table (a label column, two narrow ones) come out as."""
    from pipeline import cells

    grid, words = [], []
    for r, row in enumerate(cell_texts):
        top = 100 + 60 * r
        for c, (x0, x1) in enumerate([(0, 600), (600, 700), (700, 800)]):
            grid.append(cells.Box(x0, top, x1, top + 60))
            if row[c]:
                words.append(ocr.Word(x0 + 20, top + 15, 40, 30, 80.0, row[c], r))

    def inside(word: ocr.Word, box: cells.Box) -> bool:
        return box.x0 <= word.left + word.width / 2 <= box.x1 and box.top <= word.top + word.height / 2 <= box.bottom

    out = ocr._ticks_in_tick_columns(words, grid, inside, lambda box: False, 300)
    return [" ".join(w.text for w in sorted(out, key=lambda w: w.left) if w.top // 60 == (100 + 60 * r + 15) // 60) for r in range(len(cell_texts))]


def test_a_tick_a_copier_read_as_a_digit_in_a_column_of_ticks() -> None:
    # heldout60 07 and 61 08 as a copier scans them: ✓ in a checklist's มี column read ``4``,
    # ``๔✓``, and in a month's column ``7”``
    rows = _tick_table([["โครงสร้าง", "✓", ""], ["อำนาจหน้าที่", "๔✓", ""], ["กฎหมาย", "4", ""], ["ข่าว", "✓", ""], ["แผน", "7”", ""]])
    assert rows == ["โครงสร้าง ✓", "อำนาจหน้าที่ ✓", "กฎหมาย ✓", "ข่าว ✓", "แผน ✓"]


def test_guard_a_count_beside_ticks_stays_a_number() -> None:
    """A narrow column of counts (``4`` times, ``12``) beside tick columns keeps its numbers."""
    rows = _tick_table([["ก", "✓", "4"], ["ข", "✓", "12"], ["ค", "✓", "4"], ["ง", "", "7"]])
    assert rows == ["ก ✓ 4", "ข ✓ 12", "ค ✓ 4", "ง 7"]


STAFF_MEETING = [
    "รายงานการประชุมพนักงานส่วนตำบล",
    "ครั้งที่ 3/2569",
    "วันที่ 3 มีนาคม 2569  เวลา 09.30 น.",
    "ผู้มาประชุม",
]


def test_staff_listed_under_their_divisions_captions() -> None:
    # heldout64 04: the present under indented captions (สำนักปลัด, กองคลัง ...), all lost; heldout62
    # 03: a ruled list's caption rows taken for the post of the row above
    from schemas import Attendee

    unruled = [
        *STAFF_MEETING,
        "    สำนักปลัด",
        "      1.   นายเกรียงไกร  สมบูรณ์ยิ่ง         ปลัดองค์การบริหารส่วนตำบล",
        "      2.   นางสาววาสนา  ทองมี            หัวหน้าสำนักปลัด",
        "    กองการศึกษา ศาสนาและวัฒนธรรม",
        "      3.   นางอัมพร  ชื่นใจ                ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม",
        "ผู้ไม่มาประชุม  - ไม่มี -",
        "เริ่มประชุมเวลา 09.30 น.",
    ]
    people = rows_of(parse_pages("\n".join(unruled)), Attendee)
    assert [(p.full_name, p.position) for p in people] == [
        ("เกรียงไกร สมบูรณ์ยิ่ง", "ปลัดองค์การบริหารส่วนตำบล"),
        ("วาสนา ทองมี", "หัวหน้าสำนักปลัด"),
        ("อัมพร ชื่นใจ", "ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม"),
    ]
    ruled = [
        *STAFF_MEETING,
        "ที่\tชื่อ - สกุล\tตำแหน่ง\tลายมือชื่อ",
        "1\tนายบุญเลิศ สายสุด\tรองนายกเทศมนตรี\t",
        "สำนักปลัดเทศบาล\t\t\t",
        "2\tนายวีระศักดิ์ จันทร์หอม\tปลัดเทศบาล\t",
        "กองคลัง\t\t\t",
        "3\tนางวิไลวรรณ ประทุมวัน\tผู้อำนวยการ\t",
        "\t\tกองคลัง\t",
        "เริ่มประชุมเวลา 09.30 น.",
    ]
    people = rows_of(parse_pages("\n".join(ruled)), Attendee)
    assert [p.position for p in people] == ["รองนายกเทศมนตรี", "ปลัดเทศบาล", "ผู้อำนวยการ กองคลัง"]


def test_guard_an_office_wrapped_under_a_guests_post() -> None:
    """heldout50 02: ``สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอแกลง`` under a guest's post is the post's end."""
    from schemas import Attendee

    text = [
        *STAFF_MEETING,
        "1. นายเอกชัย สมบูรณ์           ท้องถิ่นอำเภอแกลง                           ที่ปรึกษาคณะทำงาน",
        "                             สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอแกลง",
        "2. นางสุนิสา ใจเย็น            พนักงานไต่สวนชำนาญการ                      ที่ปรึกษาคณะทำงาน",
        "เริ่มประชุมเวลา 09.30 น.",
    ]
    people = rows_of(parse_pages("\n".join(text)), Attendee)
    assert people[0].position == "ท้องถิ่นอำเภอแกลง สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอแกลง"


def test_an_order_assigning_the_oit_items_by_code_with_ditto_marks() -> None:
    # heldout64 05: ``ข้อ ๒ มอบหมายผู้รับผิดชอบข้อมูล... ดังนี้`` over a table keyed by the items'
    # codes (ตัวชี้วัด | | ผู้รับผิดชอบ | ตำแหน่ง), the same person again as ``-”-``: none was read
    text = [
        "คำสั่งเทศบาลเมืองแหลมทะเล",
        "ที่  ๙/๒๕๖๙",
        "เรื่อง  แต่งตั้งผู้รับผิดชอบการเปิดเผยข้อมูลสาธารณะ (OIT)",
        "          ข้อ ๒ มอบหมายผู้รับผิดชอบข้อมูลตามตัวชี้วัดการเปิดเผยข้อมูลสาธารณะ (OIT) ดังนี้",
        "ตัวชี้วัด\t\tผู้รับผิดชอบ\tตำแหน่ง",
        "O1\tโครงสร้าง\tนางสาวกมลชนก  ทะเลทอง\tนักทรัพยากรบุคคลชำนาญการ",
        "O2\tข้อมูลผู้บริหาร\t-”-\t-”-",
        "O3\tอำนาจหน้าที่\tนายพงศกร  อ่อนศรี\tนิติกรชำนาญการ",
        "O10\tรายงานการกำกับติดตาม\t-”-\t-”-",
        "\tการดำเนินงาน รอบ ๖ เดือน\t\t",
        "O11\tรายงานผลการดำเนินงานประจำปี\tนางอรุณี  สายทอง\t-”-",
        "                         สั่ง  ณ  วันที่  ๕  มกราคม  พ.ศ.  ๒๕๖๙",
    ]
    members = rows_of(parse_pages("\n".join(text)), CommitteeMember)
    assert {m.group_name for m in members} == {"ผู้รับผิดชอบข้อมูลตามตัวชี้วัดการเปิดเผยข้อมูลสาธารณะ (OIT)"}
    assert [(m.seq, m.full_name, m.position) for m in members] == [
        ("O1", "กมลชนก ทะเลทอง", "นักทรัพยากรบุคคลชำนาญการ"),
        ("O2", "กมลชนก ทะเลทอง", "นักทรัพยากรบุคคลชำนาญการ"),
        ("O3", "พงศกร อ่อนศรี", "นิติกรชำนาญการ"),
        ("O10", "พงศกร อ่อนศรี", "นิติกรชำนาญการ"),
        ("O11", "อรุณี สายทอง", "นิติกรชำนาญการ"),
    ]


def test_guard_a_members_table_with_an_items_column_keeps_its_members() -> None:
    """A committee table numbered 1, 2 ... with the OIT items each looks after in a column of its
    own (``ข้อมูลที่รับผิดชอบ``: ``O1 - O8``) reads as before: the items are no member's number."""
    text = [
        "คำสั่งองค์การบริหารส่วนตำบลนาดี",
        "ที่ ๑๒/๒๕๖๙",
        "เรื่อง แต่งตั้งคณะทำงาน",
        "จึงแต่งตั้งคณะทำงานเปิดเผยข้อมูลสาธารณะ ประกอบด้วย",
        "ที่\tชื่อ - สกุล\tตำแหน่ง\tหน้าที่\tข้อมูลที่รับผิดชอบ",
        "๑\tนายสมชาย ใจดี\tปลัด อบต.\tประธานคณะทำงาน\tO1 - O8",
        "๒\tนางสาวสุดา ดีงาม\tนักวิเคราะห์นโยบายและแผน\tคณะทำงาน\tO9 - O16",
        "สั่ง ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๙",
    ]
    members = rows_of(parse_pages("\n".join(text)), CommitteeMember)
    assert [(m.seq, m.full_name, m.position, m.role) for m in members] == [
        ("1", "สมชาย ใจดี", "ปลัด อบต.", "ประธานคณะทำงาน"),
        ("2", "สุดา ดีงาม", "นักวิเคราะห์นโยบายและแผน", "คณะทำงาน"),
    ]


def test_measures_with_fields_numbered_under_their_measure() -> None:
    # heldout64 08: ``มาตรการที่ ๑  มาตรการ...`` over ``๑.๑ วัตถุประสงค์`` ... ``๑.๕ ระยะเวลาดำเนินการ``:
    # the field's number read as a step ended the measure; none was read
    from schemas import Measure

    text = [
        "ประกาศองค์การบริหารส่วนตำบลหนองทะเล",
        "เรื่อง  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "มาตรการที่ ๑  มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
        "     ๑.๑ วัตถุประสงค์",
        "          เพื่อให้ประชาชนเข้าถึงข้อมูลข่าวสารของ อบต. ได้สะดวก",
        "     ๑.๒ ขั้นตอนการดำเนินการ",
        "          (๑) จัดทำรายการข้อมูลที่ต้องเผยแพร่ตามแบบวัด OIT",
        "          (๒) มอบหมายผู้รับผิดชอบข้อมูลแต่ละรายการ",
        "     ๑.๓ ตัวชี้วัดความสำเร็จ  ข้อมูลตามแบบวัด OIT เผยแพร่ครบทุกรายการ",
        "     ๑.๔ ผู้รับผิดชอบ  สำนักปลัด (งานประชาสัมพันธ์)",
        "     ๑.๕ ระยะเวลาดำเนินการ  ตลอดปีงบประมาณ พ.ศ. ๒๕๖๙",
        "",
        "มาตรการที่ ๒  มาตรการตรวจสอบการใช้ดุลพินิจ",
        "     ๒.๑ วัตถุประสงค์",
        "          เพื่อลดการใช้ดุลพินิจ",
        "     ๒.๒ ขั้นตอนการดำเนินการ",
        "          (๑) จัดทำคู่มือการปฏิบัติงาน",
        "     ๒.๓ ผู้รับผิดชอบ  กองคลัง",
        "     ๒.๔ ระยะเวลาดำเนินการ  ทุกเดือน",
        "               ประกาศ  ณ  วันที่  ๑๔  พฤศจิกายน  พ.ศ.  ๒๕๖๘",
    ]
    measures = rows_of(parse_pages("\n".join(text)), Measure)
    assert [(m.seq, m.measure, m.method, m.responsible, m.period) for m in measures] == [
        (
            1,
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
            "(1) จัดทำรายการข้อมูลที่ต้องเผยแพร่ตามแบบวัด OIT (2) มอบหมายผู้รับผิดชอบข้อมูลแต่ละรายการ",
            "สำนักปลัด (งานประชาสัมพันธ์)",
            "ตลอดปีงบประมาณ พ.ศ. 2569",
        ),
        (2, "มาตรการตรวจสอบการใช้ดุลพินิจ", "(1) จัดทำคู่มือการปฏิบัติงาน", "กองคลัง", "ทุกเดือน"),
    ]


def test_a_joint_meetings_people_under_each_offices_counted_caption() -> None:
    # heldout62 04: ``เทศบาลตำบลกระเบารมย์ (7 คน)`` over its people, another office's below: all lost
    from schemas import Attendee

    text = [
        "รายงานการประชุมร่วมระหว่างเทศบาลตำบลกระเบารมย์ และเทศบาลตำบลโคกเพชรรมย์",
        "ครั้งที่ ๑/๒๕๖๙",
        "วันพุธที่ ๑๑ มีนาคม ๒๕๖๙  เวลา ๐๙.๓๐ - ๑๒.๑๕ น.",
        "ผู้มาประชุม",
        "     เทศบาลตำบลกระเบารมย์ (2 คน)",
        "          1. นายสมเกียรติ ประโคนศรี            นายกเทศมนตรีตำบลกระเบารมย์",
        "          2. นายเฉลิมชัย ดีประโคน              รองนายกเทศมนตรี",
        "     เทศบาลตำบลโคกเพชรรมย์ (1 คน)",
        "          1. นายชยพล ศรีบุรินทร์                นายกเทศมนตรีตำบลโคกเพชรรมย์",
        "เริ่มประชุมเวลา 09.30 น.",
    ]
    people = rows_of(parse_pages("\n".join(text)), Attendee)
    assert [(p.seq, p.full_name) for p in people] == [(1, "สมเกียรติ ประโคนศรี"), (2, "เฉลิมชัย ดีประโคน"), (1, "ชยพล ศรีบุรินทร์")]


def test_a_memos_wrapped_sentence_opening_with_the_minutes_words_opens_no_minutes() -> None:
    # heldout62 01: ``... และผ่านการตรวจ`` / ``รายงานการประชุมจากปลัดเทศบาลแล้ว จึงขอส่ง... ดังนี้``
    # opened a minutes document: the memo lost its signer, its list of enclosures read as attendees
    from schemas import Meeting, Memo

    text = [
        "บันทึกข้อความ",
        "ส่วนราชการ  สำนักปลัดเทศบาล",
        "ที่  สร ๕๔๒๐๑/๐๔๗                               วันที่   ๒  กุมภาพันธ์  ๒๕๖๙",
        "เรื่อง  ขอส่งรายงานการประชุมพนักงานเทศบาล",
        "เรียน  นายกเทศมนตรีตำบลตะเคียนรมย์",
        "              บัดนี้ สำนักปลัดเทศบาล ได้จัดทำรายงานการประชุมดังกล่าวเสร็จเรียบร้อยแล้ว และผ่านการตรวจ",
        "รายงานการประชุมจากปลัดเทศบาลแล้ว จึงขอส่งรายงานการประชุมพร้อมเอกสารประกอบ ดังนี้",
        "ลำดับ\tรายการ\tจำนวน",
        "๑\tรายงานการประชุมพนักงานเทศบาล ลูกจ้างประจำ และพนักงานจ้าง\t๕ แผ่น",
        "\tครั้งที่ ๔/๒๕๖๙\t",
        "              จึงเรียนมาเพื่อโปรดพิจารณา",
        "                                                (นางสาวกาญจนา  ศรีสุข)",
        "                                             นักจัดการงานทั่วไปชำนาญการ",
    ]
    parsed = parse_pages("\n".join(text))
    assert rows_of(parsed, Meeting) == []
    (memo,) = rows_of(parsed, Memo)
    assert memo.signer_name == "กาญจนา ศรีสุข"


def test_a_sheet_headed_project_ordinal_with_its_dimension_in_brackets() -> None:
    # heldout62 06: ``โครงการลำดับที่ 1 (มิติที่ 1)`` at the sheet's top right, ``ชื่อโครงการ :`` below,
    # ``โครงการลำดับที่ 1 (ต่อ)`` over its second page: two sheets a project (one named by the ordinal)
    from schemas import ProjectSheet

    text = [
        "รายละเอียดโครงการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "                                   โครงการลำดับที่ 1 (มิติที่ 1)",
        "ชื่อโครงการ : โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร",
        "วัตถุประสงค์ :",
        "     (1) เพื่อเสริมสร้างจิตสำนึกด้านคุณธรรมจริยธรรม",
        "เป้าหมาย :",
        "     เชิงปริมาณ  ผู้บริหาร จำนวน 70 คน",
        "\f                                    โครงการลำดับที่ 1 (ต่อ)",
        "วิธีดำเนินการ :",
        "     (1) ขออนุมัติโครงการ",
        "ระยะเวลาดำเนินการ : มกราคม - มีนาคม 2569",
        "งบประมาณ : 35,000 บาท (สามหมื่นห้าพันบาทถ้วน)",
        "ผู้รับผิดชอบโครงการ : สำนักปลัดเทศบาล",
    ]
    (sheet,) = rows_of(parse_pages("\n".join(text)), ProjectSheet)
    assert (sheet.sheet_no, sheet.name, sheet.target_group) == (1, "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร", "เชิงปริมาณ ผู้บริหาร จำนวน 70 คน")
    assert sheet.budget_thb == 35000


def test_a_measures_months_grid_under_the_period_label() -> None:
    # heldout63 08: ``ระยะเวลาดำเนินการ`` over twelve blank cells, the months on the header's second
    # line, ticks ``●``: the tick under ต.ค. was read as the period (``☑``), the months lost
    from schemas import Measure

    months = "ต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\tมี.ค.\tเม.ย.\tพ.ค.\tมิ.ย.\tก.ค.\tส.ค.\tก.ย."
    text = [
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ที่\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ" + "\t" * 11 + "\tการติดตามผล",
        "\t\t\t\t" + months + "\t",
        "1\tเผยแพร่ข้อมูลสาธารณะ\tปรับปรุงข้อมูลบนเว็บไซต์\tสำนักปลัด\t" + "\t".join(["●"] * 12) + "\tรายงานทุกไตรมาส",
        "2\tเปิดเผยแผนและผล\tเผยแพร่แผนการใช้จ่าย\tกองคลัง\t●\t\t\t●\t\t\t●\t\t\t●\t\t\tรายงานผล",
    ]
    measures = rows_of(parse_pages("\n".join(text)), Measure)
    assert [(m.period, m.follow_up) for m in measures] == [
        (months.replace("\t", ", "), "รายงานทุกไตรมาส"),
        ("ต.ค., ม.ค., เม.ย., ก.ค.", "รายงานผล"),
    ]


def test_a_groups_name_cut_by_its_narrow_cell_before_a_group_word() -> None:
    # heldout63 05 as Chromium lays it out and a scan reads it: ``คณะทำงานประจำ  ประกอบด้วย`` /
    # ``ศูนย์รับเรื่องร้อง`` / ``เรียน``: ศูนย์ opens a group's name, so the rest was none and the
    # group's members went to the group above
    text = [
        "คำสั่งองค์การบริหารส่วนตำบลหาดคำโขง",
        "ที่ ๑๒/๒๕๖๙",
        "เรื่อง แต่งตั้งคณะกรรมการศูนย์รับเรื่องร้องเรียน",
        "จึงแต่งตั้งคณะกรรมการศูนย์รับเรื่องร้องเรียน ดังนี้",
        "คณะกรรมการ        ประกอบด้วย",
        "อำนวยการ",
        "๑.        นายประสิทธิ์ บุญโขง        นายก อบต.หาดคำโขง  ประธานกรรมการ",
        "คณะทำงานประจำ        ประกอบด้วย",
        "ศูนย์รับเรื่องร้อง",
        "เรียน",
        "๑.        นายชยพล ศรีหาตา        ผู้อำนวยการกองช่าง    คณะทำงาน",
        "สั่ง ณ วันที่ ๒๖ มกราคม พ.ศ. ๒๕๖๙",
    ]
    members = rows_of(parse_pages("\n".join(text)), CommitteeMember)
    assert [(m.group_name, m.full_name) for m in members] == [
        ("คณะกรรมการอำนวยการ", "ประสิทธิ์ บุญโขง"),
        ("คณะทำงานประจำศูนย์รับเรื่องร้องเรียน", "ชยพล ศรีหาตา"),
    ]


def test_guard_a_group_heading_of_its_own_under_a_whole_name() -> None:
    """A short line opening with a group word under a name that can end (``คณะกรรมการอำนวยการ``)
    is the next group's heading, not the rest of this one."""
    from parsers.order import MemberReader
    from pipeline.model import Line

    lines = [Line(text=t, page_no=1) for t in ["คณะกรรมการอำนวยการ ประกอบด้วย", "ศูนย์ปฏิบัติการ", "๑. นายก ข ปลัด"]]
    assert MemberReader.heading_wrapped_below(lines, 0) is None


def test_a_dot_ticking_a_month_read_as_one_in_a_column_of_dots() -> None:
    # heldout63 08 at 200 dpi: a months grid ticked with ``●``, one dot read ``1`` (a digit in the
    # text, no month ticked); a dot read as nothing stays a dot, not a ✓
    rows = _tick_table([["ก", "●", "●"], ["ข", "1", "●"], ["ค", "●", "1"], ["ง", "●", "●"]])
    assert rows == ["ก ● ●", "ข ● ●", "ค ● ●", "ง ● ●"]


def test_a_plans_year_columns_read_as_one_cell_before_the_next_label() -> None:
    # heldout63 06 at 200 dpi: the header's second line ``| | | 2567 2568 2569 2570 | รับผิดชอบ``
    # (no ruling found between the years): the rows' amounts went to the remarks
    from parsers.action_plan import years_in_order

    assert years_in_order(["", "", "", "2567 2568 2569 2570", "รับผิดชอบ"]) == [(3, 2567), (4, 2568), (5, 2569), (6, 2570)]
    # (a year in a later label is no packed header's: ``... | ผลปี 2566``)
    assert years_in_order(["", "2567 2568 2569 2570", "ผลปี 2566"]) is None


def test_a_pages_first_row_number_read_as_a_latin_letter() -> None:
    # heldout63 08 at 200 dpi: row 7 opens the page after the header printed again, read ``T``
    page = "\n".join(
        [
            "ที\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ",
            "\t\tทุกงานบริการ ติดไว้\t",
            "T\tใช้ทรัพย์สินของราชการ\tยืมพัสดุและรถยนต์\tกองคลัง",
            "\tอย่างถูกต้อง\tส่วนกลางตามแบบ\t",
            "\t\tขออนุญาต\t",
            "8\tปรับปรุงการสื่อสาร\tตอบกลับข้อร้องเรียน\tสำนักปลัด",
        ]
    )
    assert ocr.repair_row_numbers(page).split("\n")[2].startswith("7\tใช้ทรัพย์สิน")
    lettered = "ข.\tด้านการป้องกัน\t\t\n5\tมาตรการ\tก\tข"
    assert ocr.repair_row_numbers(lettered) == lettered


def test_a_dot_read_as_a_thai_one_in_a_months_grid() -> None:
    # heldout63 08 at 200 dpi: ``●`` read ``1`` and then ``๑`` by the digit re-reading
    page = "1\tเผยแพร่\tสำนักปลัด\t●\t๑\t●\n2\tเปิดเผย\tกองคลัง\t●\t●\t1\n3\tป้องกัน\tกองช่าง\t●\t●\t●"
    rows = ocr.repair_ocr_text(page).split("\n")
    assert [row.split("\t")[3:] for row in rows] == [["●", "●", "●"]] * 3
    counts = "1\tก\t●\t3\n2\tข\t●\t1\n3\tค\t●\t๑"
    assert ocr.repair_ocr_text(counts) == counts


def test_an_ita_level_misread_before_the_pass_verdict() -> None:
    # heldout62 07 as a copier scans it: ``๘๔.๖๒ | 8 | ไม่ผ่าน`` among rows ``... | A | ผ่าน``
    page = "\n".join(
        [
            "แบบวัด IIT\t๘๙.๕๓\tA\tผ่าน",
            "๑.การปฏิบัติหน้าที่\t๙๓.๔๘\tA\tผ่าน",
            "๒. การใช้งบประมาณ\t๘๔.๖๒\t8\tไม่ผ่าน",
        ]
    )
    assert ocr.levels_by_score(page).split("\n")[2] == "๒. การใช้งบประมาณ\t๘๔.๖๒\tB\tไม่ผ่าน"


# --- guards from this round's reviews (documents in tests/fixtures/round62_guards) -----------------

GUARDS = Path(__file__).parent / "fixtures" / "round62_guards"


def _guard(name: str, *, scanned: bool = False) -> list:  # type: ignore[type-arg]
    pages = (GUARDS / name).read_text(encoding="utf-8").split("\f")
    return parse_pages(*(ocr.repair_ocr_text(page) for page in pages) if scanned else pages)


def _members(name: str) -> list[tuple[str | None, str]]:
    return [(m.group_name, m.seq) for m in rows_of(_guard(name), CommitteeMember)]


def test_guard_zero_padded_row_numbers_are_no_oit_codes() -> None:
    # a sign-in sheet printed from a spreadsheet (``010 | นายอุดม ...``) on a page naming no OIT
    from schemas import Attendee

    people = rows_of(_guard("ocr_oit_zero_padded_attendees.txt", scanned=True), Attendee)
    assert [p.seq for p in people] == list(range(1, 14))


def test_guard_a_ranked_table_under_a_levelled_one_keeps_its_ranks() -> None:
    text = (GUARDS / "ocr_levels_rank_column.txt").read_text(encoding="utf-8")
    ranks = [line.split()[-1] for line in ocr.levels_by_score(text).split("\n") if line.strip().startswith("ตัวชี้วัดที่")]
    assert not any(rank in ("AA", "A", "B") for rank in ranks)


def test_guard_a_carried_rows_dash_is_no_row_number() -> None:
    from schemas import Measure

    measures = rows_of(_guard("ocr_latin_dash_continuation.txt", scanned=True), Measure)
    assert [m.seq for m in measures] == list(range(1, 10))
    assert "ทะเบียน" in (measures[6].method or "")  # (row 7's wrapped rest on the next page, kept)


def test_guard_code_rows_of_people_already_appointed_add_no_members() -> None:
    # the items given out to the working group's members (a clause pointing back, an annex)
    assert all(not seq.startswith("O") for _, seq in _members("a_01_oit_after_committee.txt"))
    assert _members("a_16_oit_annex_page2.txt") == [("คณะทำงานการเปิดเผยข้อมูลสาธารณะ", s) for s in ("1", "2", "3")]


def test_guard_dittos_under_a_doctors_post_and_a_name_surname_roster() -> None:
    roles = [m.role for m in rows_of(_guard("a_13_doctor_post_ditto_role.txt"), CommitteeMember)]
    assert roles[2:4] == ["กรรมการ", "กรรมการ"]
    assert len(_members("a_07_roster_name_surname_columns.txt")) == 4


def test_guard_a_whole_committee_name_takes_no_caption_below() -> None:
    assert {g for g, _ in _members("a_11_tripartite_sides.txt")} == {"คณะกรรมการสามฝ่าย"}
    assert {g for g, _ in _members("a_06_permanent_staff_then_group.txt")} == {
        "คณะกรรมการประเมินผลการปฏิบัติงานลูกจ้างประจำ",
        "คณะกรรมการประเมินผลการปฏิบัติงานพนักงานจ้าง",
    }


def test_guard_a_minutes_title_under_a_long_line_opens_the_minutes() -> None:
    from schemas import Meeting

    for name in ("b_o1_enclosure_caption_above_title.txt", "b_o4_memo_then_minutes_same_page.txt"):
        assert len(rows_of(_guard(name), Meeting)) == 1, name


def test_guard_a_posts_wrapped_division_stays_its_post() -> None:
    from schemas import Attendee

    def positions(name: str) -> list[str | None]:
        return [p.position for p in rows_of(_guard(name), Attendee)]

    assert "ผู้อำนวยการ กองคลัง" in positions("b_m1_wrap_mid_column.txt")
    assert "ผู้อำนวยการ กองคลัง" in positions("b_m3_ruled_no_seq.txt")
    assert positions("b_m5_guest_office_kong.txt")[3] == "นักวิชาการ กองสาธารณสุขและสิ่งแวดล้อม"
    assert positions("b_c3_post_wrap_count.txt")[1] == "ผู้แทนชมรมผู้สูงอายุ และคณะ (4 คน)"


def test_guard_an_ordinal_line_without_a_named_project_opens_no_sheet() -> None:
    from schemas import ProjectSheet

    for name in ("b_s1_plan_ref_wrapped_ordinal.txt", "b_s2_activity_ordinal_inside.txt"):
        sheets = rows_of(_guard(name), ProjectSheet)
        assert [(s.sheet_no, s.budget_thb) for s in sheets] == [(1, 35000)], name


def test_guard_a_measures_numbered_steps_stay_its_method() -> None:
    from schemas import Measure

    def first(name: str) -> Measure:
        return rows_of(_guard(name), Measure)[0]

    assert first("b_e1_substeps_activity_words.txt").method.startswith("1.1 โครงการอบรม")  # type: ignore[union-attr]
    assert first("b_e2_substeps_label_like.txt").method.startswith("1.1 ขั้นตอนการปฏิบัติงาน")  # type: ignore[union-attr]
    assert first("b_e4_subpoints_time_step.txt").method.startswith("1.1 รับเรื่องร้องเรียน")  # type: ignore[union-attr]
    assert first("b_e3_indicator_value_success.txt").follow_up.startswith("ความสำเร็จของ")  # type: ignore[union-attr]


def test_guard_a_quarters_label_over_its_ticks_stays_a_number() -> None:
    # heldout62 06 at 200 dpi: the header's quarter ``1`` over a column of ticks, read as a tick,
    # lost the quarters of every row
    rows = _tick_table([["โครงการ", "1", "2"], ["ก", "✓", ""], ["ข", "✓", "✓"], ["ค", "", "✓"]])
    assert rows[0] == "โครงการ 1 2"


def test_guard_a_quarters_label_over_a_column_of_dots_stays_a_number() -> None:
    # heldout55 06 at 200 dpi: ``(บาท) | 1 | 2 | 3 | 4`` over rows ticked ``●``
    page = "ที่\tโครงการ\t(บาท)\t1\t2\n1\tก\t5,000\t●\t●\n2\tข\t-\t●\t1\n3\tค\t-\t●\t●"
    rows = ocr.repair_ocr_text(page).split("\n")
    assert rows[0].endswith("(บาท)\t1\t2") and rows[2].endswith("●\t●")


def test_row_end_levels_misread_alike_in_a_block_beside_a_level_read_as_a_letter() -> None:
    # heldout61 07 as a copier scans it: the instruments' block has A read ``ก`` and B read ``8``
    # three times; the indicators' block below has its levels read right
    page = "\n".join(
        [
            "     แบบวัดการรับรู้ภายใน (IIT)        ร้อยละ30       87.40      ก",
            "     แบบวัดการรับรู้ภายนอก (EIT)       ร้อยละ30       81.52      8",
            "     แบบวัดการเปิดเผยข้อมูล (OIT)      ร้อยละ40       84.72      8",
            "     คะแนน ITA(ผลรวมถ่วงน้ำหนัก)                       84.56      8",
            "4. ผลคะแนนรายตัวชี้วัด",
            "      ตัวชี้วัดที่1     การปฏิบัติหน้าที่        93.86       A",
            "      ตัวชี้วัดที่2     การใช้งบประมาณ          84.20       B",
        ]
    )
    rows = ocr.levels_by_score(page).split("\n")
    assert [row[-1] for row in rows[1:4]] == ["B", "B", "B"]
