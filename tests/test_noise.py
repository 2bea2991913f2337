"""Robustness to OCR noise: the clean samples, damaged the way OCR'd text files are, still
give (nearly) their gold records.

``ocr_noise`` is deterministic (a seeded ``random.Random`` per file) and modest: a few
dropped tone marks and upper vowels, SARA AM in two pieces, spaces lost or added between
Thai words, a split year, a doubled space inside a name, Thai digits on some lines, stray
marks and ``*...*`` garbage lines. Digits are never changed: gold keys are dates and numbers
a reader could not recover either.

Run ``python -m tests.test_noise`` for the per-table report over several noise seeds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex
from pythainlp.tokenize import word_tokenize

from parsers.common import find_organization, split_prefix
from parsers.order import rejoin_split_name
from pipeline.config import Settings
from pipeline.eval import EvalReport, format_report
from pipeline.extract import decode_text
from pipeline.normalize import normalize_line
from pipeline.thai import find_date
from schemas import Attendee, Project
from tests.conftest import SAMPLES, ingest_and_evaluate, parse_pages

TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"
UPPER_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47"
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_THAI_BASE = regex.compile(r"[\u0e01-\u0e2e]")
_SPACE_BETWEEN_THAI = regex.compile(r"(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_THAI_WORD = regex.compile(r"^[\u0e01-\u0e4e]+$")
_YEAR = regex.compile(r"(?<!\d)25\d\d(?!\d)")
_NAME_SPACE = regex.compile(r"(?<=(?:นาย|นาง|นางสาว)[\u0e01-\u0e4e]{2,}) (?=[\u0e01-\u0e4e]{3,})")
STRAY_MARKS = ("'", ".", ",", "`", "'  ,", ". '", "|", ":", "~", "\u0e47", "\u0e48 .")
GARBAGE = "กขฃคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ/่้๊็ะาิีึืุู"


@dataclass(frozen=True, slots=True)
class NoiseLevel:
    """Probabilities of each kind of damage (per mark, per space, per line)."""

    tone: float
    upper: float
    sara_am: float
    drop_space: float
    add_space: float
    split_year: float
    name_space: float
    thai_digits: float
    stray_line: float
    garbage_line: float


MODEST = NoiseLevel(
    tone=0.03,
    upper=0.02,
    sara_am=0.3,
    drop_space=0.04,
    add_space=0.03,
    split_year=0.05,
    name_space=0.15,
    thai_digits=0.15,
    stray_line=0.02,
    garbage_line=0.015,
)


def _drop_marks(line: str, rng: random.Random, level: NoiseLevel) -> str:
    out = []
    for char in line:
        if char in TONE_MARKS and rng.random() < level.tone:
            continue
        if char in UPPER_VOWELS and rng.random() < level.upper:
            continue
        out.append(char)
    return "".join(out)


def _garbage(rng: random.Random) -> str:
    return "*" + "".join(rng.choice(GARBAGE) for _ in range(rng.randint(3, 7))) + "*"


def noise_line(line: str, rng: random.Random, level: NoiseLevel = MODEST) -> str:
    """One line as a modest OCR would give it back."""
    line = _NAME_SPACE.sub(lambda m: "  " if rng.random() < level.name_space else " ", line)
    words = word_tokenize(line, engine="newmm", keep_whitespace=True)
    line = "".join(
        word
        + (" " if _THAI_WORD.match(word) and _THAI_WORD.match(nxt) and rng.random() < level.add_space else "")
        for word, nxt in zip(words, [*words[1:], ""], strict=True)
    )
    line = _SPACE_BETWEEN_THAI.sub(lambda m: "" if rng.random() < level.drop_space else " ", line)
    line = _drop_marks(line, rng, level)
    line = regex.sub("\u0e33", lambda m: "\u0e4d\u0e32" if rng.random() < level.sara_am else m.group(), line)
    line = _YEAR.sub(
        lambda m: m.group()[0] + " " + m.group()[1:] if rng.random() < level.split_year else m.group(), line
    )
    if rng.random() < level.thai_digits:
        line = line.translate(THAI_DIGITS)
    return line


def ocr_noise(text: str, rng: random.Random, level: NoiseLevel = MODEST) -> str:
    """A whole text file damaged line by line, with stray-mark and garbage lines between."""
    out: list[str] = []
    for line in text.split("\n"):
        out.append(noise_line(line, rng, level) if line.strip() else line)
        if rng.random() < level.stray_line:
            out.append(rng.choice(STRAY_MARKS))
        if rng.random() < level.garbage_line:
            out.append(_garbage(rng))
    return "\n".join(out)


def sample_text(path: Path) -> str:
    return decode_text(path.read_bytes())


def noisy_samples(folder: Path, noise_seed: int, level: NoiseLevel = MODEST) -> Path:
    """Every sample damaged into ``folder`` (UTF-8, same name), with gold files whose
    ``source`` names the damaged file; returns the gold folder."""
    gold_dir = folder / "gold"
    gold_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(SAMPLES.glob("*.txt")):
        rng = random.Random(f"{noise_seed}:{path.name}")
        name = f"{path.stem}.noisy{noise_seed}.txt"
        (folder / name).write_text(ocr_noise(sample_text(path), rng, level), encoding="utf-8")
        gold = json.loads((SAMPLES / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        gold["source"] = name
        (gold_dir / f"{path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return gold_dir


def noisy_report(folder: Path, noise_seed: int, level: NoiseLevel = MODEST) -> EvalReport:
    gold_dir = noisy_samples(folder, noise_seed, level)
    return ingest_and_evaluate(sorted(folder.glob("*.txt")), gold_dir, folder / "noisy.duckdb", Settings(workers=1))


# --- the noise itself ------------------------------------------------------------------------

CLEAN = (
    "รายงานการประชุมคณะทำงานจัดทำแผนพัฒนาบุคลากร เทศบาลตำบลบ้านสวนหมาก\n"
    "วันพุธที่ 14 กุมภาพันธ์ 2567 เวลา 10.00 น.\n"
    "1. นายสมปอง ใจดีงาม ปลัดเทศบาล ประธานคณะทำงาน\n"
    "มติที่ประชุม เห็นชอบตามที่เสนอ และให้ดำเนินการต่อไป\n"
)


def test_noise_is_deterministic_and_keeps_digits() -> None:
    one = ocr_noise(CLEAN * 20, random.Random(7))
    assert one == ocr_noise(CLEAN * 20, random.Random(7))
    assert one != CLEAN * 20
    digits = regex.sub(r"\D", "", normalize_line(one))
    assert digits == regex.sub(r"\D", "", CLEAN * 20)


def test_noise_is_modest() -> None:
    clean = CLEAN * 50
    noisy = ocr_noise(clean, random.Random(3))
    marks = sum(clean.count(m) for m in TONE_MARKS + UPPER_VOWELS)
    kept = sum(noisy.count(m) for m in TONE_MARKS + UPPER_VOWELS)
    assert 0.9 * marks < kept < marks
    assert len(noisy.splitlines()) < 1.1 * len(clean.splitlines())


# --- the repairs, one by one ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["ทีมงานเทศบาล", "เรืองแสง", "ท 12", "จำนวน 2 567 คน", "*1\tโครงการ"])
def test_words_that_only_look_like_damaged_labels_stay(text: str) -> None:
    assert normalize_line(text) == text


@pytest.mark.parametrize("speck", ["'", "'  ,", "|", "\u0e47", "*กฟ/่ด*", ". '"])
def test_speck_and_garbage_lines_are_dropped(speck: str) -> None:
    assert normalize_line(speck) == ""


def test_garbage_between_asterisks_inside_a_line_goes_without_a_column_break() -> None:
    assert normalize_line("อบรมคุณธรรม *ฆษ/ฮ้* บุคลากร") == "อบรมคุณธรรม บุคลากร"


def test_month_names_without_their_marks() -> None:
    assert find_date("วันที่ 9 มนาคม 2568") == dt.date(2025, 3, 9)
    assert find_date("30 กนยายน 2567") == dt.date(2024, 9, 30)
    assert find_date("2 มี.ค. 2568") == dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("text", "prefix", "rest"),
    [
        ("จ่า เอกวิรัช ดอนไพร", "จ่าเอก", "วิรัช ดอนไพร"),
        ("จาเอกวิรัช ดอนไพร", "จ่าเอก", "วิรัช ดอนไพร"),
        ("ว่าทีร้อยตรีกิตติ ศรีนา", "ว่าที่ร้อยตรี", "กิตติ ศรีนา"),
        ("สิบ ตรีมานพ ทองอ่อน", "สิบตรี", "มานพ ทองอ่อน"),
        ("คณะกรรมการอำนวยการ", None, "คณะกรรมการอำนวยการ"),
    ],
)
def test_damaged_prefixes(text: str, prefix: str | None, rest: str) -> None:
    assert split_prefix(text) == (prefix, rest)


def test_attendee_name_split_by_ocr_stays_whole() -> None:
    text = (
        "รายงานการประชุมคณะทำงานจัดทำแผนพัฒนาบุคลากร\nเทศบาลตำบลบ้านสวนหมาก\n"
        "วันพุธที่ 14 กุมภาพันธ์ 2567 เวลา 10.00 น.\nผู้มาประชุม\n"
        "1.\tนายสมปอง ใจ ดีงาม\tปลัดเทศบาล\tประธานคณะทำงาน\n"
        "2.\tนางสาวมณี  รัตนา\tนักทรัพยากรบุคคล\tเลขานุการ\n"
        "เริ่มประชุมเวลา 10.00 น.\nระเบียบวาระที่ 1 เรื่องที่ประธานแจ้ง\nมติที่ประชุม รับทราบ\n"
    )
    names = [r.full_name for p in parse_pages(text) for r in p.rows if isinstance(r, Attendee)]
    assert names == ["สมปอง ใจ ดีงาม", "มณี รัตนา"]


def test_order_member_split_by_ocr_is_put_back_by_the_repeated_surname() -> None:
    assert rejoin_split_name("วิ รัช ดอนไพร", ["ดอนไพร"]) == "วิรัช ดอนไพร"
    assert rejoin_split_name("วิรัช ดอน ไพร", ["ดอนไพร"]) == "วิรัช ดอนไพร"
    assert rejoin_split_name("วิรัช ณ ระนอง", ["ระนอง"]) == "วิรัช ณ ระนอง"


def test_order_member_run_together_is_split_at_the_repeated_surname() -> None:
    assert rejoin_split_name("วิรัชดอนไพร", ["ดอนไพร"]) == "วิรัช ดอนไพร"
    assert rejoin_split_name("ดอนไพร", ["ดอนไพร"]) == "ดอนไพร"


def test_office_names_damaged_or_spaced_after_their_kind() -> None:
    assert find_organization("รายงานผล องค์การบริหารสวนตำบลบ้านสวนหมาก ประจำปี 2567") == (
        "องค์การบริหารส่วนตำบลบ้านสวนหมาก"
    )
    assert find_organization("เทศบาลตำบล บ้านสวนหมาก อำเภอเมือง") == "เทศบาลตำบลบ้านสวนหมาก"
    assert find_organization("เทศบาลตำบล ทุกแห่ง ต้องดำเนินการ") is None


def test_quarter_header_in_thai_digits_places_the_ticks_as_arabic_digits_do() -> None:
    header = "                                                            {}  {}  {}  {}\n"
    table = (
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลบ้านสวนหมาก\n"
        "ลำดับ  โครงการ                         มิติ    งบประมาณ    ไตรมาส       หมายเหตุ\n"
        "{header}"
        "1      โครงการอบรมคุณธรรมพนักงาน         1       20000          ✓     ✓      สำนักปลัด\n"
        "2      กิจกรรมเผยแพร่ข้อมูลข่าวสาร          2       5000              ✓        กองคลัง\n"
    )

    def quarters(digits: str) -> list[tuple[bool | None, ...]]:
        text = table.format(header=header.format(*digits))
        return [(r.q1, r.q2, r.q3, r.q4) for p in parse_pages(text) for r in p.rows if isinstance(r, Project)]

    arabic = quarters("1234")
    assert len(arabic) == 2 and all(any(q) for q in arabic)
    assert quarters("๑๒๓๔") == arabic


# --- the pipeline under noise ------------------------------------------------------------------

NOISE_SEEDS = (1, 2, 3, 4, 5)
# Key F1 1.000 on most seeds, never below 0.99 over seeds 1-10; strict F1 0.90-1.00.
OVERALL_KEY_FLOOR = 0.97
OVERALL_STRICT_FLOOR = 0.9
TABLE_KEY_FLOOR = 0.9


@pytest.mark.parametrize("noise_seed", NOISE_SEEDS)
def test_noisy_samples_keep_their_records(tmp_path: Path, noise_seed: int) -> None:
    report = noisy_report(tmp_path, noise_seed)
    detail = format_report(report, verbose=True)
    assert report.overall.key_prf[2] >= OVERALL_KEY_FLOOR, detail
    assert report.overall.strict_f1 >= OVERALL_STRICT_FLOOR, detail
    for table, score in report.tables.items():
        assert score.key_prf[2] >= TABLE_KEY_FLOOR, f"{table}\n{detail}"


def main(seeds: list[int]) -> None:
    import tempfile

    from pipeline.eval import TableScore

    total: dict[str, TableScore] = {}
    for noise_seed in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            report = noisy_report(Path(tmp), noise_seed)
        print(f"--- noise seed {noise_seed}")
        print(format_report(report, verbose="-v" in sys.argv))
        for table, score in report.tables.items():
            total.setdefault(table, TableScore(table)).add(score)
    print("--- all seeds")
    overall = TableScore("OVERALL")
    for table, score in total.items():
        overall.add(score)
        print(f"{table:18} key_F1={score.key_prf[2]:.3f} strict_F1={score.strict_f1:.3f}")
    print(f"{'OVERALL':18} key_F1={overall.key_prf[2]:.3f} strict_F1={overall.strict_f1:.3f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:] if a.isdigit()] or list(range(1, 11)))
