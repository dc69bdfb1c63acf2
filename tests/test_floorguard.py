"""The benchmark floors only go down with a stated reason."""

from __future__ import annotations

import subprocess
from pathlib import Path

from benchmarks.floorguard import check_floor_history, parse_floors


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=repo, check=True, capture_output=True)


def _commit(repo: Path, floor: float, message: str) -> None:
    (repo / "benchmarks" / "floor.toml").write_text(f"html_f1 = {floor}  # note\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-m", message)


def test_parse_floors_reads_key_value_lines():
    floors = parse_floors("# c\nhtml_f1 = 0.9  # x\ntext_f1=0.8\n")
    assert floors == {"html_f1": 0.9, "text_f1": 0.8}


def test_raising_is_free_and_lowering_needs_a_reason(tmp_path):
    (tmp_path / "benchmarks").mkdir()
    _git(tmp_path, "init", "-q")
    floor = tmp_path / "benchmarks" / "floor.toml"
    _commit(tmp_path, 0.90, "first floor")
    _commit(tmp_path, 0.95, "raise the floor")
    assert check_floor_history(floor) == []
    _commit(tmp_path, 0.93, "oops")
    assert any("lowers html_f1" in p for p in check_floor_history(floor))
    _commit(tmp_path, 0.92, "lower again\n\nfloor-lowered: the gold labels were corrected")
    problems = check_floor_history(floor)
    assert len(problems) == 1 and "oops" not in problems[0]  # only the unexplained one


def test_uncommitted_lowering_is_caught(tmp_path):
    (tmp_path / "benchmarks").mkdir()
    _git(tmp_path, "init", "-q")
    _commit(tmp_path, 0.90, "first floor")
    floor = tmp_path / "benchmarks" / "floor.toml"
    floor.write_text("html_f1 = 0.5\n")
    assert check_floor_history(floor) == ["uncommitted change lowers html_f1"]
