"""Encoding benchmarks: text repair (``repair``) and byte decoding (``decode``).

Run from the repository root::

    python -m benchmarks.encoding repair [--markdown] [--misses N]
    python -m benchmarks.encoding decode [--markdown] [--limit N]
"""
