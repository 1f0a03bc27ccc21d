"""Entry point of the bundled gmdesk: the window, or a command when one is given."""

import sys

from gmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
