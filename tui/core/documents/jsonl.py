"""JSON Lines corpora: one article per line with ``text`` and optional metadata."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from tui.core.documents.dates import parse_publication_date
from tui.core.model import Document

_OPTIONAL_STRINGS = ("id", "title", "date", "source", "url", "lang")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class LineProblem:
    line: int
    message: str
    fatal: bool  # the line's article could not be read at all


def _unencodable(record: dict[str, object], key: str) -> bool:
    """Whether the string ``record[key]`` holds a lone surrogate (``"\\ud800"``), which
    JSON allows and no UTF-8 output can hold."""
    value = record.get(key)
    return isinstance(value, str) and not value.isascii() and _SURROGATE.search(value) is not None


def parse_jsonl(
    text: str, *, stem: str, origin: str
) -> Iterator[tuple[Document | None, LineProblem | None]]:
    """Each non-blank line as a document, or a problem naming its line number."""
    # Lines end at "\n" only: JSON strings may hold U+2028, U+0085 and the like raw.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield None, LineProblem(number, f"malformed JSON ({exc.msg})", True)
            continue
        except RecursionError:
            yield None, LineProblem(number, "malformed JSON (nested too deeply)", True)
            continue
        except ValueError:  # an integer of more digits than Python converts
            yield None, LineProblem(number, "malformed JSON (a number too long)", True)
            continue
        if not isinstance(record, dict):
            yield None, LineProblem(number, "expected a JSON object", True)
            continue
        text_value = record.get("text")
        if not isinstance(text_value, str) or not text_value.strip():
            yield None, LineProblem(number, 'missing or empty "text"', True)
            continue
        fields: dict[str, str | None] = {}
        problem = None
        for key in _OPTIONAL_STRINGS:
            value = record.get(key)
            if value is not None and not isinstance(value, str | int):
                problem = LineProblem(number, f'"{key}" must be a string; ignored', False)
                value = None
            fields[key] = None if value is None else str(value)
        if bad := next((k for k in ("text", *_OPTIONAL_STRINGS) if _unencodable(record, k)), None):
            yield None, LineProblem(number, f'"{bad}" holds a lone surrogate (not text)', True)
            continue
        dct = None
        if fields["date"]:
            try:
                dct = parse_publication_date(fields["date"], free_form=True)
            except ValueError as exc:
                problem = LineProblem(number, f"{exc}; no publication date used", False)
        yield (
            Document(
                id=fields["id"] or f"{stem}:{number}",
                text=text_value,
                title=fields["title"],
                dct=dct,
                source=fields["source"],
                url=fields["url"],
                origin=f"{origin}:{number}",
                lang=fields["lang"],
            ),
            problem,
        )
