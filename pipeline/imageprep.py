"""A scanned page made ready for tesseract, as a copier gives it: coloured stamp and
signature ink dropped, uneven paper and bleed-through flattened, binarised by local
contrast (Sauvola), deskewed. Pure functions on numpy arrays (OpenCV for the filters).

Why each step:
- **Colour ink**: rubber stamps (red, blue) and signatures (blue pen) lie over the text; a
  global threshold keeps them as black blobs that tesseract reads as letters or that hide a
  line. Toner is neutral (R = G = B within a few levels); stamp ink is saturated. Pixels
  whose chroma stands well above the page's toner chroma become paper.
- **Background**: paper tone, shadows at the edges and faint toner vary over the page; the
  page divided by its own large-scale background (a morphological closing) is flat.
- **Sauvola**: a local threshold keeps thin strokes of faint toner that Otsu loses, and does
  not merge letters in dark areas.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

# Chroma (max - min of R, G, B) above the page's toner chroma from which a pixel is
# coloured ink: copier JPEGs halve the chroma of thin strokes (4:2:0), toner reads ~10.
INK_CHROMA = 25
TONER_UNDER_INK = 100  # brightest channel of black toner seen through stamp ink
SAUVOLA_WINDOW = 31  # pixels at 300 dpi: about two letter heights
SAUVOLA_K = 0.2
SAUVOLA_R = 128.0


def drop_colour_ink(rgb: np.ndarray) -> np.ndarray:
    """Greyscale page with saturated (stamp, signature) ink turned to paper."""
    channels = rgb.astype(np.int16)
    chroma = channels.max(axis=2) - channels.min(axis=2)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    coloured = chroma > ink_chroma(chroma, grey)
    if not coloured.any():
        return grey
    # Black toner printed under a stamp stays dark in every channel (its brightest channel is
    # dark too): those pixels stay ink, so letters under the stamp survive its ink.
    brightest = channels.max(axis=2).astype(np.uint8)
    # The rim of a stroke has less chroma than its middle: widen the ink by a pixel or two.
    coloured = cv2.dilate(coloured.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    paper = int(np.percentile(grey, 90))
    out = grey.copy()
    out[coloured] = np.where(brightest[coloured] < TONER_UNDER_INK, brightest[coloured], paper)
    return out


def ink_chroma(chroma: np.ndarray, grey: np.ndarray) -> int:
    """The chroma above which a pixel is coloured ink on this page: toner's own (median
    over the inked pixels) plus ``INK_CHROMA``."""
    inked = chroma[grey < 180]
    toner = int(np.median(inked)) if inked.size else 0
    return max(30, toner + INK_CHROMA)


def flatten_background(grey: np.ndarray) -> np.ndarray:
    """The page divided by its background (paper tone, shadows), scaled back to 0..255."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (41, 41))
    small = cv2.resize(grey, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (11, 11)))
    background = cv2.resize(background, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)
    del kernel
    flat = grey.astype(np.float32) / np.maximum(background.astype(np.float32), 1.0)
    return np.clip(flat * 255.0, 0, 255).astype(np.uint8)


def sauvola(grey: np.ndarray, window: int = SAUVOLA_WINDOW, k: float = SAUVOLA_K) -> np.ndarray:
    """Sauvola's local threshold: ink (0) where a pixel is darker than mean * (1 + k (s/R - 1))."""
    image = grey.astype(np.float64)
    mean = cv2.boxFilter(image, -1, (window, window), borderType=cv2.BORDER_REPLICATE)
    square = cv2.boxFilter(image * image, -1, (window, window), borderType=cv2.BORDER_REPLICATE)
    deviation = np.sqrt(np.maximum(square - mean * mean, 0.0))
    threshold = mean * (1.0 + k * (deviation / SAUVOLA_R - 1.0))
    return np.where(image > threshold, 255, 0).astype(np.uint8)


def speckles_removed(binary: np.ndarray, max_area: int = 6) -> np.ndarray:
    """Isolated dots of a few pixels (scanner noise) turned to paper."""
    ink = (binary == 0).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = np.zeros(count, dtype=bool)
    small[1:] = stats[1:, cv2.CC_STAT_AREA] <= max_area
    out = binary.copy()
    out[small[labels]] = 255
    return out


def prepare(image: Image.Image) -> tuple[Image.Image, bool]:
    """(binarised greyscale page, whether coloured ink was dropped). The caller deskews."""
    rgb = np.asarray(image.convert("RGB"))
    grey = drop_colour_ink(rgb)
    dropped = bool((grey != cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)).any())
    flat = flatten_background(grey)
    binary = speckles_removed(sauvola(flat))
    return Image.fromarray(binary), dropped
