"""Language identification per document.

The supported languages are told apart by their function words (instant, and reliable on
news prose); only when that is inconclusive is a statistical identifier (py3langid, which
takes most of a second to load) asked, so that an unsupported language can be named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tui.core import resources

_WORD = re.compile(r"[^\W\d_]+")
#: Share of words that must be function words of the winning language.
_MIN_SHARE = 0.12
#: The winner must have this many times the hits of the runner-up.
_MIN_MARGIN = 2.0
_MIN_HITS = 4
_SAMPLE = 20_000
_SHORT_TEXT = 25


@dataclass(frozen=True, slots=True)
class Detection:
    lang: str
    supported: bool  # resources exist for it
    name: str  # human-readable, for messages


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(w.lower() for w in resources.load(lang, "language")["function_words"])
        for lang in resources.available_languages()
        if resources.load(lang, "language").get("function_words")
    }


def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(_function_words()))


def language_name(lang: str) -> str:
    return resources.load(lang, "language").get("name", lang)


def detect(text: str) -> Detection:
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE])]
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in _function_words().items()}
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    if ranked and words:
        best, best_hits = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if (
            best_hits >= _MIN_HITS
            and best_hits / len(words) >= _MIN_SHARE
            and best_hits >= _MIN_MARGIN * runner_up
        ):
            return Detection(best, True, language_name(best))
        if len(words) < _SHORT_TEXT and best_hits > 0 and runner_up == 0:
            return Detection(best, True, language_name(best))  # a headline: few words, one side
    # Too short to tell a foreign language from a terse headline: pick the likeliest
    # supported language instead of warning.
    short = len(words) < _SHORT_TEXT
    return _identify_statistically(text[:_SAMPLE], supported_only=short)


def _identify_statistically(text: str, *, supported_only: bool) -> Detection:
    import py3langid  # loaded only for texts the function-word test cannot decide

    supported = _function_words()
    for lang, _score in py3langid.rank(text):
        if lang in supported:
            return Detection(lang, True, language_name(lang))
        if not supported_only:
            return Detection(lang, False, lang)
    raise AssertionError("py3langid ranks every language it knows")
