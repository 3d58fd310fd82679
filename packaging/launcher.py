"""The bundle's entry point: the same as the `infographic-app` command of a pip install."""

import sys

from infographic_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
