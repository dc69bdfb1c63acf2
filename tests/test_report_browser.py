"""The HTML report in a real browser: headless Chromium parses every block and draws it.

Needs a ``chromium`` binary (Debian: ``apt-get install chromium``); skips without one.
The screenshot is kept in pytest's tmp_path, and copied to the folder named by
``ARTICLEX_TEST_ARTIFACTS`` when that is set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from articlex.output.report import render_report

from .conftest import SEED, expected_fields
from .test_report import ReportReader, seed_document

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH: the browser "
                       "test needs a headless Chromium (Debian: apt-get install chromium)"),
]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a profile of its own, failing the test if it fails."""
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
               "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def write_report(tmp_path: Path, suffix: str) -> tuple[Path, dict]:
    document = seed_document(suffix)
    path = tmp_path / f"report{suffix.replace('.', '-')}.html"
    path.write_text(render_report(document), encoding="utf-8")
    return path, document


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_the_browser_sees_every_block_and_the_headline(tmp_path, suffix):
    path, document = write_report(tmp_path, suffix)
    dom = chromium(tmp_path, "--dump-dom", path.as_uri()).stdout
    reader = ReportReader(dom)
    assert len(reader.blocks) == len(document["blocks"])
    assert [b["data-index"] for b in reader.blocks] == [str(b["index"]) for b in
                                                        document["blocks"]]
    assert " ".join(reader.texts["headline"].split()) == expected_fields(SEED)["headline"]
    assert [tag for tag, _ in reader.tags if tag == "script"] == []


def test_the_browser_draws_the_report(tmp_path):
    path, _ = write_report(tmp_path, ".html")
    shot = tmp_path / "explain-report.png"
    chromium(tmp_path, "--hide-scrollbars", "--window-size=1280,2000",
             f"--screenshot={shot}", path.as_uri())
    assert shot.exists()
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000
    artefacts = os.environ.get("ARTICLEX_TEST_ARTIFACTS")
    if artefacts:
        folder = Path(artefacts)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(shot, folder / shot.name)
