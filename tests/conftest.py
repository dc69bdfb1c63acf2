"""Shared test helpers: fixture paths and the shared benchmark folder (may be absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = "000_c63893c4c637c429"


def expected_fields(case: str) -> dict:
    return json.loads((FIXTURES / f"{case}.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed_text_path() -> Path:
    return FIXTURES / f"{SEED}.txt"


@pytest.fixture
def seed_html_path() -> Path:
    return FIXTURES / f"{SEED}.html"


def shared_or_skip(relative: str) -> Path:
    """A path under ../shared, or a skip saying why (a fresh clone has no ../shared)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not found: the shared benchmark data sits beside the repository "
                    "in CI and development checkouts only")
    return path
