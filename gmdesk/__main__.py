"""Run gmdesk with `python -m gmdesk`."""

import sys

from gmdesk.cli import main

sys.exit(main())
