"""The parts a long title drops before any cut: side clauses and appositions. Each step
keeps a part that holds ``keep``, the expression the event is dated by."""

from __future__ import annotations

from tui.core.events.titles.clauses import comma_parts, segments
from tui.core.events.titles.clues import TitleClues
from tui.core.events.titles.tokens import tokens
from tui.core.events.titles.verbs import finite_at


def drop_subordinate_clauses(text: str, lang: str, keep: str = "") -> str:
    """Drop comma-delimited segments that open with a subordinator (never the first one),
    except one that contains ``keep``."""
    out = ""
    dropped = False
    for start, end, kept in segments(text, lang):
        if not kept and not (keep and keep in text[start:end]):
            dropped = True
            continue
        # Where a clause was cut out between two kept parts, its commas go with it.
        out += ("" if not out else " " if dropped else ", ") + text[start:end]
        dropped = False
    return out


def drop_appositions(text: str, clues: TitleClues, keep: str = "") -> str:
    """Between a subject without a verb and the part that goes on with its verb, the comma
    parts are appositions: "Ann Doe, president of the council, was caught" -> "Ann Doe
    was caught"; "X, der Sprecher, kritisierte" -> "X kritisierte"."""
    parts = comma_parts(text)
    if len(parts) < 3 or finite_at(tokens(text, *parts[0]), clues) is not None:
        return text
    for index in range(2, len(parts)):
        words = tokens(text, *parts[index])
        if words and finite_at(words, clues, initial=False) == 0:
            if keep and keep in text[parts[0][1] : parts[index][0]]:
                return text
            return text[: parts[0][1]] + " " + text[parts[index][0] :]
    return text
