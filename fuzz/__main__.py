import sys

from fuzz.interface.cli import main

sys.exit(main())
