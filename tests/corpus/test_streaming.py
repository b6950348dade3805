"""JSON Lines and CSV are written document by document: the same text as the whole analysis
rendered at once, and a document that fails on the way is named and left out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.corpus.corpus_fixtures import corpus_documents
from tui.core.analysis import analyse, analyse_stream, events_stage
from tui.core.export import RENDERERS, STREAMED


@pytest.mark.parametrize("fmt", sorted(STREAMED))
def test_streamed_output_equals_the_whole_analysis_rendered(fmt: str) -> None:
    documents = corpus_documents()
    streamed = analyse_stream(documents)
    pieces = list(STREAMED[fmt](streamed.entities, streamed.parts))
    assert "".join(pieces) == RENDERERS[fmt](analyse(documents))
    # A piece per document (CSV: and its header first), not one big string.
    assert len(pieces) >= len(documents)


def test_events_are_built_a_batch_at_a_time_as_the_documents_are_written() -> None:
    built: list[str] = []
    real = events_stage.build_events

    def counting(item: object, **kwargs: object) -> object:
        built.append(item.document.id)  # type: ignore[attr-defined]
        return real(item, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events_stage, "build_events", counting)
        patch.setattr(events_stage, "EVENTS_BATCH", 4)
        streamed = analyse_stream(corpus_documents())
        assert built == []
        next(streamed.parts)
        assert built == ["doc00", "doc01", "doc02", "doc03"]


def test_a_document_whose_events_fail_is_named_and_the_rest_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = corpus_documents(4)
    documents[1] = replace(documents[1], text=documents[1].text + "\nBOOM.\n")
    real = events_stage.build_events

    def failing(item: object, **kwargs: object) -> object:
        if "BOOM" in item.document.text:  # type: ignore[attr-defined]
            raise RuntimeError("went off")
        return real(item, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(events_stage, "build_events", failing)
    streamed = analyse_stream(documents)
    written = [part.item.document.id for part in streamed.parts]
    assert written == ["doc00", "doc02", "doc03"]
    assert [f.document.id for f in streamed.failures] == ["doc01"]
