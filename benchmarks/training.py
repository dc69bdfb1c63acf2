"""What the scripts fitting the packaged models share: the features frequent enough to
get a weight, the Adam update, and writing or checking the model file."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def frequent(names_per_page: Iterable[Iterable[str]], min_pages: int) -> list[str]:
    """The feature names found on at least ``min_pages`` pages, sorted."""
    seen = Counter(name for names in names_per_page for name in set(names))
    return sorted(n for n, count in seen.items() if count >= min_pages)


class Adam:
    """Adam's update (β₁ 0.9, β₂ 0.999), one moment pair per parameter array; full batch
    and from zero, so the same data gives the same steps."""

    def __init__(self, learning_rate: float) -> None:
        self.learning_rate = learning_rate
        self.step = 0
        self.moments: list[tuple[Any, Any]] = []

    def deltas(self, grads: list[Any]) -> list[Any]:
        """What to subtract from each parameter, given its gradient."""
        import numpy as np

        self.step += 1
        if not self.moments:
            self.moments = [(np.zeros_like(g), np.zeros_like(g)) for g in grads]
        out = []
        for k, grad in enumerate(grads):
            m, v = self.moments[k]
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad * grad
            self.moments[k] = (m, v)
            out.append(self.learning_rate * (m / (1 - 0.9 ** self.step)) / (
                np.sqrt(v / (1 - 0.999 ** self.step)) + 1e-8))
        return out


def write_or_check(text: str, out: Path, check: bool) -> int:
    """Write the model file; with ``check``, compare instead (exit status 1 if it differs)."""
    if check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print("model file is reproduced" if same else "model file differs", file=sys.stderr)
        return 0 if same else 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text.encode())} bytes)", file=sys.stderr)
    return 0
