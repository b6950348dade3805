"""Curation as a JSON file, to move it between machines: ``{"format": "timeline-curation",
"version": 1, "actions": [...]}``, the actions in the order they were made."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tui.core.curation.actions import Action, ActionFormatError, from_record, to_record

FILE_FORMAT = "timeline-curation"
FILE_VERSION = 1


class CurationFileError(ValueError):
    """A file that holds no curation this version reads; the message says why, in one line."""


def dump_actions(actions: Sequence[Action]) -> str:
    document: dict[str, Any] = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "actions": [to_record(action) for action in actions],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def load_actions(text: str) -> list[Action]:
    """The actions of a curation file's text; :class:`CurationFileError` if it is none."""
    try:
        document = json.loads(text)
    except ValueError as error:
        raise CurationFileError(f"not JSON ({error})") from None
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise CurationFileError("not a timeline curation file")
    version = document.get("version")
    if version != FILE_VERSION:
        raise CurationFileError(
            f"curation file version {version!r:.20} (this timeline reads {FILE_VERSION})"
        )
    records = document.get("actions")
    if not isinstance(records, list):
        raise CurationFileError("no list of actions")
    actions: list[Action] = []
    for number, record in enumerate(records, 1):
        try:
            actions.append(from_record(record))
        except ActionFormatError as error:
            raise CurationFileError(f"action {number}: {error}") from None
    return actions
