"""Names that the shape of their sentence gives away, where the model saw nothing:

- the speaker after a verb of saying: ``„…“, sagte Binninger``, ``…“, so Ketterer.`` (PER);
- a genitive before the noun it owns: ``Nerudas Gesundheit``, ``Bhuttos Schwester`` (PER,
  or LOC for a known place) — a common noun's genitive follows its noun instead;
- a title in quotation marks after the kind of work or medium it names: ``der Film „Das
  Leben der Anderen“`` (MISC), ``die Zeitung „Die Welt“`` (ORG).

Each finding is a vote of a context rule (weaker than the model's own label).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tui.core.entities.candidates import (
    APPOSITION_VOTE,
    CONTEXT_VOTE,
    Candidate,
    Votes,
    Word,
    is_capitalised,
)
from tui.core.entities.language_rules import NameRules
from tui.core.model import Span

#: A quoted title: opening mark, a capitalised word or a number first, no line break, at
#: most this many characters.
_MAX_TITLE = 80
_QUOTED = re.compile(
    rf"([„“”\"«»‚‘])\s?(?P<title>[^\W_][^\n„“”\"«»]{{0,{_MAX_TITLE}}}?)\s?[“”\"«»‘’](?!\w)"
)
#: Titles are short; a longer quotation is speech.
_MAX_TITLE_WORDS = 8
#: A quotation that ends like a sentence is speech, not a title.
_SPEECH_END = re.compile(r"[.,:;]$")
#: Shortest genitive that counts ("Tonis"); shorter ones are mostly abbreviations ("Lkws").
_MIN_GENITIVE = 5
#: Capitalised adjectives end so ("Großes Kino"); a name's genitive hardly ever does.
_ADJECTIVE_GENITIVE = "es"
#: Endings of a declined adjective before a noun ("den zweiten Preis"). A bare "-e" also
#: ends past-tense verbs, after which genitives do stand: "stützte Tiganjs Version".
_DECLINED = ("en", "er", "es", "em")
#: A genitive says a word is a name, hardly what kind: companies have them too ("Metas
#: Position"). Its vote decides only where nothing else speaks.
GENITIVE_VOTE = 0.25


def speaker_candidates(words: Sequence[Word], text: str, rules: NameRules) -> list[Candidate]:
    """A name right after a verb of saying that follows a quotation or a comma, with no
    article between: ``„…“, sagte Binninger``, ``…, erklärte Anna Meyer``, ``…“, so
    Ketterer``. (Without the pause the word may be what is said: "sagte Tschüss".)"""
    out = []
    for i, w in enumerate(words[:-1]):
        if w.text not in rules.speech_verbs:
            continue
        if not _after_pause(text, words, i):
            continue
        n = _plain_name_words(words, i + 1, rules, text)
        if n:
            first, last = words[i + 1], words[i + n]
            out.append(_candidate(first, last, text, "PER", CONTEXT_VOTE))
    return out


def genitive_candidates(words: Sequence[Word], text: str, rules: NameRules) -> list[Candidate]:
    """A capitalised genitive standing without an article before a noun, or before an
    adjective and a noun: ``Stanleys Geburtsdatum``, ``Nerudas gesundheitliche Verfassung``.
    Known places vote LOC, everything else PER."""
    out = []
    for i, w in enumerate(words[:-1]):
        word = w.text
        ending = (
            next((e for e in rules.genitive_endings if word.endswith(e)), None)
            if word.endswith(rules.genitive_endings)  # one look first: most words have none
            else None
        )
        before = words[i - 1].text if i else ""
        if (
            ending is None
            or len(word) < _MIN_GENITIVE
            or word.endswith(_ADJECTIVE_GENITIVE)
            or "-" in word
            or not _is_plain_name(word, rules)
            or not _is_plain_name(word[: -len(ending)], rules)
            or before.casefold() in rules.articles
            or (before.islower() and before.endswith(_DECLINED) and i > 1)
            or not _gap_is_space(text, w, words[i + 1])
        ):
            continue
        if not _owns_noun(words, i + 1, rules):
            continue
        stem = word[: -len(ending)]
        label = "LOC" if stem in rules.places or word in rules.places else "PER"
        out.append(_candidate(w, w, text, label, GENITIVE_VOTE))
    return out


def quoted_title_candidates(words: Sequence[Word], text: str, rules: NameRules) -> list[Candidate]:
    """A title in quotation marks right after the kind of thing it names: works (``Film``,
    ``Album``, ``Roman``) are MISC, media (``Zeitung``, ``Magazin``) ORG."""
    return [
        Candidate(start, end, text[start:end], Votes({label: APPOSITION_VOTE}), "rule")
        for start, end, kind in _quoted_titles(words, text)
        if (label := _title_label(kind, rules))
    ]


def bare_quoted_titles(words: Sequence[Word], text: str, rules: NameRules) -> list[Span]:
    """The spans of the quoted titles that no kind of work or medium precedes (``her
    "Xanto Blue," which``, ``"Xyz" had tipped``): a name that fills one is a work's or a
    thing's title, not a person's (document_mentions.py votes so); none where the language
    quotes other names too."""
    if not rules.quoted_names_are_titles:
        return []
    return [
        (start, end)
        for start, end, kind in _quoted_titles(words, text)
        if _title_label(kind, rules) is None
    ]


def _title_label(kind: str | None, rules: NameRules) -> str | None:
    """What a quoted title after the word ``kind`` names: a work (MISC), a medium (ORG)."""
    if kind is None:
        return None
    if rules.is_work_word(kind):
        return "MISC"
    if rules.is_organisation_word(kind) or rules.is_medium_word(kind):
        return "ORG"
    return None


def _quoted_titles(words: Sequence[Word], text: str) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, the word right before the quotation) of each quoted text in the
    sentence ``words`` that may be a title: short, capitalised, not ending as speech does."""
    if not words:
        return
    lo, hi = words[0].start, words[-1].end
    for m in _QUOTED.finditer(text, max(0, lo - 1), min(len(text), hi + 2)):
        # American style puts a comma inside the quotes ('the track "Xyz," which'); it
        # ends the title, not a speech.
        title = m["title"].rstrip().removesuffix(",").rstrip()
        if (
            _SPEECH_END.search(title)
            or len(title.split()) > _MAX_TITLE_WORDS
            or not (is_capitalised(title) or title[0].isdigit())
        ):
            continue
        # The title starts with a letter or digit (the pattern), so only its end is trimmed.
        start = m.start("title")
        yield start, start + len(title), _word_before(words, m.start())


def _owns_noun(words: Sequence[Word], i: int, rules: NameRules) -> bool:
    """Whether a noun phrase without article starts at ``words[i]``: a common noun, or one
    declined adjective and a common noun ("gesundheitliche Verfassung")."""
    if i < len(words) and not is_capitalised(words[i].text):
        adjective = words[i].text
        if adjective in rules.function_words or not adjective.endswith(rules.adjective_endings):
            return False
        i += 1
    return i < len(words) and (
        rules.is_common_noun(words[i].text) or rules.looks_like_noun(words[i].text)
    )


def _word_before(words: Sequence[Word], start: int) -> str | None:
    """The word that ends right before the character ``start`` (a space between at most)."""
    for w in reversed(words):
        if w.end <= start:
            return w.text if start - w.end <= 1 else None
    return None


def _plain_name_words(words: Sequence[Word], i: int, rules: NameRules, text: str) -> int:
    """How many words from ``i``, with only spaces between, make up a name that no article
    or noun marks as a phrase (at most three)."""
    n = 0
    while (
        i + n < len(words)
        and n < 3
        and _is_plain_name(words[i + n].text, rules)
        and (n == 0 or _gap_is_space(text, words[i + n - 1], words[i + n]))
    ):
        n += 1
    return n


def _is_plain_name(word: str, rules: NameRules) -> bool:
    return (
        is_capitalised(word)
        and not rules.is_common(word)
        and not rules.is_role_word(word)  # "sagt Ex-Abg. Anna Huber"
        and not rules.is_common_noun(word)
        and not rules.looks_like_noun(word)
        and not word.isupper()
    )


def _after_pause(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether a comma or closing quotation mark comes right before ``words[i]``."""
    before = text[words[i - 1].end : words[i].start] if i else text[: words[i].start]
    return any(ch in before for ch in ',“”"»«')


def _gap_is_space(text: str, a: Word, b: Word) -> bool:
    return text[a.end : b.start].isspace()


def _candidate(first: Word, last: Word, text: str, label: str, vote: float) -> Candidate:
    span = text[first.start : last.end]
    return Candidate(first.start, last.end, span, Votes({label: vote}), "rule")
