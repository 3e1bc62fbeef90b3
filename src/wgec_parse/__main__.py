"""``python -m wgec_parse``: the ``wgec-parse`` command line."""

from __future__ import annotations

import sys

from wgec_parse.cli import main

if __name__ == "__main__":
    sys.exit(main())
