"""The bundle's entry point: the same ``main`` as the installed ``bricoleur-desk`` command."""

import sys

from bricoleur_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
