"""The interfaces: the command line, the pytest plugin, their shared options and the Hypothesis profiles."""
