"""Issue 15's check: a seeded hostile corpus, ingested batch by batch with ``saraban ingest``.

    python scripts/hostile_corpus.py build DIR [--seed 15] [--batches 15]
    python scripts/hostile_corpus.py run DIR [--timeout 120] [--memory-limit 2048] [--workers 2]
    python scripts/hostile_corpus.py all DIR            (build, then run)

``build`` writes over 1,000 hostile files (truncated and bit-flipped PDFs made from
samples/pdf and tests/fixtures, encrypted PDFs, decompression bombs at moderate scale, page
trees that lie, many-frame TIFFs, huge pages, text in UTF-16/UTF-32/Latin-1/TIS-620, random
bytes, empty files, names that are not UTF-8, amounts of 10^16 baht or more, FIFOs and
devices) mixed with good files (samples/*.txt under new names) into ``DIR/batchNN/``, and
``DIR/manifest.json`` saying what each file is.

``run`` ingests each batch into its own warehouse (``timeout`` around the CLI; the workers'
memory polled with psutil), and reports: batches stopped (exit other than 0 or 1), good rows
lost (each good file's rows per table against a clean ingest of the same sample), hangs (a
batch killed by the outer timeout, or no source finishing for longer than the per-source
limit), the peak RSS of any worker, hostile files without a ``sources`` row, and failure
messages that are not one line (a newline, a memory address, a traceback). It also counts
the damaged PDFs that loaded ``ok`` with text or rows unlike the clean PDF's (damage hidden
as success). Figures go to stdout as a Markdown table and to ``DIR/report.json``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import hostile  # noqa: E402

SAMPLES = ROOT / "samples"
TEXTS = sorted(SAMPLES.glob("*.txt"))
TEXT_PDFS = sorted(p for p in (SAMPLES / "pdf").glob("*.pdf") if ".scan." not in p.name) + sorted(
    (ROOT / "tests" / "fixtures").glob("*.pdf")
)
SCAN_PDFS = [p for p in sorted((SAMPLES / "pdf").glob("*.scan.pdf")) if p.stat().st_size < 200_000]  # 1-page scans
SARABAN = ROOT / ".venv" / "bin" / "saraban"
_ADDRESS = re.compile(r"0x[0-9a-fA-F]{4,}")


# --- building -------------------------------------------------------------------------------


def flip(data: bytes, rng: random.Random, flips: int, lo: int = 0, hi: int | None = None) -> bytes:
    out = bytearray(data)
    hi = len(out) if hi is None else hi
    for _ in range(flips):
        at = rng.randrange(lo, hi)
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def streams(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every stream's data in a PDF."""
    return [(m.end(), data.find(b"endstream", m.end())) for m in re.finditer(rb"stream\r?\n", data)
            if data.find(b"endstream", m.end()) > m.end() + 8 and data[m.start() - 3 : m.start()] != b"end"]


def pdf_with_trailer(objects: list[bytes], extra: bytes) -> bytes:
    """``hostile.pdf`` with ``extra`` in its trailer dictionary."""
    return hostile.pdf(objects).replace(b"/Root 1 0 R >>", b"/Root 1 0 R " + extra + b" >>")


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def encrypted_pdf(rng: random.Random, openable: bool) -> bytes:
    """A one-page PDF under the standard security handler (RC4, 40 bits). ``openable``: the
    user password is empty (anyone can open it); else it is unknown."""
    owner = rng.randbytes(32)
    file_id = rng.randbytes(16)
    perms = -4
    user_password = b"" if openable else rng.randbytes(8)
    key = hashlib.md5((user_password + _PAD)[:32] + owner + perms.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    u = rc4(key, _PAD)
    encrypt = b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >> /ID [<%s> <%s>]" % (
        owner.hex().encode(), u.hex().encode(), perms, file_id.hex().encode(), file_id.hex().encode())
    return pdf_with_trailer(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"], encrypt)


def page_pdf(content: bytes, filters: bytes = b"/FlateDecode", resources: bytes = b"<< >>",
             extra: list[bytes] | None = None, media: bytes = b"[0 0 595 842]") -> bytes:
    """A one-page PDF whose content stream is ``content`` (already encoded by ``filters``)."""
    return hostile.pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R /Resources %s >>" % (media, resources),
        b"<< /Length %d /Filter %s >>\nstream\n%s\nendstream" % (len(content), filters, content),
        *(extra or []),
    ])


def deflate_zeros(size: int, byte: bytes = b"\x00", row: int = 0) -> bytes:
    """``size`` bytes of ``byte`` deflated, streamed (never held inflated). ``row``: a PNG
    scanline length (a filter byte 0 before each row)."""
    z = zlib.compressobj(9)
    out = []
    if row:
        line = b"\x00" + byte * row
        chunk = line * max(1, (1 << 20) // len(line))
        rows = size // row
        per = len(chunk) // len(line)
        while rows > 0:
            take = min(per, rows)
            out.append(z.compress(chunk if take == per else line * take))
            rows -= take
    else:
        chunk = byte * (1 << 20)
        left = size
        while left > 0:
            out.append(z.compress(chunk[: min(left, len(chunk))]))
            left -= len(chunk)
    out.append(z.flush())
    return b"".join(out)


def png_bomb(width: int, height: int) -> bytes:
    import struct

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = deflate_zeros(width * height, b"\xff", row=width)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def tiff_header_lie(width: int, height: int) -> bytes:
    """A TIFF whose one strip claims ``width``×``height`` but holds 16 bytes."""
    import struct

    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
               (273, 4, 1, 8 + 2 + 12 * 9 + 4), (277, 3, 1, 1), (278, 4, 1, height), (279, 4, 1, 16)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries) + b"\0\0\0\0"
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\xff" * 16


def multi_tiff(frames: int, rng: random.Random, size: tuple[int, int] = (24, 24)) -> bytes:
    from PIL import Image

    images = [Image.frombytes("L", size, rng.randbytes(size[0] * size[1])) for _ in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate")
    return buffer.getvalue()


def rendered_page(pdf: Path, dpi: int, fmt: str) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf.read_bytes())
    image = document[0].render(scale=dpi / 72).to_pil().convert("L")
    document.close()
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def sample_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp874")  # 07_memo_nongnamyen_cp874.txt


def big_amounts(text: str, rng: random.Random) -> str:
    """A good document with its amounts made 10^16 baht or more."""
    huge = rng.choice(("10,000,000,000,000,000", "99,999,999,999,999,999.99", "1" + "0" * 30,
                       "๑๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐", "๙" * 25))
    out, count = re.subn(r"[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+(?:\.[0-9๐-๙]{2})?", lambda m: huge if rng.random() < 0.5 else m.group(0), text)
    if not count or out == text:
        out = re.sub(r"[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+", huge, text, count=1)
    if out == text:  # no amount to make huge: one is added
        out = text.rstrip("\n") + f"\nงบประมาณ {huge} บาท\n"
    return out


Kind = tuple[str, bytes]  # (kind, bytes)


def hostile_pdfs(rng: random.Random) -> list[tuple[str, str, bytes]]:
    """(kind, name, bytes) of damaged PDFs made from the clean ones."""
    out: list[tuple[str, str, bytes]] = []
    for pdf in TEXT_PDFS:
        data = pdf.read_bytes()
        stem = pdf.stem
        for n in range(17):
            cut = rng.choice((rng.randrange(8, len(data)), len(data) - rng.randrange(1, 200), len(data) // 2))
            out.append(("truncated-pdf", f"trunc-{stem}-{n}.pdf", data[:cut]))
        for n in range(25):
            out.append(("flipped-pdf", f"flip-{stem}-{n}.pdf", flip(data, rng, rng.choice((1, 1, 2, 5, 20, 100)))))
        spans = streams(data)
        for n in range(6):
            lo, hi = rng.choice(spans)
            out.append(("stream-flipped-pdf", f"sflip-{stem}-{n}.pdf", flip(data, rng, rng.choice((1, 3, 10)), lo, hi)))
        for n in range(4):
            at, size = rng.randrange(len(data)), rng.choice((16, 512, 4096))
            damaged = {0: data[:at] + data[at + size:], 1: data[:at] + b"\0" * size + data[at + size:],
                       2: data[:at] + data[at: at + size] * 2 + data[at + size:], 3: data[:at] + rng.randbytes(size) + data[at:]}[n]
            out.append(("spliced-pdf", f"splice-{stem}-{n}.pdf", damaged))
    for pdf in SCAN_PDFS:
        data = pdf.read_bytes()
        stem = pdf.stem
        for n in range(6):
            out.append(("truncated-pdf", f"trunc-scan-{stem}-{n}.pdf", data[: rng.randrange(8, len(data))]))
        for n in range(5):
            out.append(("flipped-pdf", f"flip-scan-{stem}-{n}.pdf", flip(data, rng, rng.choice((1, 5, 50)))))
    return out


def built_pdfs(rng: random.Random) -> list[tuple[str, str, bytes]]:
    """Encrypted PDFs, bombs, page trees that lie, huge pages: made by hand."""
    out: list[tuple[str, str, bytes]] = []
    for n in range(20):
        out.append(("encrypted-pdf", f"encrypted-{n}.pdf", encrypted_pdf(rng, openable=n % 4 == 0)))
    # decompression bombs, moderate scale
    spaces = deflate_zeros(64 << 20, b" ")
    out.append(("bomb-pdf", "bomb-content-64mb.pdf", page_pdf(spaces)))
    inner = deflate_zeros(256 << 20, b" ")
    out.append(("bomb-pdf", "bomb-double-flate-256mb.pdf", page_pdf(zlib.compress(inner, 9), b"[/FlateDecode /FlateDecode]")))
    for side in (12000, 20000):
        image = deflate_zeros(side * side, b"\x80")
        xobject = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (side, side, len(image), image)
        draw = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
        out.append(("bomb-pdf", f"bomb-image-{side}.pdf", page_pdf(zlib.compress(draw), resources=b"<< /XObject << /Im1 5 0 R >> >>", extra=[xobject])))
    lie = b"<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 10 >>\nstream\n0123456789\nendstream"
    out.append(("bomb-pdf", "image-size-lie.pdf", page_pdf(zlib.compress(b"q 595 0 0 842 0 0 cm /Im1 Do Q"), resources=b"<< /XObject << /Im1 5 0 R >> >>", extra=[lie])))
    for side in (20000, 9000):
        out.append(("bomb-image", f"bomb-{side}.png", png_bomb(side, side)))
    out.append(("bomb-image", "bomb-6000.png", png_bomb(6000, 6000)))
    out.append(("bomb-image", "tiff-size-lie.tif", tiff_header_lie(60000, 60000)))
    out.append(("bomb-image", "gif-size-lie.gif", b"GIF89a\xff\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00\xff\xff\xff\xff\x00\x02\x02D\x01\x00;"))
    # page trees that lie
    for repeats in (100_000, 20_000, 600, 300):
        out.append(("page-tree-pdf", f"repeated-{repeats}.pdf", hostile.blank_pdf(repeats=repeats)))
    out.append(("page-tree-pdf", "count-lie.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 100000 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])))
    out.append(("page-tree-pdf", "count-negative.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count -5 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])))
    out.append(("page-tree-pdf", "cycle.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])))
    out.append(("page-tree-pdf", "nested-cycle.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])))
    out.append(("page-tree-pdf", "missing-kid.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [9 0 R 3 0 R] /Count 2 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])))
    kids = b" ".join(b"%d 0 R" % (n + 3) for n in range(600))
    out.append(("page-tree-pdf", "distinct-600.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count 600 >>" % kids] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * 600)))
    # huge (and odd) pages
    for width, height in ((14400, 14400), (3000, 3000), (1e9, 1e9), (14400, 10), (-595, -842), (0, 0)):
        out.append(("huge-page-pdf", f"page-{width:g}x{height:g}.pdf", hostile.blank_pdf(width, height)))
    out.append(("huge-page-pdf", "user-unit.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /UserUnit 75000 >>"])))
    out.append(("huge-page-pdf", "rotate-odd.pdf", hostile.pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 45 >>"])))
    return out


def images(rng: random.Random) -> list[tuple[str, str, bytes]]:
    out: list[tuple[str, str, bytes]] = []
    for frames in (5000, 600, 40):
        out.append(("tiff-frames", f"frames-{frames}.tiff", multi_tiff(frames, rng)))
    out.append(("tiff-frames", "frames-520-blank.tiff", hostile.tiff(520)))
    scan = SCAN_PDFS[0]
    for fmt, ext in (("PNG", "png"), ("JPEG", "jpg"), ("TIFF", "tif")):
        data = rendered_page(scan, 60, fmt)
        for n in range(4):
            out.append(("damaged-image", f"trunc-{n}.{ext}", data[: rng.randrange(8, len(data))]))
            out.append(("damaged-image", f"flip-{n}.{ext}", flip(data, rng, rng.choice((1, 10)), lo=min(64, len(data) - 1))))
    return out


def texts(rng: random.Random) -> list[tuple[str, str, bytes]]:
    out: list[tuple[str, str, bytes]] = []
    for sample in TEXTS:
        text = sample_text(sample)
        stem = sample.stem[:12]
        for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp874"):
            try:
                out.append(("encoded-text", f"enc-{stem}-{enc}.txt", text.encode(enc)))
            except UnicodeEncodeError:  # ✓ and other marks TIS-620 lacks
                out.append(("encoded-text", f"enc-{stem}-{enc}.txt", text.encode(enc, errors="replace")))
        data = text.encode()
        for n in range(3):
            at = rng.randrange(len(data))
            out.append(("stray-bytes-text", f"stray-{stem}-{n}.txt", data[:at] + rng.randbytes(rng.choice((1, 2, 4))) + data[at:]))
        out.append(("truncated-text", f"cut-{stem}.txt", data[: rng.randrange(1, len(data))]))
        out.append(("latin1-text", f"latin1-{stem}.txt", text.encode("cp874", errors="replace").decode("latin-1").encode("utf-8")))  # mojibake
        out.append(("utf16-odd-text", f"utf16-odd-{stem}.txt", text.encode("utf-16")[:-1]))
    western = ("Procès-verbal de la réunion du conseil municipal, rien en thaï.\n", "Grüße aus Köln – Sitzungsprotokoll, Haushalt 40 €.\n",
               "Acta de la sesión ordinaria del concejo, año fiscal.\n")
    for n in range(12):
        line = western[n % 3] * rng.randrange(1, 40)
        out.append(("latin1-text", f"western-{n}.txt", line.encode("latin-1" if n % 2 else "cp1252", errors="replace")))
    plans = [p for p in TEXTS if "plan" in p.name or "order" in p.name or "ita" in p.name]
    for n in range(30):
        sample = plans[n % len(plans)]
        out.append(("huge-amount-text", f"amount-{n}-{sample.stem[:10]}.txt", big_amounts(sample_text(sample), rng).encode()))
    memo = TEXTS[0].read_bytes()
    out.append(("big-text", "big-17mb.txt", memo * (17 * 2**20 // len(memo) + 1)))
    out.append(("big-text", "big-3mb.txt", memo * (3 * 2**20 // len(memo) + 1)))
    return out


def junk(rng: random.Random) -> list[tuple[str, str, bytes]]:
    out: list[tuple[str, str, bytes]] = []
    exts = (".txt", ".pdf", ".png", ".tif", ".jpg", ".md", "", ".bin", ".doc", ".tiff", ".webp")
    heads = (b"", b"", b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"\xff\xd8\xff", b"GIF89a", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe")
    for n in range(185):
        size = rng.choice((1, 3, 7, 64, 500, 4096, 65536, rng.randrange(1, 20000)))
        out.append(("random-bytes", f"random-{n}{rng.choice(exts)}", rng.choice(heads) + rng.randbytes(size)))
    for n in range(35):
        out.append(("empty", f"empty-{n}{exts[n % len(exts)]}", b""))
    for n in range(10):
        out.append(("empty", f"blank-{n}.txt", rng.choice((b" ", b"\n\n", b"\t \r\n", b"\f\f\f"))))
    for n in range(20):
        out.append(("control-text", f"nul-{n}.txt", TEXTS[n % len(TEXTS)].read_bytes()[:2000] + b"\x00" * rng.randrange(1, 50)))
    return out


def build(folder: Path, seed: int, batches: int) -> dict[str, Any]:
    rng = random.Random(seed)
    files = hostile_pdfs(rng) + built_pdfs(rng) + images(rng) + texts(rng) + junk(rng)
    rng.shuffle(files)
    seen = {hashlib.sha256(sample.read_bytes()).digest() for sample in TEXTS}  # good files' bytes
    unique = []
    for kind, name, data in files:  # the same bytes twice are one source: keep the first
        digest = hashlib.sha256(data).digest()
        if data and digest in seen:
            continue
        seen.add(digest)
        unique.append((kind, name, data))
    files = unique
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    manifest: dict[str, Any] = {"seed": seed, "batches": []}
    per = -(-len(files) // batches)
    for b in range(batches):
        batch = folder / f"batch{b + 1:02d}"
        batch.mkdir()
        entries: list[dict[str, Any]] = []

        def put(name: bytes, data: bytes, kind: str, good: str | None = None, batch: Path = batch, entries: list[dict[str, Any]] = entries) -> None:
            with open(os.path.join(os.fsencode(batch), name), "wb") as handle:
                handle.write(data)
            entries.append({"name": base64.b64encode(name).decode(), "kind": kind, "good": good})

        for kind, name, data in files[b * per : (b + 1) * per]:
            put(name.encode(), data, kind)
        # good files: samples under new names, none twice in a batch (same bytes, one source)
        chosen = rng.sample(TEXTS, 6)
        for k, sample in enumerate(chosen[:5]):
            put(f"good-{b + 1}-{k}-{sample.stem}.txt".encode(), sample.read_bytes(), "good", sample.name)
        odd = rng.choice((b"\xe0\xb8\xa1\xba\xd1\xb9\xb7\xd6\xa1", b"memo-\xe9\xff", "บันทึก".encode("cp874"), b"\xff\xfe-\x80"))
        put(odd + b"-%d.txt" % (b + 1), chosen[5].read_bytes(), "good", chosen[5].name)
        # odd names on hostile content, and files that are not regular
        put(b"\xc3(-%d.pdf" % b, rng.randbytes(300), "odd-name")
        put(b"-n\nnewline %d.txt" % b, b"", "odd-name")
        put(b"x" * 240 + b"-%d.txt" % b, rng.randbytes(50), "odd-name")
        os.mkfifo(batch / f"pipe-{b}.txt")
        entries.append({"name": base64.b64encode(f"pipe-{b}.txt".encode()).decode(), "kind": "fifo", "good": None})
        device = ("/dev/zero", "/dev/urandom", "/dev/null")[b % 3]
        os.symlink(device, batch / f"device-{b}.txt")
        entries.append({"name": base64.b64encode(f"device-{b}.txt".encode()).decode(), "kind": "device", "good": None})
        if b % 5 == 0:
            os.symlink("loop-b", batch / "loop-a.txt")
            os.symlink("loop-a.txt", batch / "loop-b")  # a symlink loop (the walk passes over it)
            (batch / "folder.pdf").mkdir()  # a folder named like a file: walked into
            (batch / "folder.pdf" / "inner-empty.txt").write_bytes(b"")
            entries.append({"name": base64.b64encode(b"folder.pdf/inner-empty.txt").decode(), "kind": "empty", "good": None})
        manifest["batches"].append({"folder": batch.name, "files": entries})
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


# --- running --------------------------------------------------------------------------------


def shown(name: str) -> str:
    """A manifest name as ``sources.path`` ends with it (undecodable bytes escaped)."""
    return base64.b64decode(name).decode("utf-8", errors="backslashreplace")


def rows_by_file(db: Path) -> tuple[dict[str, dict[str, int]], dict[str, tuple[str, str | None]], list[tuple[str, str, str]], dict[str, str]]:
    """Per file name under its batch folder: rows per table, (status, error); the
    ingest_errors rows (path, stage, error); and a digest of each file's page texts."""
    import duckdb

    from schemas import RECORD_TABLES

    con = duckdb.connect(str(db), read_only=True)

    def name(path: str) -> str:
        return re.sub(r"^.*?/batch\d\d/|^.*?/reference/", "", path)

    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for path, n in con.execute("SELECT s.path, count(d.doc_id) FROM sources s LEFT JOIN documents d USING (source_id) GROUP BY 1").fetchall():
        counts[name(path)]["documents"] = n
    for model in RECORD_TABLES:
        for path, n in con.execute(f"SELECT s.path, count(*) FROM {model.__table__} JOIN documents USING (doc_id) JOIN sources s USING (source_id) GROUP BY 1").fetchall():
            counts[name(path)][model.__table__] = n
    status = {name(p): (s, e) for p, s, e in con.execute("SELECT path, status, error FROM sources").fetchall()}
    errors = [(name(p), st, e) for p, st, e in con.execute("SELECT path, stage, error FROM ingest_errors").fetchall()]
    texts: dict[str, str] = {}
    for path, text in con.execute("SELECT s.path, string_agg(p.text, '\f' ORDER BY p.page_no) FROM pages p JOIN sources s USING (source_id) GROUP BY 1").fetchall():
        texts[name(path)] = hashlib.sha256((text or "").encode()).hexdigest()
    con.close()
    return dict(counts), status, errors, texts


def cli(args: list[str], outer: float, poll: Callable[[int], None] | None = None) -> tuple[int, str, str, float]:
    started = time.monotonic()
    process = subprocess.Popen(["timeout", "-s", "KILL", f"{outer:g}", str(SARABAN), *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, errors="replace",
                               env={**os.environ, "PYTHONPATH": str(ROOT)})  # this checkout's pipeline, not the venv's
    stop = threading.Event()

    def watch() -> None:
        while poll and not stop.is_set():
            poll(process.pid)
            time.sleep(0.1)

    threading.Thread(target=watch, daemon=True).start()
    out, err = process.communicate()
    stop.set()
    return process.returncode, out, err, time.monotonic() - started


class Memory:
    """Peak RSS seen by polling: the saraban process, its workers (Python children) and what
    the workers start (tesseract)."""

    def __init__(self) -> None:
        self.main = self.worker = self.tool = 0

    def __call__(self, pid: int) -> None:
        import psutil

        try:
            root = psutil.Process(pid)
            for proc in root.children(recursive=True):
                try:
                    rss = proc.memory_info().rss
                    parent = proc.parent()
                    if parent is not None and parent.pid == pid:
                        self.main = max(self.main, rss)  # timeout's child: saraban itself
                    elif "python" in proc.name() or "saraban" in proc.name():
                        self.worker = max(self.worker, rss)
                    else:
                        self.tool = max(self.tool, rss)
                except psutil.Error:
                    continue
        except psutil.Error:
            return


def completion_gaps(db: Path, started: float) -> float:
    """The longest time in which no source finished (sources.ingested_at, whole seconds),
    counted from the start of the run."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    stamps = sorted(t.timestamp() for (t,) in con.execute("SELECT ingested_at FROM sources").fetchall())
    con.close()
    points = [started, *stamps]
    return max((b - a for a, b in itertools.pairwise(points)), default=0.0)


def run(folder: Path, timeout: float, memory_limit: int, workers: int, first: int = 0) -> dict[str, Any]:
    manifest = json.loads((folder / "manifest.json").read_text())
    if first:
        manifest["batches"] = manifest["batches"][:first]
    cache = folder / "ocr-cache"
    common = ["--workers", str(workers), "--timeout", f"{timeout:g}", "--memory-limit", str(memory_limit), "--ocr-cache", str(cache)]
    reference = folder / "reference"
    reference.mkdir(exist_ok=True)
    for sample in TEXTS:
        shutil.copy(sample, reference / sample.name)
    for pdf in TEXT_PDFS + SCAN_PDFS:
        shutil.copy(pdf, reference / pdf.name)
    ref_db = folder / "reference.duckdb"
    ref_db.unlink(missing_ok=True)
    rc, _, err, _ = cli(["ingest", str(reference), "--db", str(ref_db), *common], 1800)
    assert rc == 0, err
    expected, ref_status, _, ref_texts = rows_by_file(ref_db)
    assert all(s == "ok" for s, _ in ref_status.values()), ref_status
    by_stem = {Path(n).stem: n for n in expected if n.endswith(".pdf")}

    report: dict[str, Any] = {"files": 0, "good_files": 0, "batches": 0, "stopped": [], "good_rows_lost": 0,
                              "good_files_wrong": [], "encoded_rows_lost": 0, "hangs": [], "peak_worker_rss_mb": 0.0,
                              "peak_tool_rss_mb": 0.0, "peak_main_rss_mb": 0.0, "max_rss_time_mb": 0.0,
                              "missing": [], "bad_messages": [], "statuses": {}, "hidden_damage": [],
                              "reasons": Counter(), "seconds": 0.0, "timeouts": 0, "worker_deaths": 0}
    statuses: dict[str, Counter[str]] = defaultdict(Counter)
    for batch in manifest["batches"]:
        where = folder / batch["folder"]
        db = folder / f"{batch['folder']}.duckdb"
        for stale in (db, Path(f"{db}.wal")):
            stale.unlink(missing_ok=True)
        memory = Memory()
        started = time.time()
        outer = timeout * 4 + 600
        rc, out, err, seconds = cli(["ingest", str(where), "--db", str(db), *common], outer, memory)
        report["batches"] += 1
        report["seconds"] += seconds
        report["files"] += len(batch["files"])
        report["peak_worker_rss_mb"] = max(report["peak_worker_rss_mb"], memory.worker / 2**20)
        report["peak_tool_rss_mb"] = max(report["peak_tool_rss_mb"], memory.tool / 2**20)
        report["peak_main_rss_mb"] = max(report["peak_main_rss_mb"], memory.main / 2**20)
        print(f"{batch['folder']}: exit {rc}, {seconds:.0f} s, worker peak {memory.worker / 2**20:.0f} MB", file=sys.stderr, flush=True)
        if rc not in (0, 1):
            report["stopped"].append({"batch": batch["folder"], "exit": rc, "stderr": err[-2000:]})
            if rc in (-9, 137):
                report["hangs"].append({"batch": batch["folder"], "what": f"killed by the outer timeout ({outer:g} s)"})
            if not db.exists():
                continue
        if "Traceback" in err or "Traceback" in out:
            report["bad_messages"].append({"batch": batch["folder"], "message": "Traceback on the CLI's output"})
        counts, status, errors, page_texts = rows_by_file(db)
        gap = completion_gaps(db, started)
        if gap > timeout + 30:
            report["hangs"].append({"batch": batch["folder"], "what": f"no source finished for {gap:.0f} s"})
        for path, stage, message in errors:
            report["reasons"][f"{stage}: {re.sub(r'[0-9]+', 'N', message)[:90]}"] += 1
            report["timeouts"] += "timed out after" in message
            report["worker_deaths"] += "worker died" in message
            if "\n" in message or _ADDRESS.search(message) or "Traceback" in message or not message.strip():
                report["bad_messages"].append({"file": path, "message": message})
        for path, (_, message) in status.items():
            if message and ("\n" in message or _ADDRESS.search(message) or "Traceback" in message):
                report["bad_messages"].append({"file": path, "message": message})
        for entry in batch["files"]:
            name = shown(entry["name"])
            got = status.get(name)
            if got is None:
                report["missing"].append(f"{batch['folder']}/{name}")
                continue
            statuses[entry["kind"]][got[0]] += 1
            if entry["kind"] == "good":
                report["good_files"] += 1
                want = expected[entry["good"]]
                have = counts.get(name, {})
                lost = sum(max(0, n - have.get(table, 0)) for table, n in want.items())
                report["good_rows_lost"] += lost
                if have != want or got[0] != "ok":
                    report["good_files_wrong"].append({"file": f"{batch['folder']}/{name}", "status": got, "lost": lost})
            elif entry["kind"] == "encoded-text":
                stem = re.sub(r"^enc-|-utf.*$|-cp874$", "", Path(name).stem)
                sample = next(n for n in expected if n.endswith(".txt") and n.startswith(stem))
                have = counts.get(name, {})
                report["encoded_rows_lost"] += sum(max(0, n - have.get(t, 0)) for t, n in expected[sample].items())
            elif entry["kind"].endswith("-pdf") and got[0] == "ok" and name.split("-", 1)[0] in ("trunc", "flip", "sflip", "splice"):
                stem = re.sub(r"^(trunc|flip|sflip|splice)-(scan-)?|-\d+\.pdf$", "", name)
                clean = by_stem.get(stem)
                if clean and (counts.get(name) != expected[clean] or page_texts.get(name) != ref_texts.get(clean)):
                    report["hidden_damage"].append({"file": f"{batch['folder']}/{name}", "kind": entry["kind"],
                                                    "rows_same": counts.get(name) == expected[clean]})
    report["statuses"] = {kind: dict(c) for kind, c in sorted(statuses.items())}
    report["reasons"] = dict(report["reasons"].most_common())
    (folder / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return report


def table(report: dict[str, Any], timeout: float, memory_limit: int) -> str:
    unreported = len(report["missing"]) + len(report["bad_messages"])
    rows = [
        ("files (good among them)", f"{report['files']} ({report['good_files']})"),
        ("batches", report["batches"]),
        ("batches stopped (exit other than 0 or 1)", len(report["stopped"])),
        ("good rows lost", report["good_rows_lost"]),
        (f"hangs past the per-source limit ({timeout:g} s)", len(report["hangs"])),
        (f"peak worker RSS (limit {memory_limit} MB)", f"{report['peak_worker_rss_mb']:.0f} MB"),
        ("failures without one line (or files without a row)", unreported),
        ("damaged PDFs loaded `ok` with other text or rows", len(report["hidden_damage"])),
        ("time", f"{report['seconds'] / 60:.1f} min"),
    ]
    return "\n".join(["| | |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("build", "run", "all"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--batches", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=120.0, help="--timeout per source given to saraban")
    parser.add_argument("--memory-limit", type=int, default=2048)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--first", type=int, default=0, help="run only the first N batches")
    args = parser.parse_args()
    if args.command in ("build", "all"):
        manifest = build(args.folder, args.seed, args.batches)
        print(f"built {sum(len(b['files']) for b in manifest['batches'])} files in {len(manifest['batches'])} batches under {args.folder}", file=sys.stderr)
    if args.command in ("run", "all"):
        report = run(args.folder, args.timeout, args.memory_limit, args.workers, args.first)
        print(table(report, args.timeout, args.memory_limit))
        for key in ("stopped", "good_files_wrong", "hangs", "missing", "bad_messages", "hidden_damage"):
            if report[key]:
                print(f"\n{key}:", *(f"  {item}" for item in report[key][:30]), sep="\n")
        print("\nstatuses by kind:", *(f"  {k}: {v}" for k, v in report["statuses"].items()), sep="\n")
        sys.exit(1 if report["stopped"] or report["good_rows_lost"] or report["hangs"] or report["missing"] or report["bad_messages"] else 0)


if __name__ == "__main__":
    main()
