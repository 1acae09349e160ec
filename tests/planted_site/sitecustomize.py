# Put this folder on PYTHONPATH with FUZZ_PLANTED_BUG=<kind> to plant a defect in torch.nn.BatchNorm1d
# for every Python process (the fuzz run and the repro scripts alike); several, comma-separated, are
# planted one over the other.  See fuzz/testing/planted.py.
import os

if os.environ.get("FUZZ_PLANTED_BUG"):
    from fuzz.testing.planted import plant

    for name in os.environ["FUZZ_PLANTED_BUG"].split(","):
        plant(name.strip())
