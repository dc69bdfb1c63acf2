"""Peak memory of one library, measured in a process of its own.

libxml2 allocates outside Python's allocator, so tracemalloc misses most of it; instead each
library runs over all pages in a fresh subprocess and reports the peak resident set size
(VmHWM on Linux, else ``ru_maxrss``), both absolute and above the baseline after its imports.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import REPO_ROOT, read_input
from benchmarks.runners import RUNNERS

RESULT_PREFIX = "MEMORY-RESULT "  # marks our line among whatever the libraries print
WORKER_TIMEOUT_S = 1800  # generous: the slowest library takes well under a minute per 181 pages


@dataclass(frozen=True)
class Memory:
    peak_mb: float  # absolute peak RSS of the worker process
    delta_mb: float  # peak minus the RSS after importing and setting up the library
    errors: int


def _vm_hwm_mb() -> float | None:
    """VmHWM from /proc (Linux): the peak RSS of this process image only, in MiB."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return None


def max_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB.

    Linux carries ``ru_maxrss`` over fork+exec, so a worker would report at least the size of the
    parent that started it; VmHWM is the same peak without that carry-over, used when present.
    """
    hwm = _vm_hwm_mb()
    if hwm is not None:
        return hwm
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes vs KiB


def _worker(request: dict) -> dict:
    inherited = max_rss_mb()  # only ru_maxrss can carry over a parent's peak
    extract = RUNNERS[request["library"]].make()
    baseline = max_rss_mb()
    if inherited >= baseline and _vm_hwm_mb() is None:
        raise RuntimeError(f"inherited a {inherited:.0f} MB peak from the parent process")
    data, feed, errors = Path(request["data"]), request["feed"], 0
    for page_id, url in request["pages"]:
        source = read_input(data, page_id, feed)
        try:
            extract(source, url)
        except Exception:
            errors += 1
    peak = max_rss_mb()
    return {"peak_mb": peak, "delta_mb": peak - baseline, "errors": errors}


def measure(
    library: str, data: Path, pages: Sequence[tuple[str, str]], feed: str
) -> Memory | str:
    """Run ``library`` over ``pages`` (id, url) in a subprocess; an error message on failure."""
    request = {"library": library, "data": str(data), "pages": list(pages), "feed": feed}
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p
        ),
    }
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.memory"],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            env=env,
            timeout=WORKER_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {WORKER_TIMEOUT_S} s"
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return Memory(**json.loads(line[len(RESULT_PREFIX) :]))
    tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return f"worker failed (exit {proc.returncode}): {tail}"


def main() -> None:
    import logging
    import warnings

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    result = _worker(json.loads(sys.stdin.read()))
    print(RESULT_PREFIX + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
