"""mindspore.nn.BatchNorm1d, mapped from torch's terms by `fuzz.model.mapping.mindspore_nn_plan`."""

from __future__ import annotations

from fuzz.execution.adapters.mindspore_common import MindSporeAdapterBase
from fuzz.model.case import Case
from fuzz.model.mapping import CELL_PARAM_NAMES, ModulePlan, Unmappable, mindspore_nn_plan


class MindSporeNnAdapter(MindSporeAdapterBase):
    api = "mindspore.nn"
    param_names = CELL_PARAM_NAMES[api]

    def lookup_class(self) -> type:
        cls: type = self.ms.nn.BatchNorm1d
        return cls

    def lookup_class_2d(self) -> type:
        cls: type = self.ms.nn.BatchNorm2d
        return cls

    def plan(self, case: Case) -> ModulePlan | Unmappable:
        return mindspore_nn_plan(case, self.convention)
