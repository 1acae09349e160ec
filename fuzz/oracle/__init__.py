"""The oracle: the float64 reference, the tolerance policy, comparison, verdicts and known differences."""
