"""Benchmarks of the harness: `python benchmarks/run.py [--quick]` (see benchmarks/README.md)."""
