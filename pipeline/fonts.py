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


def _outline_key(font: TTFont, name: str) -> str | None:
    """A glyph's outline, as a digest of its flattened coordinates and contours."""
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
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def _reference_files() -> list[Path]:
    files: list[Path] = []
    for folder in REFERENCE_FONT_DIRS:
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".otf"))
    return files


@functools.cache
def _reference_outlines(path: Path) -> dict[str, str]:
    """Outline digest -> text, for a reference font's glyphs."""
    out: dict[str, str] = {}
    try:  # a broken font installed here must not turn decoding off for every PDF
        font = TTFont(str(path), lazy=True)
        for name, text in glyph_texts(font).items():
            key = _outline_key(font, name)
            if key and key not in out:
                out[key] = text
    except Exception:
        return {}
    return out


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


def outline_texts(font: TTFont, basefont: str, names: Iterable[str]) -> dict[str, str]:
    """Glyph name -> text for glyphs whose outline a reference font draws the same."""
    wanted = {name: key for name in names if (key := _outline_key(font, name))}
    found: dict[str, str] = {}
    family, others = _candidates(basefont)
    # Its own family first; the other fonts only when the family is not installed here (or
    # matched little: a differently built release of the same family).
    for group in (family, others):
        for path in group:
            if not wanted:
                return found
            reference = _reference_outlines(path)
            for name, key in list(wanted.items()):
                if key in reference:
                    found[name] = reference[key]
                    del wanted[name]
        if found or (not family and not basefont_is_thai(basefont)):
            break
    return found


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
            self.texts.update(outline_texts(self.font, self.basefont, [name]))
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
