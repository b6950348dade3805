"""Names that what is said of them shows to be companies: ``Xyzzo senkt Prognose``,
``shares of Xyzzo``, ``Telekomfirmen wie Xyzzo``, ``Xyzzo said in a statement``,
``Xyzzo's chief executive``.

The cue phrases are the language's data (``company_cues_after``, ``company_cues_before``,
``example_links``; for places, the people who live there or a way into them:
``place_cues_after``, ``place_cues_before``, "Xanto residents" votes LOC); each finding is
a context vote for ORG (LOC), weaker than one model label, so that it decides a name the
model did not label or labels differently elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.candidates import (
    APPOSITION_VOTE,
    CONTEXT_VOTE,
    Candidate,
    Votes,
    Word,
    name_extent,
)
from tui.core.entities.language_rules import NameRules

_GAP = re.compile(r"[ \t\u00a0]+")


def company_candidates(words: Sequence[Word], text: str, rules: NameRules) -> list[Candidate]:
    """The names of one sentence's ``words`` that a company cue follows or precedes, and
    the names a kind of organisation introduces by example ("Firmen wie Quorbit")."""
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        n = name_extent(words, i, rules, text)
        # A common noun is no company's name ("Firmen wie Banken"), nor a word never a
        # name alone ("in GDP", "on TV"), nor a word of time with its possessive ("in
        # Tuesday's vote").
        if n and (
            any(rules.is_common_noun(w.text) for w in words[i : i + n])
            or (n == 1 and _no_name_alone(words[i].text, rules))
        ):
            i += n
            continue
        # A capitalised determiner at a sentence's start is no name ("Many residents").
        if not n or _determiner(words[i].text, rules):
            i += 1
            continue
        first, last = words[i], words[i + n - 1]
        end = last.end - _possessive_length(last.text, rules)
        vote, label = 0.0, "ORG"
        if _followed_by(text, end, rules.company_cues_after) or _preceded_by(
            text, first.start, rules.company_cues_before
        ):
            vote = CONTEXT_VOTE
        elif (i >= 2 and _is_example(words, i, text, rules)) or _kind_after(
            words, i + n, text, rules
        ):
            vote = APPOSITION_VOTE
        elif _followed_by(text, end, rules.place_cues_after) or _preceded_by(
            text, first.start, rules.place_cues_before
        ):
            vote, label = CONTEXT_VOTE, "LOC"  # "Xanto residents", "Einwohner von Xanto"
        if vote:
            out.append(
                Candidate(
                    first.start,
                    end,
                    text[first.start : end],
                    Votes({label: vote}),
                    "rule",
                )
            )
        i += n
    return out


#: The most words of an apposition between its article and its kind ("the French weather").
_APPOSITION_WORDS = 3


def _kind_after(words: Sequence[Word], k: int, text: str, rules: NameRules) -> bool:
    """``Xyzzo, the Swedish carmaker,``, ``Xyzzo, der schwedische Autobauer,``: after the
    name a comma, an article, a few words and a kind of organisation that ends the phrase
    (so "Ann Doe, the company founder" says nothing of Ann Doe)."""
    if k >= len(words) or text[words[k - 1].end : words[k].start].strip() != ",":
        return False
    if words[k].text.casefold() not in rules.articles:
        return False
    for j in range(k + 1, min(k + 2 + _APPOSITION_WORDS, len(words))):
        after = text[words[j].end : words[j].end + 1]
        if after in {",", ")", ";"} or words[j].end == len(text):
            return rules.is_organisation_kind(words[j].text)
        if after != " ":
            return False
    return False


def _no_name_alone(word: str, rules: NameRules) -> bool:
    bare = word[: len(word) - _possessive_length(word, rules)]
    return word in rules.never_alone or (bare != word and rules.is_common(bare))


def _determiner(word: str, rules: NameRules) -> bool:
    folded = word.casefold()
    return folded in rules.leading_determiners or folded in rules.quantity_words


def _followed_by(text: str, end: int, phrases: tuple[str, ...]) -> bool:
    gap = _GAP.match(text, end)
    # A possessive phrase follows the name without a gap ("Xyzzo's chief executive").
    at = gap.end() if gap is not None else end
    # One look for any phrase first (most names have none after them), then each in turn.
    if not text.startswith(phrases, at):
        return False
    return any(_phrase_at(text, at, p) and (gap is not None or _possessive(p)) for p in phrases)


def _possessive_length(word: str, rules: NameRules) -> int:
    """How long the possessive ending of ``word`` is ("Xyzzo's": 2), 0 if it has none."""
    for ending in rules.possessive_endings:  # longest first
        if word.endswith(ending) and len(word) > len(ending):
            return len(ending)
    return 0


def _possessive(phrase: str) -> bool:
    return phrase.startswith(("'", "’"))


def _preceded_by(text: str, start: int, phrases: tuple[str, ...]) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t\u00a0")
    if len(before) == len(text[max(0, start - 40) : start]):
        return False  # no space before the name
    if not before.endswith(phrases):
        return False
    return any(
        before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum())
        for p in phrases
    )


def _phrase_at(text: str, pos: int, phrase: str) -> bool:
    end = pos + len(phrase)
    return text.startswith(phrase, pos) and (end == len(text) or not text[end].isalnum())


def _is_example(words: Sequence[Word], i: int, text: str, rules: NameRules) -> bool:
    """``Telekomfirmen wie Quorbit``, ``companies such as Xyzzo``: a kind of organisation,
    an example link, then the name."""
    for link in rules.example_links:
        n = len(link.split())
        k = i - n - 1
        if k >= 0 and text[words[k + 1].start : words[i - 1].end] == link:
            kind = words[k].text
            return any(
                rules.is_organisation_kind(w) for w in (kind, kind.lower(), kind.capitalize())
            )
    return False
