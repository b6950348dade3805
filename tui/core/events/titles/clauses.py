"""Side clauses: the comma parts of a sentence that open with a subordinator ("..., who
took office on Jan. 20, ...") and the parts that hang on them.

A title drops them first; the events builder dates a date inside one apart from the main
clause. The words come from each language's ``events.toml`` (``subordinators``,
``coordinators``, ``articles``).
"""

from __future__ import annotations

import re
from functools import cache

from tui.core import resources
from tui.core.model import Span
from tui.core.sentences import parts_between

_COMMA = re.compile(r",\s+")


@cache
def _words(lang: str, kind: str) -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load(lang, "events").get(kind, []))


def comma_parts(text: str) -> list[Span]:
    """The spans of ``text`` between commas; a comma inside a quotation separates nothing."""
    return parts_between(_COMMA, text, outside_quotes=True)


def subordinate_clauses(sentence: str, lang: str) -> list[Span]:
    """Offsets of the side clauses a title drops ("..., who took office on Jan. 20, ...")."""
    return [(start, end) for start, end, kept in segments(sentence, lang) if not kept]


def segments(text: str, lang: str) -> list[tuple[int, int, bool]]:
    """The comma-delimited parts of ``text`` as (start, end, kept): a part that opens with a
    subordinator is dropped (never the first one), and so is what hangs on it."""
    openers, coordinators = _words(lang, "subordinators"), _words(lang, "coordinators")
    articles = _words(lang, "articles")
    out: list[tuple[int, int, bool]] = []
    dropped = stop = False
    for start, end in comma_parts(text):
        segment = text[start:end]
        first = segment.split(" ", 1)[0].lower()
        if out and not stop:
            if dropped and first in coordinators:
                stop = True  # "..., sollte er X tun, und wenn ...": the rest hangs on it
            elif first in openers or _is_infinitive_clause(segment):
                dropped = True
            elif dropped and not _resumes_main_clause(segment, articles):
                pass  # "..., der Streik werde bis Mittwoch, 18 Uhr, dauern": still the clause
            else:
                dropped = False
        out.append((start, end, not (stop or (out and dropped))))
    return out


def _resumes_main_clause(segment: str, articles: frozenset[str]) -> bool:
    """After a dropped clause, a part of two or more words that starts with a word (not a
    number, not an article: "..., when a new pastor, the Rev. Kerr, noticed") takes the
    main clause up again ("..., sperrte Zuckerberg den Präsidenten")."""
    words = segment.split(" ")
    return len(words) >= 2 and words[0][:1].isalpha() and words[0].lower() not in articles


def _is_infinitive_clause(segment: str) -> bool:
    """German ``..., das Kapitol zu stürmen,``: ends in ``zu`` + verb."""
    words = segment.rstrip(" .").split(" ")
    return len(words) >= 2 and words[-2] == "zu" and words[-1][:1].islower()
