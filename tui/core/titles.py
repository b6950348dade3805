"""Event titles: a sentence compressed to a readable line of at most ~80 characters.

Subordinate clauses go first (their openers come from the language resources), then the
text is cut at a clause or word boundary, never inside a word.
"""

from __future__ import annotations

import re
from functools import cache

from tui.core import resources
from tui.core.sentences import parts_between

TITLE_LIMIT = 80
_ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_LEAD_IN = re.compile(r"^[^\W\d_]{1,12}:\s+")  # "Denn: ...", "Update: ..."
#: A news dateline: "BERLIN (dpa) - ", "Washington, 14. März (Reuters) – ", "PARIS – ": a
#: place, perhaps a date, an agency's short name in brackets, a dash.
_DATELINE = re.compile(
    r"^(?:[^\W\d_][\w.'’/-]*(?:[ ,]+[\w.'’/-]+){0,3}\s*\([^\W\d_][\w-]{1,9}\)"
    r"|[^\W\d_a-zäöüß]{3,})\s*[-–—]\s+"
)
#: Marks that may open a line but never a title: dashes, bullets.
_LEADING_MARKS = "–—-•·*▪ "
_QUOTES = "\"'„“”‚‘’»«"
_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|[,;:]\s")
#: Cut at a clause boundary only if it keeps at least this much of the line.
_MIN_CLAUSE_CUT = 40
_MIN_TITLE = 20


@cache
def _words(lang: str, kind: str) -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load(lang, "events").get(kind, []))


def compress(sentence: str, lang: str, limit: int = TITLE_LIMIT, keep: str = "") -> str:
    """``sentence`` as a title of at most about ``limit`` characters; a side clause that
    contains ``keep`` (the expression the event is dated by) is not dropped."""
    text = _SPACES.sub(" ", sentence).strip()
    text = _LEAD_IN.sub("", _DATELINE.sub("", text))
    text = _without_final_period(_strip_enclosing_quotes(text).lstrip(_LEADING_MARKS))
    if len(text) <= limit:
        return text
    without_asides = _PARENTHETICAL.sub("", text)
    if len(without_asides) >= _MIN_TITLE:
        text = without_asides
    if len(text) > limit:
        shorter = _drop_subordinate_clauses(text, lang, _SPACES.sub(" ", keep))
        if len(shorter) >= _MIN_TITLE:
            text = shorter
    return text if len(text) <= limit else _cut(text, limit)


def _without_final_period(text: str) -> str:
    """The sentence's full stop goes, an abbreviation's stays ("at 2 p.m.", "Acme Inc.")."""
    text = text.rstrip(" ")
    last_word = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and "." in last_word[:-1]:
        return text
    return text.rstrip(" .")


def _strip_enclosing_quotes(text: str) -> str:
    if len(text) > 2 and text[0] in _QUOTES and text.count(text[0]) + text.count(text[-1]) <= 2:
        stripped = text.strip(_QUOTES + " ")
        return stripped or text
    return text


def _drop_subordinate_clauses(text: str, lang: str, keep: str = "") -> str:
    """Drop comma-delimited segments that open with a subordinator (never the first one),
    except one that contains ``keep``."""
    out = ""
    dropped = False
    for start, end, kept in _segments(text, lang):
        if not kept and not (keep and keep in text[start:end]):
            dropped = True
            continue
        # Where a clause was cut out between two kept parts, its commas go with it.
        out += ("" if not out else " " if dropped else ", ") + text[start:end]
        dropped = False
    return out


def subordinate_clauses(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Offsets of the side clauses a title drops ("..., who took office on Jan. 20, ...")."""
    return [(start, end) for start, end, kept in _segments(sentence, lang) if not kept]


_SEGMENT_BREAK = re.compile(r",\s+")


def _segments(text: str, lang: str) -> list[tuple[int, int, bool]]:
    """The comma-delimited parts of ``text`` as (start, end, kept): a part that opens with a
    subordinator is dropped (never the first one), and so is what hangs on it."""
    openers, coordinators = _words(lang, "subordinators"), _words(lang, "coordinators")
    articles = _words(lang, "articles")
    out: list[tuple[int, int, bool]] = []
    dropped = stop = False
    for start, end in parts_between(_SEGMENT_BREAK, text):
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


def _cut(text: str, limit: int) -> str:
    room = limit - len(_ELLIPSIS)
    clause_ends = [m.start() for m in _CLAUSE_BREAK.finditer(text, 0, room + 1)]
    if clause_ends and clause_ends[-1] >= _MIN_CLAUSE_CUT:
        return text[: clause_ends[-1]].rstrip(" ,;:–—-") + _ELLIPSIS
    space = text.rfind(" ", 0, room + 1)
    if space <= 0:
        return text[:room] + _ELLIPSIS  # one enormous word: nothing better to do
    return text[:space].rstrip(" ,;:–—-") + _ELLIPSIS
