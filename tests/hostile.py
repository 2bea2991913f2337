"""Hostile inputs made at test time (small PDFs by hand, images, odd files)."""

from __future__ import annotations

import io

from PIL import Image


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def blank_pdf(width: float = 595, height: float = 842, repeats: int = 1) -> bytes:
    """One blank page; its page tree lists it ``repeats`` times."""
    kids = b" ".join([b"3 0 R"] * repeats)
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, repeats),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] >>" % (width, height),
        ]
    )


def tiff(frames: int, size: tuple[int, int] = (20, 20)) -> bytes:
    images = [Image.new("L", size, color=255 - n % 200) for n in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="TIFF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def png(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", size, color=255).save(buffer, format="PNG")
    return buffer.getvalue()
