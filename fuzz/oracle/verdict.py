"""Which side the float64 reference blames for a disagreement, or why nobody is blamed.

A framework is blamed when it is out of tolerance against the reference and at least `SEVERAL`
times further off than the other.  When the worse one is out of tolerance but the two are within a
factor of `SEVERAL` of each other (both out, or one just over and one just under), the verdict is
`ILL_CONDITIONED`: the input defeats float arithmetic itself and the policy's estimate was tight,
which is not a difference between the frameworks.
"""

from __future__ import annotations

from fuzz.model.vocabulary import Verdict
from fuzz.oracle.comparison import Comparison

#: "several times further from the reference than the other" (issue 2): a factor of 4.
SEVERAL = 4.0


def _badness(comparison: Comparison) -> float:
    """Error over tolerance, with a NaN/Inf at a place the reference has none counting as infinite."""
    if comparison.nonfinite_mismatched or comparison.shape_note:
        return float("inf")
    return comparison.ratio


def judge(pair: Comparison, versus_reference: tuple[Comparison | None, Comparison | None]) -> Verdict:
    left, right = versus_reference
    if left is None or right is None:
        return Verdict.AGREE if pair.ok else Verdict.PAIR_ONLY
    bad_left, bad_right = _badness(left), _badness(right)
    if bad_left == bad_right == float("inf"):
        return Verdict.ILL_CONDITIONED  # both break the reference's NaN/Inf pattern: NaN parity judges the pair
    if bad_left <= 1 and bad_right <= 1:
        return Verdict.AGREE
    if bad_left >= SEVERAL * bad_right:
        return Verdict.BLAME_LEFT
    if bad_right >= SEVERAL * bad_left:
        return Verdict.BLAME_RIGHT
    return Verdict.ILL_CONDITIONED
