"""Dropping what stands before the subject: a fronted phrase or clause ("After a weak
quarter, ..."); in German, where the finite verb comes second, the subject then goes first
("Nach einem schwachen Quartal hat der Konzern ..." -> "Der Konzern hat ...")."""

from __future__ import annotations

from tui.core.events.titles.clues import TitleClues
from tui.core.events.titles.tokens import Token, tokens
from tui.core.events.titles.verbs import after_fronted_part, finite_at


def drop_fronted(text: str, clues: TitleClues, keep: str = "") -> str:
    """Drop what stands before the subject: a first comma part that opens with a fronted
    word ("After a weak quarter, the company cut ..." -> "The company cut ..."), or a German
    phrase before the finite verb, the subject then put first ("Nach einem schwachen
    Quartal hat der Konzern ..." -> "Der Konzern hat ..."); nothing when what would go
    holds ``keep``."""
    words = tokens(text)
    if not words or words[0].word.lower() not in clues.fronted:
        return text
    after = after_fronted_part(words, clues)
    if after is not None:
        rest = words[after:]
        if keep and keep in text[: rest[0].start]:
            return text
        if clues.verb_final:
            return _subject_first(text, rest, clues) or text
        remainder = text[rest[0].start :]
        return remainder[:1].upper() + remainder[1:]
    finite = finite_at(words, clues)
    if clues.verb_final and finite is not None and finite >= 2:
        return _subject_first(text, words[finite:], clues) or text
    return text


def _subject_first(text: str, words: list[Token], clues: TitleClues) -> str | None:
    """``words`` open with the finite verb and its subject follows ("hat der Konzern X
    seine Prognose gesenkt"): the subject first ("Der Konzern X hat seine Prognose
    gesenkt"); None when no subject is found right after the verb, or nothing would follow
    the verb (the subject took too much)."""
    at = 1
    verb = words[0].word
    if len(words) > 1 and words[1].word.lower() in clues.reflexives:
        at, verb = 2, verb + " " + words[1].word
    end = _subject_end(words, at, clues)
    if end is None or end >= len(words):
        return None
    subject = text[words[at].start : words[end - 1].end]
    return subject[:1].upper() + subject[1:] + " " + verb + " " + text[words[end].start :]


def _subject_end(words: list[Token], at: int, clues: TitleClues) -> int | None:
    """Where the subject that opens at ``at`` ends (a pronoun, or determiner, adjectives,
    nouns and names, a genitive), None if none opens there."""
    if at >= len(words):
        return None
    low = words[at].word.lower()
    if low in clues.pronouns:
        return at + 1
    if low in clues.subject_openers:
        index = at + 1
    elif words[at].word[:1].isupper():
        index = at
    else:
        return None
    nouns = _nouns_at(words, index)
    if nouns == index or words[at].closes:
        return None
    index = nouns
    while index < len(words) and not words[index - 1].closes:
        if words[index].word.lower() in clues.genitive:
            after = _nouns_at(words, index + 1)
            if after > index + 1:
                index = after
                continue
        break
    return index


def _nouns_at(words: list[Token], at: int) -> int:
    """After adjectives (lower case), the capitalised nouns and names from ``at`` on."""
    index = at
    while index < len(words) and index - at < 3 and words[index].word[:1].islower():
        if words[index].closes:
            return at
        index += 1
    nouns = index
    while nouns < len(words) and (
        words[nouns].word[:1].isupper() or (nouns > index and words[nouns].word.isdigit())
    ):
        nouns += 1
        if words[nouns - 1].closes:
            break
    return nouns if nouns > index else at
