"""Where a name the model found starts and ends: the span rules applied before cleaning.

Every rule reads its words from the language's data (``resources/<lang>/entities.toml``);
a language without a list skips that rule:

- a leading determiner, quantifier or ordinal is cut (``the``, ``Some``, ``first``); a
  capitalised one only where capitals say nothing, at a sentence's start ("The Guardian"
  mid-sentence is a name);
- a trailing possessive is cut (``Doe's`` → ``Doe``, ``Lars'`` → ``Lars``), and a plural
  possessive inside ends the name (``Quill News' Decision Desk`` → ``Quill News``);
- a span that ends right before ``-word`` goes on over it when the word continues the
  name (``Lee Jae`` + ``-myung``, ``Rolls`` + ``-Royce``), not when it makes a compound
  (``Meta-owned``);
- a leading year or number and a trailing score or result are cut (``2024 Olympics``,
  ``Italy 3-1``, ``Müller 34.05,1``); a result line is two names (``Xanto 1 Velmar 2``);
  a capitalised determiner after a number that starts a sentence is at its start too
  (a live report's "1850 The Red Cross says"); a time zone at either edge is cut
  (``BST NEW YORK``, ``time_words.py``);
- a number after a name belongs to it and makes it MISC (``Xanto 6``,
  ``numbered_names.py``);
- a title inside a span parts it: what follows is the person (``Senate Leader Ann Doe`` →
  ``Ann Doe``), what precedes an organisation when the title is one of its roles; a title
  at the end is cut (``State Police Lt``); only where the language says so
  (``titles_part_names``).
"""

from __future__ import annotations

import re

from tui.core.entities.candidates import HEAD_VOTE, WORD, Candidate, Votes
from tui.core.entities.language_rules import NameRules
from tui.core.entities.numbered_names import numbered_name
from tui.core.entities.time_words import without_time_zones
from tui.core.letters import UPPER

_HYPHEN_WORD = re.compile(r"-(\w+)")
#: A score ("3-1", "2:1") or a result with a decimal comma ("34.05,1", "1:02,7", "12,5"
#: points) after a name: no part of it ("Müller 2:1"). A version stays ("Web 2.0").
_SCORE = re.compile(r"\s+\d+(?:[-–:]\d+|(?:[.:]\d+)?,\d+)$")
#: A result line the model reads as one name: a name, its score, the other name, its score.
_PAIRED_RESULT = re.compile(r"([^\W\d][^\d\n]*?)[ \t]+\d{1,3}[ \t]+([^\W\d][^\d\n]*?)[ \t]+\d{1,3}")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?!\S)")
_NEXT_CAPITALISED = re.compile(rf"\.?[ \t\u00a0]+[{UPPER}]")
_LEADING_NUMBER = re.compile(r"\d+\s+")
#: Before a sentence's first word: nothing, or a sentence end, a line break, a dateline's
#: dash, an opening quotation mark or bracket, with spaces.
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n—–]|--|[.!?:]?[\"“”„‘'(\[])\s*$")
#: A number right before a word: a time that starts a live report's entry ("1850 The").
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d+[ \t]+$")
#: How far back the sentence-start test looks.
_LOOK_BACK = 8


def trim_span(
    candidate: Candidate, text: str, rules: NameRules, *, numbered: bool = True
) -> list[Candidate]:
    """The candidate with its span corrected by the rules (none if nothing is left, two
    if a title inside parts it or it is a result line); ``numbered=False``: a number after
    it is a score, no part of the name."""
    start, end = without_time_zones(text, candidate.start, candidate.end, rules)
    start = _without_leading_words(text, start, end, rules)
    end = _without_score(text, start, end)
    # The model may leave the second score out of the span.
    after = _SCORE_AFTER.match(text, end)
    if pair := _PAIRED_RESULT.fullmatch(text, start, after.end() if after else end):
        # A result line: two names, each with its score ("Xanto 1 Velmar 2").
        return [
            trimmed
            for side in (1, 2)
            for trimmed in trim_span(
                Candidate(pair.start(side), pair.end(side), pair[side], Votes(candidate.votes)),
                text,
                rules,
                numbered=False,
            )
        ]
    end = _without_possessive(text, start, end, rules)
    end = _over_hyphen_word(text, start, end, candidate, rules)
    if start >= end:
        return []
    votes = candidate.votes
    if numbered:
        end, votes = numbered_name(text, start, end, votes, rules)
    trimmed = Candidate(start, end, text[start:end], votes, candidate.source)
    return _parted_at_title(trimmed, text, rules) if rules.titles_part_names else [trimmed]


def _without_leading_words(text: str, start: int, end: int, rules: NameRules) -> int:
    """``start`` moved over leading determiners and numbers, in any order: "the 2024
    Olympics", and a live report's time before a sentence, "1850 The Red Cross", where
    "The" starts the sentence after the time."""
    at_start = at_sentence_start(text, start)
    while True:
        moved = _without_leading_determiners(text, start, end, rules, at_start)
        moved = _without_leading_number(text, moved, end)
        if moved == start:
            return start
        start = moved


def _without_leading_determiners(
    text: str, start: int, end: int, rules: NameRules, at_start: bool = False
) -> int:
    while (m := WORD.match(text, start, end)) and m.group().casefold() in rules.leading_determiners:
        word = m.group()
        if not (word.islower() or at_start or at_sentence_start(text, start)):
            break
        rest = text[m.end() : end].lstrip()
        if not rest:
            break
        start = end - len(rest)
    return start


def at_sentence_start(text: str, start: int) -> bool:
    # A live report's time before the sentence leaves its first word first ("1850 The").
    if time := _NUMBER_BEFORE.search(text, max(0, start - _LOOK_BACK), start):
        start = time.start()
    return (
        _SENTENCE_START.search(text[max(0, start - _LOOK_BACK) : start]) is not None or start == 0
    )


def _without_leading_number(text: str, start: int, end: int) -> int:
    m = _LEADING_NUMBER.match(text, start, end)
    return m.end() if m and m.end() < end else start


def _without_score(text: str, start: int, end: int) -> int:
    m = _SCORE.search(text, start, end)
    return m.start() if m and m.start() > start else end


def _without_possessive(text: str, start: int, end: int, rules: NameRules) -> int:
    span = text[start:end]
    # A plural possessive inside a span ends the name: "Quill News' Decision Desk" is
    # Quill News's desk ("Children's Hospital", with "'s", is one name and stays whole).
    for ending in rules.possessive_endings:
        inner = span.find(f"s{ending} ") if len(ending) == 1 else -1
        if inner > 0:
            return start + inner + 1
    for ending in rules.possessive_endings:
        stem = span[: -len(ending)]
        # A bare apostrophe is a possessive only after an s ("Jones'"), else a quote mark.
        if span.endswith(ending) and len(stem) > 1 and (len(ending) > 1 or stem.endswith("s")):
            return start + len(stem)
    # A possessive the model left outside the span need not be cut; one inside ends here.
    return end


def _over_hyphen_word(
    text: str, start: int, end: int, candidate: Candidate, rules: NameRules
) -> int:
    m = _HYPHEN_WORD.match(text, end)
    if m is None or end <= start or not text[end - 1].isalpha():
        return end
    word = m.group(1)
    if word[:1].isupper() and not rules.is_common(word):
        return m.end()  # "Rolls-Royce", "Park Ji-Sung"
    continues_person = (
        candidate.votes.leader() == "PER"
        and word.isalpha()
        and word.islower()
        and not word.endswith(rules.hyphen_word_endings)
        and word not in rules.function_words
    )
    return m.end() if continues_person and rules.hyphen_word_endings else end


def _parted_at_title(candidate: Candidate, text: str, rules: NameRules) -> list[Candidate]:
    words = list(WORD.finditer(text, candidate.start, candidate.end))
    # A title at the end is not part of the name: "State Police Lt".
    # A title at the end stands before a name the span missed: "State Police Lt. Ann Doe"
    # ("Anna Bauer sagte": a surname that is a title too stays).
    while (
        len(words) > 1
        and rules.is_title(words[-1].group())
        and _NEXT_CAPITALISED.match(text, words[-1].end())
    ):
        words.pop()
    if not words:
        return []
    end = words[-1].end()
    # The last title with a name after it parts the span; a leading title is clean()'s.
    titles = [i for i in range(1, len(words) - 1) if rules.is_title(words[i].group())]
    if not titles or rules.head_label(words[-1].group().rstrip(".")) is not None:
        return [_span(candidate, text, candidate.start, end, candidate.votes)]
    i = titles[-1]
    person = _span(candidate, text, words[i + 1].start(), end, Votes(PER=HEAD_VOTE))
    out = [person]
    before = words[:i]
    while before and rules.is_title(before[-1].group()):
        before.pop()
    if before and (
        rules.is_organisation_role(words[i].group()) or candidate.votes.leader() == "ORG"
    ):
        out.insert(0, _span(candidate, text, before[0].start(), before[-1].end(), Votes(ORG=1)))
    return out


def _span(candidate: Candidate, text: str, start: int, end: int, votes: Votes) -> Candidate:
    return Candidate(start, end, text[start:end], Votes(votes), candidate.source)
