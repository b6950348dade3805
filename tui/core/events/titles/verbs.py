"""The main verb of a sentence, without a POS tagger: its finite form and, in German, the
words that end its clause ("hat ... gesenkt"), found with the words of :mod:`.clues`.

A title must keep it; ``benchmarks/event_eval.py --titles`` counts the titles that lose it.
"""

from __future__ import annotations

import bisect
import dataclasses
from functools import lru_cache

from tui.core.events.titles.clauses import subordinate_clauses
from tui.core.events.titles.clues import TitleClues, title_clues
from tui.core.events.titles.normalise import normalise
from tui.core.events.titles.tokens import Token, lower_words, tokens
from tui.core.model import Span


def main_verb(sentence: str, lang: str) -> tuple[str, ...]:
    """The words of ``sentence``'s main verb: its finite form and, in German, the words
    that end its clause ("hat", "gesenkt"); empty when none is found."""
    text = normalise(sentence)
    return tuple(text[a:b] for a, b in verb_spans(text, title_clues(lang)))


def keeps_main_verb(title: str, sentence: str, lang: str) -> bool:
    """Whether ``title`` holds every word of ``sentence``'s main verb."""
    return verb_words(normalise(sentence), title_clues(lang)) <= lower_words(title)


def verb_words(text: str, clues: TitleClues) -> frozenset[str]:
    """The words of the main verb of ``text`` (normalised), in lower case."""
    return frozenset(text[a:b].lower() for a, b in verb_spans(text, clues))


def verb_spans(text: str, clues: TitleClues) -> list[Span]:
    """Where the main verb of ``text`` stands: its finite form, then the words that end
    its clause (German); empty when no verb is found. A first comma part that opens with
    a fronted word ("Nach ...", "As ...") is passed over when a verb follows it."""
    return list(_verb_spans(text, clues))


#: Each step of a title's compression asks for the verb of the text it has so far.
_CACHED_TEXTS = 1024


@lru_cache(maxsize=_CACHED_TEXTS)
def _verb_spans(text: str, clues: TitleClues) -> tuple[Span, ...]:
    words = _main_clause_tokens(text, clues)
    start = after_fronted_part(words, clues) or 0
    finite = _appositions_end(words, clues) if start == 0 else None
    if finite is None:
        finite = finite_at(words[start:], clues, initial=start == 0)
    if finite is None:
        return ()
    finite += start
    parts = [finite, *_final_part(words, finite, clues)]
    return tuple((words[i].start, words[i].end) for i in parts)


def finite_at(words: list[Token], clues: TitleClues, initial: bool = True) -> int | None:
    """The index of the finite verb of the clause ``words`` open: a known finite form,
    else the first word with a verb's ending outside a noun phrase ("senkte", "announced";
    not "nach einem schwachen Quartal", not "the reduced dividend")."""
    in_phrase = False
    previous = ""
    for index, token in enumerate(words):
        word = token.word
        low = word.lower().replace("’", "'")
        first = index == 0 and initial
        upper = word[:1].isupper()
        if (
            low in clues.finite
            and (first or not upper or not clues.verb_final)
            and not (clues.verb_final and in_phrase and low not in clues.auxiliaries)
        ):
            return index
        if first:
            in_phrase = low in clues.phrase_openers
            previous = low
            continue
        if upper or not word[:1].isalpha():
            in_phrase = in_phrase and not clues.verb_final
            previous = low
            continue
        if low in clues.phrase_openers:
            in_phrase = True
        elif low not in clues.not_verbs and not (
            in_phrase if clues.verb_final else previous in clues.phrase_openers
        ):
            if (
                len(low) > 3
                and low.endswith(clues.finite_endings)
                and not (clues.not_finite and clues.not_finite.fullmatch(low))
            ):
                return index
            if _is_present_form(low, words[index + 1 :], clues):
                return index
        previous = low
    return None


def after_fronted_part(words: list[Token], clues: TitleClues) -> int | None:
    """Where the main clause opens after a first comma part that is fronted: it opens with
    a fronted word and a verb follows it ("As the fire spread, residents fled"); in German
    the part holds no verb but at its end ("Wie das Amt mitteilte,", "Nach dem Spiel,") and
    the verb comes right after it ("..., gibt es")."""
    if not words or words[0].word.lower() not in clues.fronted:
        return None
    first_end = next((i for i, t in enumerate(words) if t.closes), None)
    if first_end is None or first_end + 1 >= len(words):
        return None
    finite = finite_at(words[first_end + 1 :], clues, initial=False)
    if finite is None:
        return None
    if clues.verb_final:
        inside = finite_at(words[: first_end + 1], clues)
        if finite != 0 or (inside is not None and inside < first_end):
            return None
    return first_end + 1


def _is_present_form(low: str, rest: list[Token], clues: TitleClues) -> bool:
    """English "-s" before a determiner or a pronoun: "data shows the ...", not "traders
    from ..."."""
    ending = clues.present_ending
    if not ending or not low.endswith(ending) or low.endswith(ending * 2) or len(low) < 4:
        return False
    following = rest[0].word.lower() if rest else ""
    return following in clues.subject_openers or following in clues.pronouns


def _final_part(words: list[Token], finite: int, clues: TitleClues) -> list[int]:
    """German: the participle, infinitive or particle that ends the finite verb's clause
    ("hat ... gesenkt", "ist ... verliehen worden", "kündigte ... an"); none in English."""
    if not clues.verb_final or clues.clause_final is None:
        return []
    auxiliary = words[finite].word.lower() in clues.auxiliaries
    in_phrase = False
    for index in range(finite + 1, len(words)):
        token = words[index]
        low = token.word.lower()
        last = index + 1 == len(words)
        following = "" if last else words[index + 1].word.lower()
        at_end = last or token.closes or following in clues.clause_joiners
        if token.word[:1].isupper() or not token.word[:1].isalpha():
            in_phrase = False
        elif low in clues.phrase_openers and not (at_end and low in clues.particles):
            in_phrase = True
        elif at_end and not in_phrase and _is_final(low, auxiliary, clues):
            run = [index]
            while (
                run[0] - 1 > finite
                and words[run[0] - 1].word.islower()
                and not words[run[0] - 1].closes
                and _is_final(words[run[0] - 1].word, True, clues)
                and words[run[0] - 1].word not in clues.phrase_openers
            ):
                run.insert(0, run[0] - 1)
            return run
        if token.closes:
            return []
    return []


def _is_final(low: str, auxiliary: bool, clues: TitleClues) -> bool:
    if low in clues.particles:
        return True
    if not auxiliary or low in clues.not_verbs or clues.clause_final is None:
        return False
    return clues.clause_final.fullmatch(low) is not None or low in clues.finite


def _appositions_end(words: list[Token], clues: TitleClues) -> int | None:
    """After a first comma part without a verb ("Ann Doe,"), the first later part that
    opens with a verb holds the main verb ("..., was caught"): the parts between are
    appositions."""
    parts = [0] + [i + 1 for i, t in enumerate(words[:-1]) if t.closes]
    if len(parts) < 3 or finite_at(words[: parts[1]], clues) is not None:
        return None
    for at in parts[2:]:
        if finite_at(words[at:], clues, initial=False) == 0:
            return at
    return None


def _main_clause_tokens(text: str, clues: TitleClues) -> list[Token]:
    """The words of ``text`` outside its side clauses; a word before a side clause does
    not end the clause because of the side clause's comma."""
    words = tokens(text)
    clauses = subordinate_clauses(text, clues.lang)
    if not clauses:
        return words
    # The clauses are in order and disjoint: the one that may hold a word is the last one
    # starting at or before it.
    starts = [a for a, _ in clauses]
    out: list[Token] = []
    for token in words:
        i = bisect.bisect_right(starts, token.start) - 1
        if i >= 0 and token.start < clauses[i][1]:
            if out and out[-1].end >= starts[i] - 2:
                out[-1] = dataclasses.replace(out[-1], closes=False)
            continue
        out.append(token)
    return out
