"""The errors the command line shows as one line (and the exit code that goes with them)."""

from __future__ import annotations


class UsageError(Exception):
    """Bad command-line usage; the message is shown as one line."""


class OutputError(Exception):
    """The output could not be written; the message is shown as one line."""


class RunError(Exception):
    """The run cannot go on (a cluster out of reach); the message is shown as one line."""
