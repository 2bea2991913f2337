"""Shapes shared by the parsers: office names, person names."""

from __future__ import annotations

from parsers.common import find_organization, split_prefix


def test_office_named_most_often_wins() -> None:
    text = "องค์การบริหารส่วนตำบลนาดีใต้ ... เทศบาลเมืองกาญจนารามย์ ... องค์การบริหารส่วนตำบลนาดีใต้"
    assert find_organization(text) == "องค์การบริหารส่วนตำบลนาดีใต้"


def test_office_name_run_on_into_the_sentence_is_cut() -> None:
    assert find_organization("เทศบาลตำบลห้วยยางน้อยเห็นความสำคัญของการป้องกันการทุจริต") == "เทศบาลตำบลห้วยยางน้อย"
    assert (
        find_organization("เทศบาลตำบลห้วยยางน้อยสนับสนุนให้ ... ออกโดย เทศบาลตำบลห้วยยางน้อย")
        == "เทศบาลตำบลห้วยยางน้อย"
    )
    assert find_organization("ประกาศองค์การบริหารส่วนตำบลบ้านมีชัย") == "องค์การบริหารส่วนตำบลบ้านมีชัย"


def test_prefixes_and_positions_that_look_like_prefixes() -> None:
    assert split_prefix("นายกฤษดา ใจดี") == ("นาย", "กฤษดา ใจดี")
    assert split_prefix("นายกเทศมนตรีตำบลนาดี") == (None, "นายกเทศมนตรีตำบลนาดี")
    assert split_prefix("ว่าที่ร.ต.สมชาย ใจดี") == ("ว่าที่ ร.ต.", "สมชาย ใจดี")


def test_office_name_ocr_cut_with_a_space_is_the_name_on_the_office_line() -> None:
    text = "รายงานผลการประเมิน\nองค์การบริหารส่วนตำบลท่าข้ามสายทอง\nอำเภอพระแสง\nองค์การบริหารส่วนตำบลท่าข้าม สายทอง ได้คะแนน\nองค์การบริหารส่วนตำบลท่าข้าม สายทอง"
    assert find_organization(text) == "องค์การบริหารส่วนตำบลท่าข้ามสายทอง"


def test_air_force_and_navy_petty_officer_ranks_are_prefixes() -> None:
    from parsers.common import split_prefix

    assert split_prefix("พันจ่าเอกณรงค์ฤทธิ์ ทองประเสริฐ") == ("พันจ่าเอก", "ณรงค์ฤทธิ์ ทองประเสริฐ")
    assert split_prefix("พันจ่าอากาศโทสมชาย ใจดี") == ("พันจ่าอากาศโท", "สมชาย ใจดี")


def test_office_name_a_line_break_or_an_ocr_space_cut_is_the_whole_name() -> None:
    # the heading's kind split by OCR (``เทศบาลตำ บล``), the body's name wrapped at a line's end
    text = "เทศบาลตำ บลแควน้อยงาม อำเภอไทรโยค\nผลการประเมิน ซึ่งเทศบาลตำบลแควน้อย\nงามได้คะแนน ๘๗.๕๐"
    assert find_organization(text) == "เทศบาลตำบลแควน้อยงาม"
    # a name at a line's end whose next line is another word stays as it is
    assert find_organization("เทศบาลตำบลแควน้อย\nอำเภอไทรโยค ... เทศบาลตำบลแควน้อย") == "เทศบาลตำบลแควน้อย"


def test_a_rank_whose_first_letter_a_scan_garbled() -> None:
    from parsers.common import split_prefix

    assert split_prefix("พพ.จ.อ.สมหมาย ศรีจันทร์") == ("พ.จ.อ.", "สมหมาย ศรีจันทร์")
    assert split_prefix("พเ.จ.อ.สมหมาย ศรีจันทร์") == ("พ.จ.อ.", "สมหมาย ศรีจันทร์")
    assert split_prefix("รมต.ท.วีระ จันทร์แก้ว") == ("ร.ต.ท.", "วีระ จันทร์แก้ว")
    # the letters left name two ranks (พ.ต.ท., ร.ต.ท.): no guess
    assert split_prefix("พรต.ท.วีระ จันทร์แก้ว") == (None, "พรต.ท.วีระ จันทร์แก้ว")
    assert split_prefix("จพง.ธุรการ ชง.") == (None, "จพง.ธุรการ ชง.")


def test_an_office_name_cut_by_a_line_break_in_a_heading() -> None:
    from parsers.common import find_organization

    # the heading's lines joined with a space: the name's rest follows it
    text = "ประจำปีงบประมาณ พ.ศ. 2569 เทศบาลตำบลห้วยค ตงาม อำเภอห้วยคต ปรากฏว่าเทศบาลตำบลห้วยคตงามได้คะแนน 90"
    assert find_organization(text) == "เทศบาลตำบลห้วยคตงาม"
