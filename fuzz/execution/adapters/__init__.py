"""One module per implementation under test, each behind the small `Adapter` protocol in `base`.

Frameworks are imported lazily, inside the adapter, so that importing the harness (or collecting
tests) costs nothing and a missing framework is reported by the adapter that needs it.
"""

from fuzz.execution.adapters.base import (
    CHOOSABLE_TARGETS,
    MINDSPORE_TARGETS,
    TARGETS,
    TORCH,
    Adapter,
    AdapterUnavailable,
    adapter_for,
)

__all__ = ["Adapter", "AdapterUnavailable", "adapter_for", "TARGETS", "TORCH", "MINDSPORE_TARGETS",
           "CHOOSABLE_TARGETS"]
