"""Shared fixtures: paths to the project's samples and to ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(workers=1, ocr_cache_dir=tmp_path / "ocr-cache")


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip(f"needs ../shared with seeds/ and gold/ (looked in {SHARED}); not present here")
    return SHARED


def seed(shared: Path, prefix: str) -> Path:
    """The seed whose file name starts with ``prefix`` (000, 001, 004)."""
    return next((shared / "seeds").glob(f"{prefix}_*.txt"))
