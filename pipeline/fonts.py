"""Decode a PDF's text from its embedded fonts, not from ToUnicode alone.

Shaped Thai (HarfBuzz in browsers, LibreOffice, Word) draws glyphs that are not characters:
SARA AM split into NIKHAHIT + SARA AA, marks lowered or shifted left (``uni0E49.low``),
letters without their descender. A producer's ToUnicode maps each glyph to one string, so
it writes the cluster's text on one glyph and nothing, or the wrong mark, on the others
(``เทศบำล``, ``ผ้้อำนวย``, ``ท ี``). The font program knows better:

- **cmap + GSUB closure**: every glyph the font's Unicode cmap reaches has its character;
  every glyph a substitution makes from it (single, alternate, multiple, ligature, also
  inside contextual lookups) inherits its input's characters (a ligature: its components');
- **outlines**: a subset font without a Unicode cmap (LibreOffice's and Word's simple
  TrueType subsets) is matched glyph by glyph against the outlines of the Thai fonts
  installed here (Debian's tlwg fonts, Sarabun): a subset keeps its glyphs' outlines exactly.

``install(pdf)`` hooks a pdfplumber PDF so that every font pdfminer loads reads its glyphs
this way where the font program knows them; ToUnicode stays the answer for the rest.
(The shaped order of SARA AM is put back by ``normalize.recompose_sara_am``.)
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex
from fontTools.ttLib import TTFont

from pipeline.normalize import PUA_MAP

log = logging.getLogger(__name__)
# Subset fonts carry odd head timestamps; fontTools warns about each one.
logging.getLogger("fontTools").setLevel(logging.ERROR)

# Fonts whose outlines identify glyphs of subsets that lost their Unicode cmap.
REFERENCE_FONT_DIRS = (
    Path(__file__).parent / "reference_fonts",  # Sarabun (OFL): Debian has no package of it
    Path("/usr/share/fonts/truetype/tlwg"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
)

_THAI = regex.compile(r"[\u0e00-\u0e7f]")


# --- glyph -> text from the font program ---------------------------------------------------


def _lookups(gsub: Any) -> Iterable[Any]:
    for lookup in gsub.table.LookupList.Lookup if gsub.table.LookupList else []:
        for sub in lookup.SubTable:
            yield sub.ExtSubTable if lookup.LookupType == 7 else sub


def glyph_texts(font: TTFont) -> dict[str, str]:
    """Glyph name -> the text it draws, from the Unicode cmap and a GSUB closure."""
    texts: dict[str, str] = {}
    best = font.getBestCmap() or {}
    legacy: dict[str, str] = {}  # shifted marks a legacy font also reaches by a private-use code
    for code, name in sorted(best.items(), key=lambda item: (not 0x0E00 <= item[0] <= 0x0E7F, item[0])):
        if code in PUA_MAP:
            legacy.setdefault(name, PUA_MAP[code])
        elif code >= 0x20 and not 0xE000 <= code <= 0xF8FF and name not in texts:
            texts[name] = chr(code)
    if "GSUB" in font:
        _gsub_closure(font, texts)
    for name, text in legacy.items():
        texts.setdefault(name, text)
    return texts


def _gsub_closure(font: TTFont, texts: dict[str, str]) -> None:
    """Glyphs made by substitution get their input's text (in place)."""
    subtables = list(_lookups(font["GSUB"]))
    for _ in range(4):  # substitutions of substitutions
        grew = False
        for sub in subtables:
            kind = type(sub).__name__
            pairs: list[tuple[list[str], str]] = []
            if kind == "SingleSubst":
                pairs = [([src], dst) for src, dst in sub.mapping.items()]
            elif kind == "AlternateSubst":
                pairs = [([src], dst) for src, alts in sub.alternates.items() for dst in alts]
            elif kind == "LigatureSubst":
                pairs = [
                    ([first, *lig.Component], lig.LigGlyph)
                    for first, ligs in sub.ligatures.items()
                    for lig in ligs
                ]
            elif kind == "MultipleSubst":
                # One glyph drawn as several: each piece is its own character when the cmap
                # knows it (SARA AM -> NIKHAHIT + SARA AA); otherwise the first piece carries it.
                for src, outs in sub.mapping.items():
                    if outs and outs[0] not in texts and src in texts and not any(o in texts for o in outs[1:]):
                        texts[outs[0]] = texts[src]
                        grew = True
                continue
            for inputs, output in pairs:
                if output in texts or not all(name in texts for name in inputs):
                    continue
                texts[output] = "".join(texts[name] for name in inputs)
                grew = True
        if not grew:
            break


# --- outlines --------------------------------------------------------------------------------


def _outline(font: TTFont, name: str) -> tuple[str, tuple[int, ...]] | None:
    """A glyph's outline, as a digest of its flattened coordinates and contours, and the end
    points of its contours."""
    if "glyf" not in font:
        return None
    glyf = font["glyf"]
    try:
        glyph = glyf[name]
        coords, ends, flags = glyph.getCoordinates(glyf)
    except Exception:
        return None
    if not ends:
        return None
    data = repr((list(coords), list(ends), [f & 1 for f in flags])).encode()
    return hashlib.blake2b(data, digest_size=12).hexdigest(), tuple(ends)


def _reference_files() -> list[Path]:
    files: list[Path] = []
    for folder in REFERENCE_FONT_DIRS:
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".otf"))
    return files


class _Reference:
    """A reference font's glyphs, to look a subset's glyph up by its outline. Digesting every
    outline of every reference font up front was most of the cost of reading a LibreOffice
    PDF (a family is four fonts of 520 glyphs; Bold, Italic and Bold Italic match nothing of
    a regular subset): glyphs are grouped by the end points of their contours, which the
    glyph table stores ahead of the coordinates (a composite's are its components'), and
    only glyphs with the end points looked up are digested, once; the font's texts (cmap,
    GSUB) are worked out only when an outline matches."""

    def __init__(self, path: Path) -> None:
        self.font = TTFont(str(path), lazy=True)
        self.glyf = self.font.get("glyf", None)
        self.ends: dict[str, tuple[int, ...]] = {}
        self.by_ends: dict[tuple[int, ...], list[str]] = {}
        self.digests: dict[str, str | None] = {}
        self.texts: dict[str, str] | None = None
        self.rank: dict[str, int] = {}
        for name in self.glyf.glyphs if self.glyf is not None else ():
            ends = self._ends(name)
            if ends:
                self.by_ends.setdefault(ends, []).append(name)

    def _ends(self, name: str, depth: int = 0) -> tuple[int, ...]:
        """End points of a glyph's contours, flattened as ``getCoordinates`` flattens them,
        read without decoding coordinates; () for an empty or unreadable glyph."""
        if name in self.ends:
            return self.ends[name]
        ends: tuple[int, ...] = ()
        try:
            glyph = self.glyf.glyphs[name] if self.glyf is not None else None
            if glyph is None:
                return ()
            data = getattr(glyph, "data", None)
            count = (
                int.from_bytes(data[:2], "big", signed=True)
                if data is not None
                else getattr(glyph, "numberOfContours", 0)
            )
            if count > 0:
                ends = (
                    struct.unpack(f">{count}H", data[10 : 10 + 2 * count])
                    if data is not None
                    else tuple(glyph.endPtsOfContours)
                )
            elif count < 0 and depth < 8:
                glyph.expand(self.glyf)  # a composite's components only: no coordinates
                flat: list[int] = []
                for component in glyph.components:
                    part = self._ends(component.glyphName, depth + 1)
                    offset = flat[-1] + 1 if flat else 0
                    flat += [end + offset for end in part]
                ends = tuple(flat)
        except Exception:
            ends = ()
        self.ends[name] = ends
        return ends

    def _digest(self, name: str) -> str | None:
        if name not in self.digests:
            outline = _outline(self.font, name)
            self.digests[name] = outline[0] if outline else None
        return self.digests[name]

    def text(self, digest: str, ends: tuple[int, ...]) -> str | None:
        """The text of the reference glyph drawn as ``digest`` (the first in ``glyph_texts``
        order, as a full index of the font gives it), or ``None``."""
        same = [name for name in self.by_ends.get(ends, ()) if self._digest(name) == digest]
        if not same:
            return None
        if self.texts is None:
            self.texts = glyph_texts(self.font)
            self.rank = {name: k for k, name in enumerate(self.texts)}
        named = [name for name in same if name in self.rank]
        return self.texts[min(named, key=self.rank.__getitem__)] if named else None


@functools.cache
def _reference(path: Path) -> _Reference | None:
    try:  # a broken font installed here must not turn decoding off for every PDF
        return _Reference(path)
    except Exception:
        return None


def _reference_text(path: Path, digest: str, ends: tuple[int, ...]) -> str | None:
    reference = _reference(path)
    if reference is None:
        return None
    try:
        return reference.text(digest, ends)
    except Exception:
        return None


def _family_key(name: str) -> str:
    """``BAAAAA+Sarabun-Regular`` -> ``sarabun``; ``TH SarabunPSK`` -> ``thsarabunpsk``."""
    name = name.split("+", 1)[-1]
    name = regex.sub(r"[-,](?:Regular|Roman|Book|Normal)$", "", name, flags=regex.IGNORECASE)
    return regex.sub(r"[^a-z0-9]", "", name.lower())


@functools.lru_cache(maxsize=32)
def _candidates(basefont: str) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """Reference fonts to try for a subset: (same family, every other Thai font)."""
    family = _family_key(basefont)
    files = _reference_files()
    first = [p for p in files if family and _family_key(p.stem).startswith(family[:6])]
    return tuple(first), tuple(p for p in files if p not in first)


# A simple glyph's outline by its bytes in the glyph table: a subset copies a glyph's bytes
# from the font it was cut from, so the PDFs of one producer and font share them.
_SIMPLE_OUTLINES: dict[bytes, tuple[str, tuple[int, ...]] | None] = {}
_SIMPLE_OUTLINES_MAX = 20000


def _subset_outline(font: TTFont, name: str) -> tuple[str, tuple[int, ...]] | None:
    """``_outline`` of a subset's glyph; a simple glyph's (its bytes alone define it) is
    worked out once per process."""
    glyf = font.get("glyf", None)
    data = getattr(glyf.glyphs.get(name), "data", None) if glyf is not None else None
    if not data or int.from_bytes(data[:2], "big", signed=True) <= 0:
        return _outline(font, name)  # a composite's outline depends on its components
    if data not in _SIMPLE_OUTLINES:
        if len(_SIMPLE_OUTLINES) >= _SIMPLE_OUTLINES_MAX:
            _SIMPLE_OUTLINES.clear()
        _SIMPLE_OUTLINES[data] = _outline(font, name)
    return _SIMPLE_OUTLINES[data]


def outline_text(font: TTFont, basefont: str, name: str) -> str | None:
    """The text of a glyph whose outline a reference font draws the same, or ``None``."""
    outline = _subset_outline(font, name)
    return _reference_match(basefont, *outline) if outline else None


@functools.lru_cache(maxsize=8192)
def _reference_match(basefont: str, digest: str, ends: tuple[int, ...]) -> str | None:
    family, others = _candidates(basefont)
    # Its own family first; the other fonts only when the family is not installed here (or
    # matched nothing: a differently built release of the same family).
    for path in family:
        text = _reference_text(path, digest, ends)
        if text is not None:
            return text
    if not family and not basefont_is_thai(basefont):
        return None
    for path in others:
        text = _reference_text(path, digest, ends)
        if text is not None:
            return text
    return None


def basefont_is_thai(basefont: str) -> bool:
    """Whether a font not installed here is worth matching against every Thai font: Thai
    office fonts by name (TH Sarabun, Angsana, Cordia, Browallia, tlwg names...)."""
    return bool(
        regex.search(r"(?i)sarabun|angsana|cordia|browallia|thsaraban|niramit|tahoma|thai|laksaman|garuda|"
                     r"norasi|kinnari|loma|umpush|waree|sawasdee|purisa|tlwg|krub|chakra|k2d|kodchasan|"
                     r"charmonman|srisakdi|baijam|fahkwang|kanit|prompt|mitr|pridi|taviraj|trirong|"
                     r"athiti|chonburi|itim|sriracha|pattaya|maitree|k2d|niramit", basefont)
    )


# --- pdfminer fonts ------------------------------------------------------------------------------


class FontDecoder:
    """code (a CID or a simple font's byte) -> text, from the embedded font program."""

    def __init__(self, program: bytes, basefont: str, cid_to_gid: dict[int, int] | None, simple: bool) -> None:
        self.font = TTFont(io.BytesIO(program), lazy=True)
        self.order = self.font.getGlyphOrder()
        self.simple = simple
        self.cid_to_gid = cid_to_gid
        self.basefont = basefont
        self.texts = glyph_texts(self.font)
        self.matched: set[str] = set()  # glyphs already looked up by outline
        self.code_to_name: dict[int, str] = {}
        if simple and "cmap" in self.font:
            for table in self.font["cmap"].tables:
                if (table.platformID, table.platEncID) in ((3, 0), (1, 0)):
                    for code, name in table.cmap.items():
                        self.code_to_name.setdefault(code & 0xFF, name)

    def glyph_name(self, code: int) -> str | None:
        if self.simple:
            return self.code_to_name.get(code)
        gid = self.cid_to_gid.get(code, 0) if self.cid_to_gid is not None else code
        return self.order[gid] if 0 <= gid < len(self.order) else None

    def text(self, code: int) -> str | None:
        """The glyph's text: from cmap and GSUB, else (once per glyph, only for glyphs a page
        draws) from a reference font with the same outline."""
        name = self.glyph_name(code)
        if not name or name == ".notdef":
            return None
        if name not in self.texts and name not in self.matched:
            self.matched.add(name)
            text = outline_text(self.font, self.basefont, name)
            if text is not None:
                self.texts[name] = text
        return self.texts.get(name)


def _cid_to_gid(spec: dict[str, Any]) -> dict[int, int] | None:
    from pdfminer.pdftypes import PDFStream, resolve1

    value = resolve1(spec.get("CIDToGIDMap"))
    if isinstance(value, PDFStream):
        data = value.get_data()
        return {cid: int.from_bytes(data[2 * cid : 2 * cid + 2], "big") for cid in range(len(data) // 2)}
    return None  # Identity


def decoder_for(spec: dict[str, Any]) -> FontDecoder | None:
    """A decoder for a PDF font dictionary with an embedded TrueType program, else ``None``."""
    from pdfminer.pdftypes import resolve1

    subtype = getattr(resolve1(spec.get("Subtype")), "name", "")
    basefont = str(getattr(resolve1(spec.get("BaseFont")), "name", ""))
    described = spec
    simple = subtype == "TrueType"
    if subtype == "Type0":
        descendants = resolve1(spec.get("DescendantFonts")) or []
        if not descendants:
            return None
        described = resolve1(descendants[0])
    elif subtype != "CIDFontType2" and not simple:  # pdfminer passes a Type0's descendant on its own
        return None
    descriptor = resolve1(described.get("FontDescriptor")) or {}
    program = resolve1(descriptor.get("FontFile2"))
    if program is None:
        return None
    try:
        return FontDecoder(program.get_data(), basefont, None if simple else _cid_to_gid(described), simple)
    except Exception as err:  # a font fontTools cannot read: ToUnicode stays the answer
        log.debug("font %s not decodable: %s", basefont, err)
        return None


def _patch(font: Any, decoder: FontDecoder) -> None:
    original = font.to_unichr

    def to_unichr(cid: int) -> str:
        text = decoder.text(cid)
        if text:
            return text
        return str(original(cid))

    font.to_unichr = to_unichr


def install(pdf: Any) -> None:
    """Make every font of a pdfplumber ``PDF`` decode glyphs from its program first."""
    manager = pdf.rsrcmgr
    get_font = manager.get_font
    seen: list[Any] = []  # the fonts themselves: an id() could be reused after collection

    def patched_get_font(objid: object, spec: dict[str, Any]) -> Any:
        font = get_font(objid, spec)
        if not any(font is known for known in seen):
            seen.append(font)
            decoder = decoder_for(spec)
            if decoder is not None:
                _patch(font, decoder)
        return font

    manager.get_font = patched_get_font
