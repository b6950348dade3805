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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.core.entities import models
from tui.core.entities.candidates import Candidate
from tui.core.entities.document_mentions import find_candidates
from tui.core.entities.language_rules import NameRules, rules_for
from tui.core.entities.merging import merge
from tui.core.model import Entity, Mention, Span

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["EntityInput", "describe_models", "recognise"]


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
        per_document.append(
            [] if nlp is None else find_candidates(item.text, _sentence_spans(item), nlp, rules[-1])
        )
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
