"""The record of a precision finding: how far each side is from the float64 reference (or from a
known exact answer), in several measures, and which measure made one side several times worse.

Made by `fuzz.oracle.precision`; stored in `Finding.precision`, rendered by the reports.  Typed to
the edge: JSON is written in `to_json` and read in `from_json` only.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any


class Criterion(StrEnum):
    """Which comparison with the peer made a side a precision finding (fuzz/oracle/precision.py)."""

    RMSE = "rmse"  # root-mean-square error against the reference, several times the peer's
    MAX_REL = "max_rel"  # the largest relative error, ten times the peer's
    EXACT = "exact"  # an answer known exactly (a constant channel gives beta), missed where the peer hits it
    BIAS = "bias"  # the errors lean one way (a biased variance, a wrong momentum) where the peer's do not


@dataclass(frozen=True)
class ErrorMeasures:
    """One side's error against the expected values of one quantity at one step.

    Relative measures leave out elements whose expected value is 0: a relative error of an exact zero
    means nothing, and those elements are judged by the absolute measures.
    """

    max_abs: float
    max_rel: float
    rmse: float
    mean_rel: float
    # (elements above the expected value - elements below it) / elements compared, in [-1, 1]
    sign_balance: float
    compared: int  # elements where both the side and the expected value are finite
    # of those, the elements the relative measures are over (0: max_rel and mean_rel measure nothing)
    compared_relative: int = 0

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ErrorMeasures:
        # a record from before compared_relative: a nonzero relative measure had elements behind it
        relative = data.get("compared_relative", int(data["compared"]) if float(data["max_rel"]) else 0)
        return cls(float(data["max_abs"]), float(data["max_rel"]), float(data["rmse"]), float(data["mean_rel"]),
                   float(data["sign_balance"]), int(data["compared"]), int(relative))


@dataclass(frozen=True)
class PrecisionEvidence:
    """Why one side of a pair is a precision finding for one quantity at one step."""

    quantity: str
    step: int
    criterion: Criterion
    exact: bool  # measured against exact answers (not the float64 reference's values)
    left: ErrorMeasures
    right: ErrorMeasures
    blamed_side: str  # "left" or "right"
    ratio: float  # the blamed side's measure over the peer's (inf: the peer's is 0)
    threshold: float  # the ratio above which it is a finding
    floor: float  # the blamed side's measure had to exceed this too (a few ulps of the quantity, or more)
    # an exact output missed on a constant channel: the miss as an error of the channel's mean, in ulps of
    # the channel's value (miss * sqrt(eps) / |weight|): about 1 is a mean rounded once (0: not measured)
    mean_ulps: float = 0.0

    @property
    def blamed(self) -> ErrorMeasures:
        return self.left if self.blamed_side == "left" else self.right

    @property
    def peer(self) -> ErrorMeasures:
        return self.right if self.blamed_side == "left" else self.left

    @property
    def over_floor(self) -> float:
        """The blamed side's measure over the floor (how far past rounding the loss is)."""
        field = {Criterion.RMSE: "rmse", Criterion.MAX_REL: "max_rel", Criterion.EXACT: "max_abs",
                 Criterion.BIAS: "rmse"}[self.criterion]
        value: float = getattr(self.blamed, field)
        return value / self.floor if self.floor > 0 else float("inf")

    def describe(self) -> str:
        """One line: which measure, both sides' values, the ratio against the threshold."""
        name = {Criterion.RMSE: "RMSE", Criterion.MAX_REL: "max relative error",
                Criterion.EXACT: "max error on exact answers", Criterion.BIAS: "sign balance"}[self.criterion]
        if self.criterion is Criterion.BIAS:
            return (f"{self.quantity} step {self.step}: errors lean one way on the {self.blamed_side} side "
                    f"(sign balance {self.blamed.sign_balance:+.2f} vs {self.peer.sign_balance:+.2f}, "
                    f"RMSE {self.blamed.rmse:.3g} vs {self.peer.rmse:.3g})")
        field = {Criterion.RMSE: "rmse", Criterion.MAX_REL: "max_rel", Criterion.EXACT: "max_abs"}[self.criterion]
        worse, peer = getattr(self.blamed, field), getattr(self.peer, field)
        return (f"{self.quantity} step {self.step}: {name} {worse:.3g} on the {self.blamed_side} side "
                f"vs {peer:.3g}, ratio {self.ratio:.3g} > {self.threshold:g} (floor {self.floor:.3g})")

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data.update(criterion=self.criterion.value, left=self.left.to_json(), right=self.right.to_json())
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PrecisionEvidence:
        return cls(quantity=str(data["quantity"]), step=int(data["step"]), criterion=Criterion(data["criterion"]),
                   exact=bool(data["exact"]), left=ErrorMeasures.from_json(data["left"]),
                   right=ErrorMeasures.from_json(data["right"]), blamed_side=str(data["blamed_side"]),
                   ratio=float(data["ratio"]), threshold=float(data["threshold"]), floor=float(data["floor"]),
                   mean_ulps=float(data.get("mean_ulps", 0.0)))
