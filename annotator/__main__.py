"""``python -m annotator`` runs the same command as ``annotator``."""

import sys

from annotator.cli import main

sys.exit(main())
