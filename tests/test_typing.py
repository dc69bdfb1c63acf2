"""A type check of the public API: mypy sees the real signatures of the guarded
functions (``extract``, ``explain``, ``read_page``, ``classify``), so a caller's wrong
argument is a type error, not an ``ExtractionError`` at run time.

Runs mypy on a short snippet (about a second); skips when mypy is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import articlex

pytestmark = [
    pytest.mark.typecheck,
    pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed"),
]

SNIPPET = '''\
from pathlib import Path

from bs4 import BeautifulSoup

import articlex

article: articlex.Article = articlex.extract("<p>A page.</p>", url="https://example.org/a")
articlex.extract(b"<p>A page.</p>", url=123)
articlex.extract("<p>A page.</p>", bogus=1)
articlex.classify("<p>not a Page</p>")
articlex.explain("<p>A page.</p>", "https://example.org/a")
articlex.extract(123)
articlex.extract(Path("page.html"))
articlex.extract(BeautifulSoup("<p>A page.</p>", "html.parser"))
'''
#: The snippet's lines that mypy must refuse, and the error code of each.
EXPECTED = {8: "arg-type", 9: "call-arg", 10: "arg-type", 11: "call-arg", 12: "arg-type"}


def test_wrong_arguments_to_the_public_api_are_type_errors(tmp_path: Path) -> None:
    snippet = tmp_path / "caller.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    source_root = Path(articlex.__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
         "--no-incremental", "--config-file=", "caller.py"],
        cwd=tmp_path, env={**os.environ, "MYPYPATH": str(source_root)},
        capture_output=True, text=True, timeout=120, check=False,
    )
    found = {
        int(line): code
        for line, code in re.findall(r"^caller\.py:(\d+): error: .*\[([\w-]+)\]$",
                                     result.stdout, re.M)
    }
    assert result.returncode == 1, result.stdout + result.stderr
    assert found == EXPECTED, result.stdout
