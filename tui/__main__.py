"""``python -m tui``: the same as the ``timeline`` command."""

from tui.cli import main

raise SystemExit(main())
