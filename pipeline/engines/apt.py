"""The one place that installs system packages (Debian's apt), stdlib only so it runs before
the virtualenv exists: ``python3 pipeline/engines/apt.py``.

Each need is a check (a command or file that must exist) and the Debian packages that
satisfy it. Missing needs are installed with apt-get when we are root; otherwise we say
exactly what to run and exit 1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def _tesseract_has(language: str) -> bool:
    if not shutil.which("tesseract"):
        return False
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return language in (listing.stdout + listing.stderr).split()


def _thai_font_installed() -> bool:
    return any(Path("/usr/share/fonts/truetype/tlwg").glob("*.ttf"))


NEEDS: tuple[tuple[str, Callable[[], bool], tuple[str, ...]], ...] = (
    ("tesseract OCR", lambda: shutil.which("tesseract") is not None, ("tesseract-ocr",)),
    ("tesseract Thai model", lambda: _tesseract_has("tha"), ("tesseract-ocr-tha",)),
    ("tesseract English model", lambda: _tesseract_has("eng"), ("tesseract-ocr-eng",)),
    ("Thai TTF fonts (sample PDFs)", _thai_font_installed, ("fonts-thai-tlwg",)),
    (
        "DejaVu Sans (tick boxes in sample PDFs)",
        lambda: Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file(),
        ("fonts-dejavu-core",),
    ),
)


# What ``make samples`` needs besides: the producers offices use (``--producers``).
PRODUCER_NEEDS: tuple[tuple[str, Callable[[], bool], tuple[str, ...]], ...] = (
    ("Chromium (HTML to PDF)", lambda: shutil.which("chromium") is not None, ("chromium",)),
    ("LibreOffice Writer (DOCX to PDF)", lambda: shutil.which("soffice") is not None, ("libreoffice-writer-nogui",)),
    ("poppler-utils (pdfinfo)", lambda: shutil.which("pdfinfo") is not None, ("poppler-utils",)),
)


def missing_packages() -> list[tuple[str, tuple[str, ...]]]:
    needs = NEEDS + (PRODUCER_NEEDS if "--producers" in sys.argv[1:] else ())
    return [(what, packages) for what, present, packages in needs if not present()]


def install(packages: list[str]) -> int:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    update = subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
    if update.returncode != 0:
        print("apt-get update failed; trying the install anyway", file=sys.stderr)
    result = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=env, check=False
    )
    return result.returncode


def main() -> int:
    missing = missing_packages()
    if not missing:
        return 0
    packages = sorted({p for _, pkgs in missing for p in pkgs})
    print("missing: " + ", ".join(what for what, _ in missing), file=sys.stderr)
    if not shutil.which("apt-get"):
        print(f"no apt-get here: install {' '.join(packages)} with your package manager", file=sys.stderr)
        return 1
    if os.geteuid() != 0:
        print(f"not root: run `sudo apt-get install -y {' '.join(packages)}` and try again", file=sys.stderr)
        return 1
    if install(packages) != 0:
        print(f"apt-get install {' '.join(packages)} failed", file=sys.stderr)
        return 1
    still = missing_packages()
    if still:
        print("still missing after apt-get: " + ", ".join(w for w, _ in still), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
