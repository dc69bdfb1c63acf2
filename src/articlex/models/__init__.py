"""The learned models shipped in the package (data files beside this module, each fitted
by a script in ``benchmarks/`` that reproduces it), and what their features share."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from importlib import resources


def packaged_text(name: str) -> str | None:
    """The text of the packaged model file ``name``, or None when the package has none."""
    resource = resources.files(__name__).joinpath(name)
    if not resource.is_file():
        return None
    return resource.read_text(encoding="utf-8")


def bin_index(value: float, edges: Sequence[float]) -> int:
    """The bin of ``value`` among sorted ``edges``: the index of the first edge at or
    above it (``len(edges)`` when none is)."""
    return bisect_left(edges, value)
