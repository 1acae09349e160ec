"""Execution: running a case in each implementation (adapters), in isolated workers, on each backend."""
