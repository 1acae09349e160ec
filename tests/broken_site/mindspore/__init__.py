# A stand-in for a MindSpore installation that fails to import, for the exit-status-3 test.
raise ImportError("planted: this mindspore cannot be imported")
