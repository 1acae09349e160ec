"""mindspore.mint.nn.BatchNorm1d: torch's own signature, so no momentum mapping.

On CPU in MindSpore 2.10 its kernel (BatchNormExt) is not registered; every forward raises.  That
is a finding for the error-parity property, not a reason to leave the target out.
"""

from __future__ import annotations

from fuzz.execution.adapters.mindspore_common import MindSporeAdapterBase
from fuzz.model.case import Case
from fuzz.model.mapping import CELL_PARAM_NAMES, ModulePlan, Unmappable, mindspore_mint_plan


class MindSporeMintAdapter(MindSporeAdapterBase):
    api = "mindspore.mint"
    param_names = CELL_PARAM_NAMES[api]

    def lookup_class(self) -> type:
        cls: type = self.ms.mint.nn.BatchNorm1d
        return cls

    def lookup_class_2d(self) -> type:
        cls: type = self.ms.mint.nn.BatchNorm2d
        return cls

    def plan(self, case: Case) -> ModulePlan | Unmappable:
        return mindspore_mint_plan(case, self.convention)
