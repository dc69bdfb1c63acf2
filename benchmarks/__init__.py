"""Benchmark harness for articlex (see run.py)."""
