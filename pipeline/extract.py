"""Stage 2, extract: a ``Source`` becomes pages of untouched text.

Text files are decoded (UTF-8, UTF-16 and UTF-32 with or without a byte-order mark,
TIS-620/cp874) and split on form feeds; a few bytes that do not decode are replaced and
reported, bytes that are not Thai text in any of them (Latin-1, random data) are refused with
one line. PDFs and images go to ``pipeline.extract_pdf`` (text layer, tables, OCR per page);
pages whose text layer could not be read are reported as damage (``extract_source``).
"""

from __future__ import annotations

import codecs
import zlib
from dataclasses import dataclass

import regex

from pipeline.config import Settings
from pipeline.errors import DecodeError, NoThaiTextError, UnsupportedFormatError
from pipeline.executor import Executor
from pipeline.model import Page, Source

_THAI = regex.compile(r"[\u0e00-\u0e7f]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_THAI_RUN = regex.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]+")  # letters, vowels and marks: no digits, ฿ ๏ ๚ ๛
_THAI_SIGN = regex.compile(r"[\u0e3f\u0e4f\u0e5a\u0e5b]")  # ฿ ๏ ๚ ๛: rare in documents, common in noise
_ABOVE_BELOW = "\u0e31\u0e34-\u0e3a\u0e47"
_TONE = "\u0e48-\u0e4e"
_MISSPELT = regex.compile(
    rf"(?<![\u0e01-\u0e2e{_ABOVE_BELOW}{_TONE}])[{_ABOVE_BELOW}{_TONE}]"  # a mark on no letter
    rf"|[{_ABOVE_BELOW}][{_ABOVE_BELOW}]|[{_TONE}][{_TONE}]"  # two vowels, two tone marks on one letter
    r"|[\u0e40-\u0e44](?![\u0e01-\u0e2e])"  # a leading vowel before no consonant
    rf"|(?<![\u0e01-\u0e2e{_TONE}])[\u0e30\u0e32\u0e33]"  # ะ า ำ after no letter
)
_LATIN_LETTER = regex.compile(r"[A-Za-z\u00c0-\u024f]")
_ESCAPED = regex.compile(r"[\udc00-\udcff]")  # an undecodable byte, kept by ``_escape``
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),  # before UTF-16's, which it starts with
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
_WIDE = (("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"))
# Share of a text's Thai characters that must stand in Thai words for it to read as Thai.
_THAI_WORDED = 0.6
# Thai characters in words a guessed encoding (TIS-620, UTF-16 without a byte-order mark) needs.
_GUESS_LEAST = 8
# A decoding with more undecodable bytes than this share of its good non-ASCII characters is
# the wrong encoding, not a text with stray bytes.
_STRAY_SHARE = 0.1


@dataclass(frozen=True, slots=True)
class Decoded:
    """A text file's text, the encoding it was read in and, when bytes were replaced, why."""

    text: str
    encoding: str  # UTF-8, UTF-16, UTF-32, TIS-620/cp874
    warning: str | None = None


def reads_as_thai(text: str, least: int = 1) -> bool:
    """Whether ``text`` reads as Thai: most of its Thai characters stand in runs of three or
    more (words), and its marks sit on letters. Western text read as TIS-620 (Latin-1's
    accented letters are Thai marks and letters there) or random bytes give Thai characters
    one at a time between Latin letters and symbols, and misspelt. ``least``: Thai characters
    in words it must hold (a guessed encoding needs more evidence than a declared one)."""
    runs = _THAI_RUN.findall(text)
    thai = sum(map(len, runs))
    if not thai:
        return False
    worded = sum(len(run) for run in runs if len(run) >= 3)
    odd = len(_MISSPELT.findall(text)) + len(_THAI_SIGN.findall(text))
    return worded >= max(least, _THAI_WORDED * (thai + odd)) and odd <= 0.05 * thai


def _binary(text: str, allowed: int = 3) -> bool:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) > max(allowed, len(sample) // 100)


def _escape(err: UnicodeError) -> tuple[str, int]:
    """Each undecodable byte as a lone surrogate (as ``surrogateescape`` does, for ASCII
    bytes too: UTF-16 and UTF-32 can fail on them), to count and then replace."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return "".join(chr(0xDC00 + b) for b in err.object[err.start : err.end]), err.end


_ESCAPE = "saraban-escape"
codecs.register_error(_ESCAPE, _escape)


def _replaced(data: bytes, codec: str, name: str, first: int) -> tuple[str, str, int, int]:
    """``data`` decoded with every undecodable byte replaced (U+FFFD), the warning saying so,
    and the counts of bytes replaced and of good non-ASCII characters."""
    escaped = data.decode(codec, errors=_ESCAPE)
    bad = len(_ESCAPED.findall(escaped))
    good = sum(1 for c in escaped if c > "\x7f") - bad
    text = _ESCAPED.sub("\ufffd", escaped)
    warning = f"{bad} byte{'s' if bad != 1 else ''} not valid {name} replaced (first at byte {first})"
    return text, warning, bad, good


def _looks_western(data: bytes) -> bool:
    """Bytes that read as Western European text (Latin-1/cp1252): words of ASCII letters
    whose bytes over 0x7F are accented letters or typographic marks."""
    text = data.decode("cp1252", errors="replace")
    high = [c for c in text if c > "\x7f"]
    if not high or _binary(text):
        return False
    fitting = sum(1 for c in high if c in "“”‘’–—…€•«»°·" or ("\u00c0" <= c <= "\u00ff" and c.isalpha()))
    letters = len(_LATIN_LETTER.findall(text))
    return fitting >= 0.9 * len(high) and letters >= max(10, 2 * len(high))


def decode(data: bytes) -> Decoded:
    """Text from bytes in the encodings Thai offices use. Raises ``DecodeError`` for bytes
    that are no Thai text in any of them, ``NoThaiTextError`` for text without Thai."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return _checked(Decoded(body.decode(codec), name))
            except UnicodeDecodeError as err:
                text, warning, bad, good = _replaced(body, codec, name, err.start + len(bom))
                if bad > _STRAY_SHARE * max(good, 1) and not reads_as_thai(text):
                    raise DecodeError(f"{name} byte-order mark but the text does not decode as {name}") from None
                return _checked(Decoded(text, name, warning))
    utf8: Decoded | None = None
    damaged_utf8 = ""  # UTF-8 with too many bad bytes to replace, when nothing else fits
    try:
        utf8 = Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as err:
        text, warning, bad, good = _replaced(data, "utf-8", "UTF-8", err.start)
        if good and bad <= _STRAY_SHARE * good:
            return _checked(Decoded(text, "UTF-8", warning))
        if good >= max(bad, 20):
            damaged_utf8 = f"UTF-8 text with {bad} bytes that do not decode (first at byte {err.start}), too many to replace"
    if utf8 is not None and not _binary(utf8.text):
        return _checked(utf8)
    if b"\x00" not in data:
        try:
            cp874 = Decoded(data.decode("cp874"), "TIS-620/cp874")
        except UnicodeDecodeError:
            pass
        else:
            if reads_as_thai(cp874.text, _GUESS_LEAST) and not _binary(cp874.text, allowed=0):
                return cp874
    for codec, name in _WIDE:
        unit = 4 if name == "UTF-32" else 2
        if len(data) % unit:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _binary(text):
            continue
        if reads_as_thai(text, _GUESS_LEAST):
            return Decoded(text, name)
        if b"\x00" in data and sum(" " <= c <= "~" or c in "\t\n\r\f" for c in text) >= 0.9 * len(text):
            raise NoThaiTextError(f"no Thai text found ({name} text without a byte-order mark)")
    if b"\x00" in data[:4096]:
        raise DecodeError("binary data, not text (NUL bytes)")
    if utf8 is not None:
        raise DecodeError("binary data, not text (control characters)")
    if damaged_utf8:
        raise DecodeError(damaged_utf8)
    if _looks_western(data):
        raise DecodeError("text is not Thai: its bytes read as Western European text (Latin-1/cp1252), not TIS-620/cp874")
    raise DecodeError("not text in UTF-8, UTF-16, UTF-32 or TIS-620/cp874 (random or binary data)")


def _checked(decoded: Decoded) -> Decoded:
    """A decoding that is still no text (control characters, mostly replacement characters)
    raises ``DecodeError``."""
    text = decoded.text
    if _binary(text):
        raise DecodeError(f"binary data, not text (control characters in {decoded.encoding})")
    letters = sum(1 for c in text[:200000] if not c.isspace())
    if letters and text[:200000].count("\ufffd") * 3 > letters:
        raise DecodeError(f"not text: mostly replacement characters (U+FFFD) in {decoded.encoding}")
    return decoded


def decode_text(data: bytes) -> str:
    """``decode(data)``'s text. Raises ``DecodeError`` for binary."""
    return decode(data).text


def text_source(source: Source) -> tuple[list[Page], list[str]]:
    """A text file's pages (split on form feeds) and the warnings about bytes replaced and
    control characters (NUL and others that are no text) removed."""
    decoded = decode(source.data)
    text = decoded.text
    warnings = [decoded.warning] if decoded.warning else []
    control = _CONTROL.search(text)
    if control:  # a few (more are binary data, refused by ``decode``): removed and reported
        count = len(_CONTROL.findall(text))
        text = _CONTROL.sub("", text)
        warnings.append(
            f"{count} control character{'s' if count != 1 else ''} (U+{ord(control.group()):04X}) removed "
            f"(first at character {control.start()})"
        )
    if not _THAI.search(text):
        raise NoThaiTextError("no Thai text found")
    chunks = text.split("\f")
    while len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()  # a form feed ending the file opens no page
    pages = [Page(page_no=n, text=chunk, method="text") for n, chunk in enumerate(chunks, start=1)]
    return pages, warnings


# The reason ``extract_pdf`` gives a page whose text layer pdfminer cannot parse (a damaged
# PDF): such a page is OCR'd, or read by PDFium without table cells, and the source says so.
UNREADABLE_LAYER = "pdfminer cannot read the page"


def page_list(numbers: list[int]) -> str:
    """Page numbers as ``1-3, 7``."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def damage_warnings(pages: list[Page]) -> list[str]:
    """What a damaged PDF cost: pages whose text layer could not be read, OCR'd or read by
    PDFium instead (either can lose rows: OCR misreads, PDFium has no table cells)."""
    ocr = [p.page_no for p in pages if p.method == "ocr" and p.reason == UNREADABLE_LAYER]
    pdfium = [p.page_no for p in pages if p.method == "pdf_text" and UNREADABLE_LAYER in (p.reason or "")]
    warnings = []
    if ocr:
        blank = [n for n in ocr if not next(p for p in pages if p.page_no == n).text.strip()]
        where = f"text layer cannot be read (damaged PDF) on page(s) {page_list(ocr)}"
        if blank == ocr:
            warnings.append(f"{where}, and OCR found no text there")
        else:
            found = f" (no text found on {page_list(blank)})" if blank else ""
            warnings.append(f"{where}: OCR'd instead{found}")
    if pdfium:
        warnings.append(
            f"text layer cannot be read by pdfminer (damaged PDF) on page(s) {page_list(pdfium)}: "
            "read by PDFium, without table cells"
        )
    return warnings


_STREAM = regex.compile(rb"stream\r?\n")
_STREAM_HEAD = regex.compile(rb"(\d+)\s+\d+\s+obj\b(?!.*\bobj\b)", regex.DOTALL)
_FLATE_FIRST = regex.compile(rb"/Filter\s*(?:\[\s*)?/(?:FlateDecode|Fl)\b")
# Bytes inflated at most to check a file's streams (the rest is not checked: a bomb is the
# limits' business, not this check's).
_INFLATE_BUDGET = 256 * 2**20


def broken_streams(data: bytes) -> list[int]:
    """Objects whose Flate-compressed stream does not inflate to its end (bad data, a failed
    checksum, cut short): bytes damaged inside a content stream or a font, which pdfminer
    and PDFium read past without a word, so a page may lose or change text. Encrypted files
    are not checked (their streams are ciphertext)."""
    if b"/Encrypt" in data:
        return []
    broken: list[int] = []
    budget = _INFLATE_BUDGET
    for match in _STREAM.finditer(data):
        if data[match.start() - 3 : match.start()] == b"end":
            continue  # "endstream"
        head = data[max(0, match.start() - 2048) : match.start()]
        dictionary = head[head.rfind(b"obj") :]
        if not dictionary.rstrip().endswith(b">>") or not _FLATE_FIRST.search(dictionary):
            continue
        number = _STREAM_HEAD.search(head)
        end = data.find(b"endstream", match.end())
        inflate = zlib.decompressobj()
        body = memoryview(data)[match.end() : end if end >= 0 else len(data)]
        try:
            while body and not inflate.eof and budget > 0:
                budget -= len(inflate.decompress(body, 2**20))
                body = memoryview(inflate.unconsumed_tail) if inflate.unconsumed_tail else memoryview(b"")
        except zlib.error:
            broken.append(int(number.group(1)) if number else 0)
            continue
        if budget <= 0:
            break
        if not inflate.eof:
            broken.append(int(number.group(1)) if number else 0)
    return broken


_REFERENCE = regex.compile(rb"(?<![\d.])(\d+)\s+\d+\s+R\b")
_OBJECT = regex.compile(rb"(?<![\d.])(\d+)\s+\d+\s+obj\b")


def missing_objects(data: bytes) -> list[int]:
    """Objects the file refers to (``8 0 R``) but does not hold (``8 0 obj``): a piece cut out
    of the file, or bytes that overwrote an object's header. Stream data is not searched;
    files with compressed object streams or encryption are not checked."""
    if b"/ObjStm" in data or b"/Encrypt" in data:
        return []
    outside, at = [], 0
    for match in _STREAM.finditer(data):
        if data[match.start() - 3 : match.start()] == b"end":
            continue
        outside.append(data[at : match.start()])
        end = data.find(b"endstream", match.end())
        at = end if end >= 0 else len(data)
    outside.append(data[at:])
    text = b"\n".join(outside)
    defined = {int(m.group(1)) for m in _OBJECT.finditer(text)}
    return sorted({int(m.group(1)) for m in _REFERENCE.finditer(text)} - defined)


def _objects(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:5])) + (", …" if len(numbers) > 5 else "")


def pdf_damage(data: bytes) -> list[str]:
    """Warnings for a PDF whose text may read but read wrong: no end-of-file marker (cut
    short), objects referred to but missing, compressed streams that do not decompress
    (``broken_streams``). pdfminer and PDFium repair all three without a word."""
    warnings = []
    if b"%%EOF" not in data[-2048:]:
        warnings.append("damaged PDF: truncated (no end-of-file marker), read as far as it goes")
    missing = missing_objects(data)
    if missing:
        which = "an object" if len(missing) == 1 else f"{len(missing)} objects"
        warnings.append(f"damaged PDF: {which} referred to but missing (object {_objects(missing)}): text may be missing or wrong")
    broken = broken_streams(data)
    if broken:
        what = "a compressed stream does not" if len(broken) == 1 else f"{len(broken)} compressed streams do not"
        warnings.append(f"damaged PDF: {what} decompress (object {_objects(broken)}): text may be missing or wrong")
    return warnings


def extract_source(
    source: Source, settings: Settings, executor: Executor | None = None
) -> tuple[list[Page], list[str]]:
    """The pages of a source, untouched, and warnings about damage they hide (bytes of a text
    file replaced, PDF pages whose text layer could not be read). Raises ``SarabanError`` for
    unreadable input. ``executor`` runs the OCR of single pages (serially when ``None``)."""
    if source.media_type.startswith("text/"):
        return text_source(source)
    if source.media_type == "application/pdf":
        from pipeline.extract_pdf import extract_pdf

        pages = extract_pdf(source, settings, executor)
        return pages, damage_warnings(pages) + pdf_damage(source.data)
    if source.media_type.startswith("image/"):
        from pipeline.extract_pdf import extract_image

        return extract_image(source, settings, executor), []
    raise UnsupportedFormatError(f"{source.media_type} is not a format Saraban reads")


def extract_pages(source: Source, settings: Settings, executor: Executor | None = None) -> list[Page]:
    """The pages of a source, untouched (``extract_source`` without its warnings)."""
    return extract_source(source, settings, executor)[0]


def extraction_of(pages: list[Page]) -> str:
    """``sources.extraction``: the one method all pages used, else ``mixed``."""
    methods = {page.method for page in pages}
    return methods.pop() if len(methods) == 1 else "mixed"
