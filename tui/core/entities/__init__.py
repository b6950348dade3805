"""Named entities: find people, organisations, places and other names, and merge them.

Public API (the contract the pipeline relies on):

- :func:`find_names`: one document's name candidates (what a worker computes, and the store
  keeps).
- :func:`merge_names`: mentions per document and the entities merged over all documents.
- :func:`model_problem`: why a language gets no names, if it gets none.
- :class:`EntityInput` and :func:`recognise`: both steps at once, for a few texts.
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
from tui.core.model import Entity, Mention, Span

if TYPE_CHECKING:
    from tui.core.entities.candidates import Candidate

__all__ = [
    "EntityInput",
    "ModelUnavailable",
    "describe_models",
    "find_names",
    "merge_names",
    "model_problem",
    "recognise",
]


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


class ModelUnavailable(Exception):
    """The language has a named-entity model, but it cannot be loaded (one line)."""


def find_names(text: str, lang: str, sentences: Sequence[Span]) -> list[Candidate]:
    """The name candidates of one document's ``sentences``: none for a language without a
    model (:func:`model_problem` says so); raises ModelUnavailable if its model is broken."""
    choice = models.choose(lang)
    if choice is None:
        return []
    try:
        nlp = models.load(choice)
    except Exception as exc:
        raise ModelUnavailable(
            f"could not load the named-entity model {choice.name}: {exc}"
        ) from exc
    # Here, not at import: an analysis read back from the store needs neither.
    from tui.core.entities.document_mentions import find_candidates
    from tui.core.entities.language_rules import rules_for

    return find_candidates(text, sentences, nlp, rules_for(lang))


def merge_names(
    documents: Sequence[tuple[str, list[Candidate]]],
) -> tuple[list[list[Mention]], list[Entity]]:
    """Mentions per document (sorted by offset) and the entities merged over all of them;
    ``documents`` holds each one's language and candidates."""
    if not any(names for _, names in documents):
        # Nothing to merge (dates first, or no names at all): the languages' rules, which
        # read the word lists, are not needed.
        return [[] for _ in documents], []
    from tui.core.entities.language_rules import rules_for
    from tui.core.entities.merging import merge

    return merge([names for _, names in documents], [rules_for(lang) for lang, _ in documents])


def model_problem(lang: str) -> str | None:
    """Why ``lang`` gets no names because it has no model, or None (a model that does not
    load is found when it is needed: :class:`ModelUnavailable`)."""
    if models.choose(lang) is None:
        return f"no named-entity model for language {lang!r}: entities are skipped"
    return None


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
    found: list[tuple[str, list[Candidate]]] = []
    problems: dict[str, None] = {}
    for done, item in enumerate(items, start=1):
        try:
            names = find_names(item.text, item.lang, _sentence_spans(item))
        except ModelUnavailable as unavailable:  # a broken model must not stop the analysis
            problems[str(unavailable)] = None
            names = []
        found.append((item.lang, names))
        if progress is not None:
            progress(done)
    for lang in dict.fromkeys(item.lang for item in items):
        if missing := model_problem(lang):
            problems[missing] = None
    if warn is not None:
        for line in problems:
            warn(line)
    return merge_names(found)


def _sentence_spans(item: EntityInput) -> list[Span]:
    if item.sentences:
        return list(item.sentences)
    from tui.core.sentences import sentences

    return sentences(item.text, item.lang, item.ignored)
