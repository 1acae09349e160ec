"""Example implementations for `--targets package.module:Class` (fuzz/execution/adapters/imported.py)."""
