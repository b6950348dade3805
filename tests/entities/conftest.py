"""A stand-in recogniser for engine tests: spaCy's rule-based EntityRuler plays the model,
so each test states exactly what "the model" found, including its typical mistakes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tui.core.entities import EntityInput, models
from tui.core.sentences import sentences

Patterns = list[tuple[str, str]]  # (label, phrase)


@pytest.fixture
def fake_model(monkeypatch) -> Callable[[Patterns], None]:
    """Install a pipeline that tags exactly the given phrases, for every language."""

    def install(patterns: Patterns) -> None:
        import spacy

        nlp = spacy.blank("de")
        ruler = nlp.add_pipe("entity_ruler")
        # An empty ruler warns; a pattern that never matches keeps it quiet.
        patterns = patterns or [("MISC", "\u2400")]
        ruler.add_patterns(
            [
                {"label": label, "pattern": [{"ORTH": t.text} for t in nlp.make_doc(phrase)]}
                for label, phrase in patterns
            ]
        )
        fake = models.Candidate("fake_model", "package", "test stand-in")
        monkeypatch.setattr(models, "choose", lambda lang: fake)
        monkeypatch.setattr(models, "load", lambda candidate: nlp)

    return install


def item(text: str, doc_id: str = "doc", lang: str = "de", ignored=()) -> EntityInput:
    return EntityInput(doc_id, text, lang, sentences(text, lang, ignored), tuple(ignored))


def names_found(text: str, lang: str) -> dict[str, str]:
    """The mentions of one document, text -> label."""
    from tui.core.entities import recognise

    mentions, _ = recognise([item(text, lang=lang)])
    return {m.text: m.label for m in mentions[0]}


def labels_found(text: str, lang: str = "de") -> dict[str, set[str]]:
    """The mentions of one document, text -> the labels it has."""
    from tui.core.entities import recognise

    mentions, _ = recognise([item(text, lang=lang)])
    out: dict[str, set[str]] = {}
    for m in mentions[0]:
        out.setdefault(m.text, set()).add(m.label)
    return out
