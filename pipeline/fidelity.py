"""How faithfully a page's text was read: character and digit error rates against the source
text the document was made from (``make fidelity``). Pure functions; the driver is
``scripts/fidelity.py``.

Both sides are compared without whitespace (producers wrap lines and cells where they like)
and with Thai digits as Arabic (what the warehouse keeps); the digit error rate compares the
digit strings alone, since dates, years, item numbers, scores and budgets are digits.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

from pipeline.normalize import FILL

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SPACE = regex.compile(r"\s+")
_TAGS = regex.compile(r"</?p\s*/?>", regex.IGNORECASE)


def comparable(text: str) -> str:
    """Text as compared: NFC, Arabic digits, no whitespace, no ``<p>`` remnants, no empty
    tick boxes (the layout writes ``☐`` where a column of ticks is blank: a cell, not text),
    no fill leaders (``........``, ``……``, ``____``: typography the OCR erases on purpose and
    normalisation drops, not words), no rules and bars (``--------`` under a heading, ``*****``,
    a text chart's ``████``: drawing, which the OCR erases as it erases ruled lines)."""
    text = unicodedata.normalize("NFC", _TAGS.sub("", text)).translate(_THAI_DIGITS)
    return _SPACE.sub("", _DRAWING.sub(" ", FILL.sub(" ", text))).replace("☐", "")


_DRAWING = regex.compile(r"[-=*~─━]{4,}|[█▉▊▋▌▍▎▏▐░▒▓■]+")


def rate(part: float, whole: float, empty: float = 0.0) -> float:
    """``part / whole``, or ``empty`` when there is no whole (nothing to get wrong)."""
    return part / whole if whole else empty


def digits(text: str) -> str:
    return "".join(ch for ch in comparable(text) if ch.isdigit())


@dataclass(frozen=True, slots=True)
class Fidelity:
    chars: int  # characters of the reference
    char_errors: int  # edit distance
    digit_count: int
    digit_errors: int

    @property
    def cer(self) -> float:
        return rate(self.char_errors, self.chars)

    @property
    def digit_error_rate(self) -> float:
        return rate(self.digit_errors, self.digit_count)

    def __add__(self, other: Fidelity) -> Fidelity:
        return Fidelity(
            self.chars + other.chars,
            self.char_errors + other.char_errors,
            self.digit_count + other.digit_count,
            self.digit_errors + other.digit_errors,
        )


def fidelity(reference: str, extracted: str) -> Fidelity:
    """Edit distances of ``extracted`` against ``reference`` (characters, and digits alone)."""
    ref, hyp = comparable(reference), comparable(extracted)
    ref_digits, hyp_digits = digits(reference), digits(extracted)
    return Fidelity(
        chars=len(ref),
        char_errors=Levenshtein.distance(ref, hyp),
        digit_count=len(ref_digits),
        digit_errors=Levenshtein.distance(ref_digits, hyp_digits),
    )


def digit_mistakes(reference: str, extracted: str, context: int = 10) -> list[str]:
    """Where the extracted text's digits differ from the source's: ``source -> read`` with a
    few characters either side (``make fidelity --verbose`` prints them)."""
    ref, hyp = comparable(reference), comparable(extracted)
    found = []
    for op in Levenshtein.opcodes(ref, hyp):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal" or not any(ch.isdigit() for ch in ref[i1:i2] + hyp[j1:j2]):
            continue
        found.append(f"{ref[max(0, i1 - context):i1]}[{ref[i1:i2]} -> {hyp[j1:j2]}]{ref[i2:i2 + context]}")
    return found
