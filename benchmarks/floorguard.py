"""Floors only go up, unless a commit says why.

The gate reads ``benchmarks/floor.toml``. Raising a floor is a one-line change. Lowering
one fails the gate unless the commit that lowers it carries a line
``floor-lowered: <reason>`` in its message: an explicit flag with its reason, on record
in the history.
"""

from __future__ import annotations

import subprocess
from itertools import pairwise
from pathlib import Path

FLAG = "floor-lowered:"
#: The floors of both gates: body F1 per set (``python -m benchmarks.all_sets --gate``)
#: and the fields (``python -m benchmarks.fields --gate``).
FLOOR_FILE = Path(__file__).with_name("floor.toml")


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                              check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def parse_floors(text: str) -> dict[str, float]:
    """``key = number`` lines (the TOML subset floor.toml uses), comments ignored."""
    floors = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            key, value = line.split("=", 1)
            floors[key.strip()] = float(value)
    return floors





def check_floor_history(floor_file: Path) -> list[str]:
    """Problems found: each floor lowered by a commit that does not say why."""
    root = floor_file.resolve().parents[1]
    relative = floor_file.resolve().relative_to(root).as_posix()
    log = _git(root, "log", "--format=%H", "--", relative)
    if log is None:
        return []  # not a git checkout: nothing to compare with
    commits = log.split()
    problems = []
    for newer, older in pairwise(commits):
        new_text = _git(root, "show", f"{newer}:{relative}")
        old_text = _git(root, "show", f"{older}:{relative}")
        if new_text is None or old_text is None:
            continue
        new, old = parse_floors(new_text), parse_floors(old_text)
        lowered = [k for k in old if new.get(k, 0.0) < old[k]]
        message = _git(root, "log", "-1", "--format=%B", newer) or ""
        if lowered and FLAG not in message:
            problems.append(f"commit {newer[:10]} lowers {', '.join(lowered)} without a "
                            f"'{FLAG} <reason>' line in its message")
    working = floor_file.read_text()
    head = _git(root, "show", f"HEAD:{relative}")
    if head is not None:
        now = parse_floors(working)
        lowered = [k for k, v in parse_floors(head).items() if now.get(k, 0.0) < v]
        if lowered:
            problems.append(f"uncommitted change lowers {', '.join(lowered)}")
    return problems
