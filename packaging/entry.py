"""The bundle's entry point: the same `wardrobe` program as the installed one."""

import sys

from ui.launcher import main

sys.exit(main())
