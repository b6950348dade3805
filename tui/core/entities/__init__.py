"""Named entities: find people, organisations, places and other names, and merge them.

Public API (the contract the pipeline relies on):

- :class:`EntityInput`: one document's text, language, sentence spans and ignored spans.
- :func:`recognise`: mentions per input and the entities merged over all inputs.
- :func:`describe_models`: which spaCy pipeline serves each language, and why.

spaCy is imported only when :func:`recognise` needs a model, never on import.

What a mention spans (decided here, relied on by the UI's highlighting):

- the name without titles or roles: in ``Meta-CEO Mark Zuckerberg`` the mentions are
  ``Meta`` (the first part of the compound, an organisation) and ``Mark Zuckerberg``;
  ``Präsident Trump`` gives ``Trump``;
- a hyphen compound with a common noun is no name, but its first part is a mention when it
  is a name (``Meta`` in ``Meta-Sprecher``; ``US-Regierung`` gives ``US`` only if ``US`` is a
  name elsewhere in the document), so the mention may be part of a word;
- an inflected name is the whole word (``Zuckerbergs``, ``Metas``); the entity is the
  uninflected one.

Entity ids are slugs of the entity's name (``mark-zuckerberg``), numbered on a clash: the
same input always gives the same ids.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.core.entities import models
from tui.core.entities.candidates import (
    Candidate,
    Votes,
    acronym_candidates,
    clean,
    context_candidates,
    place_candidates,
    repeats,
    split_joined,
    surname,
    words_of,
)
from tui.core.entities.language_rules import NameRules, rules_for
from tui.core.entities.merging import merge, normalise
from tui.core.model import Entity, Mention, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span as SpacySpan

__all__ = ["EntityInput", "describe_models", "recognise"]

#: Shorter capitalised words at a sentence start may be names ("Janisch", "Carlos").
_MIN_ADVERB = 6
#: A dash set off by spaces: never inside a name.
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


@dataclass(frozen=True, slots=True)
class EntityInput:
    doc_id: str
    text: str
    lang: str
    sentences: list[Span]
    ignored: tuple[Span, ...] = ()


def describe_models() -> list[str]:
    """One line per language: which pipeline finds names and why (for ``timeline --models``)."""
    return models.describe()


def recognise(
    items: Sequence[EntityInput],
    *,
    warn: Callable[[str], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[list[Mention]], list[Entity]]:
    """Mentions per input (sorted by offset) and the entities merged over all inputs.

    A language without a model gets no mentions, and ``warn`` is told once per language.
    ``progress(n)`` is called after the n-th input has been read.
    """
    warned: set[str] = set()
    per_document: list[list[Candidate]] = []
    rules: list[NameRules] = []
    for done, item in enumerate(items, start=1):
        rules.append(rules_for(item.lang))
        nlp = _pipeline(item.lang, warn, warned)
        per_document.append([] if nlp is None else _candidates(item, nlp, rules[-1]))
        if progress is not None:
            progress(done)
    return merge(per_document, rules)


def _pipeline(lang: str, warn: Callable[[str], None] | None, warned: set[str]) -> Language | None:
    choice = models.choose(lang)
    problem = None
    nlp = None
    if choice is None:
        problem = f"no named-entity model for language {lang!r}: entities are skipped"
    else:
        try:
            nlp = models.load(choice)
        except Exception as exc:  # a broken model must not stop the analysis
            problem = f"could not load the named-entity model {choice.name}: {exc}"
    if problem and warn is not None and lang not in warned:
        warned.add(lang)
        warn(problem)
    return nlp


def _sentence_spans(item: EntityInput) -> list[Span]:
    if item.sentences:
        return list(item.sentences)
    from tui.core.sentences import sentences

    return sentences(item.text, item.lang, item.ignored)


def _candidates(item: EntityInput, nlp: Language, rules: NameRules) -> list[Candidate]:
    text = item.text
    spans = _sentence_spans(item)
    found: list[Candidate] = []
    for (lo, _), doc in zip(spans, nlp.pipe(text[lo:hi] for lo, hi in spans), strict=True):
        for ent in doc.ents:
            label = models.LABEL_MAP.get(ent.label_)
            if label is None or _capitalised_adverb(ent, rules):
                continue
            # A dash between spaces parts names ("WASHINGTON - The Federal Aviation ...").
            start = lo + ent.start_char
            for a, b in _dash_parts(ent.text):
                part = Candidate(start + a, start + b, ent.text[a:b], Votes({label: 1}))
                kept = clean(part, text, rules)
                # One word the model took for a name may be a noun it never saw.
                if kept is not None and not (
                    " " not in kept.text and rules.is_common_noun(kept.text.rstrip("."))
                ):
                    found.append(kept)
    found = split_joined(found, rules)
    for sentence in words_of(text, spans, rules):
        for c in context_candidates(sentence, rules):
            c.text = text[c.start : c.end]
            _add_or_vote(found, c)
        # A known place the model missed is a mention; one it tagged keeps its label.
        for c in place_candidates(sentence, text, rules):
            if not any(o.start < c.end and c.start < o.end for o in found):
                found.append(c)
    for c in acronym_candidates(text, found):
        same = [o for o in found if o.start < c.end and c.start < o.end]
        if not same:
            found.append(c)
        elif (same[0].start, same[0].end) == (c.start, c.end):
            same[0].alias_of = c.alias_of
    names = {normalise(c.text) for c in found}
    people = [
        normalise(c.text).split(" ")
        for c in found
        if " " in normalise(c.text) and c.votes.leader() == "PER"
    ]
    # A person's surname alone names them too (document-level consistency covers it).
    surnames = {surname(words, rules) for words in people} - names
    names |= surnames
    # A name is words: "n. Chr." split at its space leaves "." as a "surname".
    names = {n for n in names if not rules.is_common(n) and any(ch.isalpha() for ch in n)}
    for c in repeats(text, spans, names, [(c.start, c.end) for c in found], rules):
        before = _word_before(text, c.start)
        # A number before a repeated given name makes it a unit ("zwei Mark"), an article
        # before a surname a noun ("im Sommer" after "Heinrich Sommer").
        if c.text in rules.given_names and _counted(before, rules):
            continue
        if (
            before in rules.articles
            and any(c.text.startswith(n) for n in surnames)
            and not _after_comma(text, c.start)  # ", der Nash pinnte": a relative pronoun
        ):
            continue
        found.append(c)
    # So does a person's given name alone ("Mark war dankbar" after "Mark Zuckerberg"),
    # unless an article or preposition makes the word a noun ("bis ins Mark").
    given = {words[0] for words in people if words[0] in rules.given_names} - names
    taken = [(c.start, c.end) for c in found]
    for c in repeats(text, spans, given, taken, rules):
        before = _word_before(text, c.start)
        if not _counted(before, rules) and before not in rules.function_words:
            found.append(c)
    found.sort(key=lambda c: c.start)
    return found


def _dash_parts(text: str) -> list[tuple[int, int]]:
    """Offsets of the parts of ``text`` between dashes set off by spaces."""
    bounds = [0]
    for m in _SPACED_DASH.finditer(text):
        bounds += [m.start(), m.end()]
    bounds.append(len(text))
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if a < b]


def _capitalised_adverb(ent: SpacySpan, rules: NameRules) -> bool:
    """A sentence's first word with an adjective ending is capitalised only for its place:
    "Strafmildernd wirkte sich aus", "Tatsächlich kam er" (German news: never a name)."""
    word = ent.text
    return (
        len(ent) == 1
        and all(t.is_punct for t in ent.doc[: ent.start])
        and len(word) > _MIN_ADVERB
        and word.lower().endswith(rules.sentence_start_adverb_endings)
    )


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` on the same line, case-folded ("" if none)."""
    before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 40) : start])
    return before[1].casefold() if before else ""


def _after_comma(text: str, start: int) -> bool:
    """Whether the word before ``start`` follows a comma ("..., der Nash")."""
    return re.search(r",\s*\w+[ \t]+$", text[max(0, start - 40) : start]) is not None


def _counted(word: str, rules: NameRules) -> bool:
    return word.isdigit() or word in rules.quantity_words


def _add_or_vote(found: list[Candidate], new: Candidate) -> None:
    """A context rule's finding votes for the candidate it overlaps, or is a new one."""
    for c in found:
        if c.start < new.end and new.start < c.end:
            c.votes.add(new.votes)
            return
    found.append(new)
