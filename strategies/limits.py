"""Size limits for every strategy, in one place (so a profile or a test can read them)."""

#: most elements in one step's input; keeps one example around a millisecond per framework call.
MAX_ELEMENTS = 40_000
#: largest batch size N drawn (the common draws stay small; this bound is for the large tail).
MAX_BATCH = 1024
#: largest channel count drawn (C >= 64 is reachable on purpose).
MAX_CHANNELS = 96
#: largest sequence length L drawn.
MAX_LENGTH = 64
#: most train/eval steps in one case (the issue asks for at least 4).
MAX_STEPS = 6
